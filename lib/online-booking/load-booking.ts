import { cancellationOutcome } from "@/lib/appointments/cancellation-policy";
import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonTime, salonDateOf, type SalonDate } from "@/lib/time";
import { TOKEN_RE } from "./cancel-online";

export type OnlineBookingView = {
  serviceName: string;
  staffName: string;
  date: SalonDate;
  time: string;
  durationMinutes: number;
  priceMinor: number;
  currency: string;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  cancellable: boolean;
  /** The salon's late-cancellation policy when cancelling now is late, said before confirming. */
  cancelNote: string | null;
};

/**
 * What the confirmation and cancel pages show for a booking link. The client's name and contact
 * details, and whether a course pays for it, are left out: the link may be forwarded, and the card
 * may be someone's existing one. No public page shows what a client holds.
 */
export async function loadOnlineBooking(tx: Tx, token: string, now: Date): Promise<OnlineBookingView | null> {
  if (!TOKEN_RE.test(token)) return null;
  const a = await tx.appointment.findUnique({
    where: { cancelToken: token },
    select: {
      startsAt: true,
      endsAt: true,
      status: true,
      priceMinor: true,
      service: { select: { name: true } },
      staff: { select: { name: true } },
    },
  });
  if (!a) return null;
  const settings = await getSettings(tx);
  const cancellable = a.status === "BOOKED" && +a.startsAt > +now;
  // Said the same way whether or not a course session is held: the page must not tell.
  const late = cancellable && cancellationOutcome({ startsAt: a.startsAt, isCourse: false }, "CANCEL", settings, now).late;
  return {
    serviceName: a.service.name,
    staffName: a.staff.name,
    date: salonDateOf(a.startsAt, settings.timezone),
    time: formatSalonTime(a.startsAt, settings.timezone),
    durationMinutes: Math.round((+a.endsAt - +a.startsAt) / 60_000),
    priceMinor: a.priceMinor,
    currency: settings.currency,
    status: a.status,
    cancellable,
    cancelNote: late ? `This is within ${settings.lateCancelHours} hours of your appointment, so the salon's late-cancellation policy applies.` : null,
  };
}

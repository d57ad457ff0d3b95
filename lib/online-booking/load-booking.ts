import { cancellationOutcome } from "@/lib/appointments/cancellation-policy";
import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings";
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
  /** The course it will be redeemed from, if it holds a session. */
  courseName: string | null;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  cancellable: boolean;
  /** What cancelling now would do to a course session (late cancellation policy), said before confirming. */
  cancelNote: string | null;
};

/**
 * What the confirmation and cancel pages show for a booking link. The client's name and contact
 * details are left out: the link may be forwarded, and the card may be someone's existing one.
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
      clientCourseLineId: true,
      service: { select: { name: true } },
      staff: { select: { name: true } },
      clientCourseLine: { select: { clientCourse: { select: { name: true } } } },
    },
  });
  if (!a) return null;
  const settings = await getSettings(tx);
  const cancellable = a.status === "BOOKED" && +a.startsAt > +now;
  const outcome = cancellable ? cancellationOutcome({ startsAt: a.startsAt, isCourse: a.clientCourseLineId !== null }, "CANCEL", settings, now) : null;
  return {
    serviceName: a.service.name,
    staffName: a.staff.name,
    date: salonDateOf(a.startsAt, settings.timezone),
    time: formatSalonTime(a.startsAt, settings.timezone),
    durationMinutes: Math.round((+a.endsAt - +a.startsAt) / 60_000),
    priceMinor: a.priceMinor,
    currency: settings.currency,
    courseName: a.clientCourseLine?.clientCourse.name ?? null,
    status: a.status,
    cancellable,
    cancelNote: outcome?.forfeit
      ? `This is within ${settings.lateCancelHours} hours of your appointment: by the salon's policy the course session will be used up.`
      : outcome?.late
        ? `This is within ${settings.lateCancelHours} hours of your appointment.`
        : null,
  };
}

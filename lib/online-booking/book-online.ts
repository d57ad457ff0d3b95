import { randomBytes } from "node:crypto";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { findRedeemableLines } from "@/lib/courses/find-redeemable";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getOpeningHours, getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf, weekdayOf } from "@/lib/time";
import { loadFreeTimes } from "./availability";
import { openingWindow, STEP_MINUTES } from "./free-times";
import { matchOnlineClient, type OnlineClientDetails } from "./match-client";

export type OnlineBookingInput = { serviceId: number; staffId: number | null; startsAt: Date; client: OnlineClientDetails };

/** What the public page learns: never whether the booking holds a course session (domain.md). */
export type OnlineBooking = { appointmentId: number; clientId: number; cancelToken: string };

/** Said when the time was free when shown but is not any more (another client took it, or it passed). */
export const TIME_GONE = "Sorry, that time has just gone. Please choose another time.";

/** 192 random bits, URL-safe: the only key to the client's cancel link. */
export function newCancelToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Books one service online, all in the caller's transaction: the time must still be free (checked
 * here, inside the write, so two clients racing for the last time get one booking between them);
 * the client card is matched (email and phone) or created; and for a matched client a valid course
 * with a free unit for exactly this service on this day (the one expiring first) pays for it, as a
 * desk booking from a circle would. No staff member acts (the system actor, staffId null).
 */
export async function bookOnline(tx: Tx, input: OnlineBookingInput, now: Date): Promise<OnlineBooking> {
  const { timezone } = await getSettings(tx);
  const date = salonDateOf(input.startsAt, timezone);
  const day = await loadFreeTimes(tx, { serviceId: input.serviceId, staffId: input.staffId, date }, now);
  if (day.refusal) throw new DomainError("INVALID_INPUT", day.refusal, "startsAt");
  if (+input.startsAt <= +now) throw new DomainError("INVALID_INPUT", "That time has already passed. Choose a later time.", "startsAt");
  const window = openingWindow(date, (await getOpeningHours(tx))[weekdayOf(date)], timezone);
  if (!window) throw new DomainError("OUTSIDE_HOURS", "The salon is closed on that day. Choose another day.", "startsAt");
  const offset = +input.startsAt - +window.start;
  if (offset < 0 || offset % (STEP_MINUTES * 60_000) !== 0 || +input.startsAt + day.service.durationMinutes * 60_000 > +window.end) {
    throw new DomainError("OUTSIDE_HOURS", "That is not one of the times offered. Choose a time from the list.", "startsAt");
  }
  const free = day.times.find((t) => +t.startsAt === +input.startsAt);
  if (!free) throw new DomainError("SLOT_TAKEN", TIME_GONE, "startsAt");

  // "Anyone": the first free staff member in calendar order.
  const staffId = free.staffIds[0];
  const startsAt = input.startsAt;
  const endsAt = new Date(+startsAt + day.service.durationMinutes * 60_000);

  // A course pays only for a client matched by both email and phone: a partial match never touches one.
  const client = await matchOnlineClient(tx, input.client);
  const [line] = client.matched
    ? await findRedeemableLines(tx, { clientId: client.clientId, serviceId: day.service.id, startsAt, endsAt }, timezone, now)
    : [];

  const cancelToken = newCancelToken();
  // The desk's own booking operation: the same checks (overlap, validity, the last circle) and records.
  const appointment = await bookAppointment(
    tx,
    {
      clientId: client.clientId,
      staffId,
      startsAt,
      serviceId: day.service.id,
      clientCourseLineId: line?.lineId ?? null,
      source: "ONLINE",
      cancelToken,
      bookedAsName: client.bookedAsName,
    },
    { staffId: null, now },
  );
  return { appointmentId: appointment.id, clientId: client.clientId, cancelToken };
}

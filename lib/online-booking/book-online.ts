import { randomBytes } from "node:crypto";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { findRedeemableLines } from "@/lib/courses/find-redeemable";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf } from "@/lib/time";
import { loadFreeTimes } from "./availability";
import { fairestStaff, freeTimes, STEP_MINUTES } from "./free-times";
import { matchOnlineClient, type OnlineClientDetails } from "./match-client";
import { onlineRefusal, ROOM_GONE, TIME_GONE } from "./refusals";

export type OnlineBookingInput = { serviceId: number; staffId: number | null; startsAt: Date; client: OnlineClientDetails };

/** What the public page learns: never whether the booking holds a course session (domain.md). */
export type OnlineBooking = { appointmentId: number; clientId: number; cancelToken: string };

/** 192 random bits, URL-safe: the only key to the client's cancel link. */
export function newCancelToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Books one service online, all in the caller's transaction: the time must still be free by the
 * salon's rules (checked here, inside the write, so two clients racing for the last time get one
 * booking between them); "Anyone" goes to the least booked of the staff free then; the client card
 * is matched (email and phone) or created; and for a matched client a valid course with a free unit
 * for exactly this service on this day (the one expiring first) pays for it, as a desk booking from
 * a circle would. No staff member acts (the system actor, staffId null).
 */
export async function bookOnline(tx: Tx, input: OnlineBookingInput, now: Date): Promise<OnlineBooking> {
  const { timezone } = await getSettings(tx);
  const date = salonDateOf(input.startsAt, timezone);
  const day = await loadFreeTimes(tx, { serviceId: input.serviceId, staffId: input.staffId, date }, now);
  if (day.refusal || !day.plan) throw new DomainError("INVALID_INPUT", day.refusal ?? "Choose another day.", "startsAt");
  if (+input.startsAt <= +now) throw new DomainError("INVALID_INPUT", "That time has already passed. Choose a later time.", "startsAt");
  if (day.staff.length === 0) throw new DomainError("NOT_FOUND", "Nobody can be booked online for that treatment at the moment. Please call the salon.", "serviceId");
  const { window, bookedThatDay } = day.plan;
  if (!window) throw new DomainError("OUTSIDE_HOURS", "The salon is closed on that day. Choose another day.", "startsAt");
  const offset = +input.startsAt - +window.start;
  const shortest = Math.min(...day.staff.map((s) => s.minutes));
  if (offset < 0 || offset % (STEP_MINUTES * 60_000) !== 0 || +input.startsAt + shortest * 60_000 > +window.end) {
    throw new DomainError("OUTSIDE_HOURS", "That is not one of the times offered. Choose a time from the list.", "startsAt");
  }
  const free = day.times.find((t) => +t.startsAt === +input.startsAt);
  if (!free) {
    // Free but for the room: say so, the client sees their stylist is not the one taken.
    const roomOnly = day.plan.rooms && freeTimes({ ...day.plan, rooms: null, now }).some((t) => +t.startsAt === +input.startsAt);
    throw new DomainError("SLOT_TAKEN", roomOnly ? ROOM_GONE : TIME_GONE, "startsAt");
  }

  const staffId = fairestStaff(free.staffIds, bookedThatDay);
  const minutes = day.staff.find((s) => s.id === staffId)!.minutes;
  const startsAt = input.startsAt;
  const endsAt = new Date(+startsAt + minutes * 60_000);

  // A course pays only for a client matched by both email and phone: a partial match never touches one.
  const client = await matchOnlineClient(tx, input.client);
  const [line] = client.matched
    ? await findRedeemableLines(tx, { clientId: client.clientId, serviceId: day.service.id, startsAt, endsAt }, timezone, now)
    : [];

  const cancelToken = newCancelToken();
  try {
    // The desk's own booking operation: the same checks (overlap, skills, hours, room, the last circle) and records.
    const appointment = await bookAppointment(
      tx,
      {
        clientId: client.clientId,
        staffId,
        startsAt,
        serviceId: day.service.id,
        durationMinutes: minutes,
        clientCourseLineId: line?.lineId ?? null,
        source: "ONLINE",
        cancelToken,
        bookedAsName: client.bookedAsName,
      },
      { staffId: null, now },
    );
    return { appointmentId: appointment.id, clientId: client.clientId, cancelToken };
  } catch (error) {
    // Thrown on, so the transaction (the new client card too) is rolled back: nothing is booked.
    throw onlineRefusal(error) ?? error;
  }
}

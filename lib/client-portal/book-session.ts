import { bookAppointment } from "@/lib/appointments/book-appointment";
import type { Tx } from "@/lib/db";
import { DomainError, isDomainError } from "@/lib/errors";
import { newCancelToken } from "@/lib/online-booking/book-online";
import { fairestStaff } from "@/lib/online-booking/free-times";
import { onlineRefusal, TIME_GONE } from "@/lib/online-booking/refusals";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf } from "@/lib/time";
import { loadBookableLine } from "./bookable-line";
import { loadSessionTimes } from "./session-times";

export type SessionBooking = { lineId: number; staffId: number | null; startsAt: Date };

/** The desk's words for a unit taken a moment ago, said to the client. */
function courseRefusal(error: unknown): DomainError | null {
  if (!isDomainError(error) || error.code !== "CIRCLE_TAKEN") return null;
  return new DomainError("CIRCLE_TAKEN", "Your course has no free session left for this: another booking took the last one a moment ago.", "lineId");
}

/**
 * A client books a session from their own course line on their page, all in the caller's
 * transaction: the line must be theirs and bookable, the day inside the course's dates and the
 * booking horizon, the time still free by the salon's rules (checked here, inside the write); then
 * the desk's own booking operation holds the unit (orange at the desk at once) and queues the
 * confirmation. "Anyone" goes to the least booked of the staff free then. No staff member acts.
 */
export async function bookCourseSession(tx: Tx, clientId: number, input: SessionBooking, now: Date): Promise<{ appointmentId: number }> {
  const bookable = await loadBookableLine(tx, clientId, input.lineId, now);
  const { timezone } = await getSettings(tx);
  if (+input.startsAt <= +now) throw new DomainError("INVALID_INPUT", "That time has already passed. Choose a later time.", "startsAt");
  const day = await loadSessionTimes(tx, bookable, { staffId: input.staffId, date: salonDateOf(input.startsAt, timezone) }, now);
  if (day.refusal || !day.plan) throw new DomainError("INVALID_INPUT", day.refusal ?? "Choose another day.", "startsAt");
  const free = day.times.find((t) => +t.startsAt === +input.startsAt);
  if (!free) throw new DomainError("SLOT_TAKEN", TIME_GONE, "startsAt");

  const staffId = fairestStaff(free.staffIds, day.plan.bookedThatDay);
  const minutes = day.staff.find((s) => s.id === staffId)!.minutes;
  try {
    const appointment = await bookAppointment(
      tx,
      { clientId, staffId, startsAt: input.startsAt, clientCourseLineId: bookable.line.id, durationMinutes: minutes, source: "ONLINE", cancelToken: newCancelToken() },
      { staffId: null, now },
    );
    return { appointmentId: appointment.id };
  } catch (error) {
    // Thrown on, so the transaction is rolled back: nothing is booked.
    throw onlineRefusal(error) ?? courseRefusal(error) ?? error;
  }
}

import type { Tx } from "@/lib/db";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { toCardCourse, type DrawerCourse } from "@/lib/courses/views/course-card";
import { DomainError, isDomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { formatMinutes, formatSalonDate, salonDateOf, salonInstant, type SalonDate } from "@/lib/time";
import { bookAppointment } from "./book-appointment";
import { assertFits, rowLabel } from "./propose-series";
import { loadSeriesLine } from "./series-check";
import { clashWords } from "./series-dates";

/**
 * Books every session of a series in the caller's transaction, each through bookAppointment with the
 * course line (so each holds a circle, obeys every booking rule and gets its confirmation), or none:
 * the first refusal is thrown, naming the session, and the transaction rolls back what was booked
 * before it. Never "Book anyway": a warning is a clash for a series.
 */

export type SeriesBooking = { lineId: number; rows: { date: SalonDate; startMin: number; staffId: number }[] };

export type BookedSeries = {
  appointments: { id: number; date: SalonDate; startMin: number; staffId: number }[];
  /** "5 sessions booked: Mon 5 Jan 10:00, …". */
  message: string;
  /** The course as its card draws it now: the circles the series took are orange. */
  course: DrawerCourse;
};

const shortDay = (date: SalonDate) => formatSalonDate(date).replace(/ \d{4}$/, "");

export async function bookSeries(tx: Tx, input: SeriesBooking, ctx: OpContext): Promise<BookedSeries> {
  const line = await loadSeriesLine(tx, input.lineId, ctx.now);
  assertFits(line, input.rows.length, "rows");
  const tz = line.timezone;
  const order = input.rows
    .map((row, index) => ({ row, index, startsAt: salonInstant(row.date, row.startMin, tz) }))
    .sort((a, b) => +a.startsAt - +b.startsAt || a.index - b.index);

  const booked: { index: number; id: number; startsAt: Date; endsAt: Date }[] = [];
  for (const { row, index, startsAt } of order) {
    const what = `The session on ${rowLabel(row.date, row.startMin)}`;
    // One client in two chairs at once: bookAppointment checks the stylist, not the client. In time
    // order, an earlier session overlaps this one when it ends after this one starts.
    const same = booked.find((b) => +b.endsAt > +startsAt);
    if (same) throw new DomainError("OVERLAP", `${what} is at the same time as another session of this series. Nothing was booked.`, `rows.${index}`);
    try {
      const appointment = await bookAppointment(tx, { clientId: line.clientId, staffId: row.staffId, startsAt, clientCourseLineId: line.lineId }, ctx);
      booked.push({ index, id: appointment.id, startsAt: appointment.startsAt, endsAt: appointment.endsAt });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      throw new DomainError(error.code, `${what}: ${clashWords(error.message)} Nothing was booked.`, `rows.${index}`);
    }
  }

  const course = (await loadClientCourse(tx, line.course.id, tz, ctx.now))!;
  const days = booked.map((b) => `${shortDay(salonDateOf(b.startsAt, tz))} ${formatMinutes(input.rows[b.index].startMin)}`);
  return {
    appointments: booked.map((b) => ({ id: b.id, ...input.rows[b.index] })),
    message: `${booked.length} session${booked.length === 1 ? "" : "s"} booked: ${days.join(", ")}.`,
    course: toCardCourse(course, salonDateOf(ctx.now, tz)),
  };
}

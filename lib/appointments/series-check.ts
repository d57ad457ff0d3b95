import type { Tx } from "@/lib/db";
import { loadClientCourse, type ClientCourseLineView, type ClientCourseView } from "@/lib/courses/load-courses";
import { checkValidity, courseExpiry, sessionsWith, type CourseSession } from "@/lib/courses/validity";
import { DomainError, isDomainError, type DomainErrorCode } from "@/lib/errors";
import { loadServiceStaff, type BookableStaff } from "@/lib/online-booking/catalogue";
import { staffMinutesFor } from "@/lib/rota/skills";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDateOf, salonInstant, type SalonDate } from "@/lib/time";
import { applyBookingRules } from "./booking-rules";
import { activeBookingParts, assertBookableDate, assertNoOverlap, assertWithinOpeningHours } from "./guards";
import { clashWords } from "./series-dates";

/**
 * Whether one session of a series would book, asked without booking it: the same guards and rules
 * bookAppointment runs (lib/appointments/book-appointment.ts), in a read, plus what only a series
 * has — its other sessions, not booked yet, count towards the course's validity and must not be at
 * the same time. bookSeries then books through bookAppointment itself, so a row shown free books.
 */

/** The course line a series is booked from, with what the checks need. */
export type SeriesLine = {
  lineId: number;
  clientId: number;
  course: ClientCourseView;
  line: ClientCourseLineView;
  service: { id: number; name: string; durationMinutes: number };
  /** Who does the service, in calendar order, each with their length for it. */
  doers: BookableStaff[];
  timezone: string;
};

export async function loadSeriesLine(tx: Tx, lineId: number, now: Date): Promise<SeriesLine> {
  const row = await tx.clientCourseLine.findUnique({ where: { id: lineId }, select: { clientCourseId: true, serviceId: true } });
  if (!row) throw new DomainError("NOT_FOUND", "That course no longer exists.", "lineId");
  const [{ timezone }, service] = await Promise.all([
    getSettings(tx),
    tx.service.findUniqueOrThrow({ where: { id: row.serviceId }, select: { id: true, name: true, durationMinutes: true } }),
  ]);
  const course = (await loadClientCourse(tx, row.clientCourseId, timezone, now))!;
  if (course.status !== "ACTIVE") throw new DomainError("COURSE_NOT_VALID", `${course.name} has been refunded and can no longer be used.`, "lineId");
  if (course.unit !== "SESSIONS") {
    throw new DomainError("INVALID_INPUT", `${course.name} counts minutes: book its sessions one at a time, each with its own length.`, "lineId");
  }
  const line = course.lines.find((l) => l.id === lineId)!;
  return { lineId, clientId: course.clientId, course, line, service, doers: await loadServiceStaff(tx, service), timezone };
}

/** A session of the series placed before this one (booked first): it counts, though not booked yet. */
export type Planned = { date: SalonDate; startsAt: Date; endsAt: Date };

export type Verdict =
  | { ok: true; staffId: number; staffName: string; startsAt: Date; endsAt: Date }
  | { ok: false; code: DomainErrorCode; reason: string };

/** The course's last day once the planned sessions and this one are held (null: none). */
export function expiryWith(line: SeriesLine, planned: Planned[], date: SalonDate): SalonDate | null {
  return courseExpiry(line.course, [...sessionsOf(planned), { appointmentId: 0, date }, ...line.course.sessions]);
}

const sessionsOf = (planned: Planned[]): CourseSession[] => planned.map((p, i) => ({ appointmentId: -(i + 1), date: p.date }));

/** Refused unless the course may hold a session on `date` beside what it holds and what is planned. */
function assertValidOn(line: SeriesLine, planned: Planned[], date: SalonDate): void {
  const sessions = [...line.course.sessions, ...sessionsOf(planned)];
  const validity = checkValidity(line.course, line.line.serviceId, { clientId: line.clientId, serviceId: line.service.id, date }, sessions);
  if (validity.valid) return;
  const expiry = courseExpiry(line.course, sessionsWith(sessions, { appointmentId: 0, date }));
  const words = expiry && date > expiry ? `After the course expires on ${formatSalonDate(expiry)}.` : validity.reason;
  throw new DomainError("COURSE_NOT_VALID", words, "startsAt");
}

/** Two sessions of one series cannot be at the same time (one client, one chair). */
function assertApartFrom(planned: Planned[], slot: { startsAt: Date; endsAt: Date }, timezone: string): void {
  const clash = planned.find((p) => +p.startsAt < +slot.endsAt && +p.endsAt > +slot.startsAt);
  if (!clash) return;
  const when = `${formatSalonDate(clash.date)} at ${formatSalonTime(clash.startsAt, timezone)}`;
  throw new DomainError("OVERLAP", `Same time as this series' session on ${when}.`, "startsAt");
}

/** One stylist at one time: the rules of bookAppointment, in its order, without writing. */
export async function checkSlot(
  tx: Tx,
  line: SeriesLine,
  slot: { staffId: number; date: SalonDate; startMin: number },
  planned: Planned[],
  now: Date,
): Promise<Verdict> {
  const tz = line.timezone;
  try {
    const startsAt = salonInstant(slot.date, slot.startMin, tz);
    const { service, staff } = await activeBookingParts(tx, { clientId: line.clientId, staffId: slot.staffId, serviceId: line.service.id }, { allowInactiveService: true });
    const endsAt = new Date(+startsAt + (await staffMinutesFor(tx, staff.id, service)) * 60_000);
    assertBookableDate(startsAt, now, tz);
    assertValidOn(line, planned, salonDateOf(startsAt, tz));
    await assertWithinOpeningHours(tx, startsAt, endsAt, tz);
    assertApartFrom(planned, { startsAt, endsAt }, tz);
    await assertNoOverlap(tx, { staffId: staff.id, startsAt, endsAt }, tz);
    await applyBookingRules(tx, { staff, service, startsAt, endsAt, checkSkill: true, checkTime: true }, tz, now);
    return { ok: true, staffId: staff.id, staffName: staff.name, startsAt, endsAt };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { ok: false, code: error.code, reason: clashWords(error.message) };
  }
}

/**
 * A row's stylist, or anyone who does the service (`staffId` null): the first who can take it,
 * trying `prefer` (the series' previous stylist) first. When nobody can, the reason they share
 * (the salon is closed, the course has expired) or "nobody is free".
 */
export async function checkRow(
  tx: Tx,
  line: SeriesLine,
  row: { staffId: number | null; date: SalonDate; startMin: number },
  planned: Planned[],
  now: Date,
  prefer: number | null = null,
): Promise<Verdict> {
  if (row.staffId !== null) return checkSlot(tx, line, { ...row, staffId: row.staffId }, planned, now);
  if (line.doers.length === 0) {
    return { ok: false, code: "NOT_THEIR_SERVICE", reason: `Nobody does ${line.service.name} yet: a manager adds it under Manager → Staff.` };
  }
  const order = [...line.doers].sort((a, b) => Number(b.id === prefer) - Number(a.id === prefer));
  const refusals: Verdict[] = [];
  for (const member of order) {
    const verdict = await checkSlot(tx, line, { ...row, staffId: member.id }, planned, now);
    if (verdict.ok) return verdict;
    refusals.push(verdict);
    // Not about who: the same for everyone, so asking the others would only repeat it.
    if (verdict.code === "COURSE_NOT_VALID" || verdict.code === "INVALID_INPUT") return verdict;
  }
  const reasons = new Set(refusals.map((r) => (r.ok ? "" : r.reason)));
  if (reasons.size === 1) return refusals[0];
  return { ok: false, code: "SLOT_TAKEN", reason: `Nobody who does ${line.service.name} is free then.` };
}

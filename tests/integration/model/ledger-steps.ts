// The steps of the model-checked ledger (ledger-model.test.ts): each one is a desk or manager action,
// done by the real operation in lib/ on a real SQLite database and, beside it, by the reference model
// (ledger-model.ts, which knows nothing of lib/). Each step first asks the model what should happen,
// then the app; a refusal must be the one the model predicted and must change nothing; then the app's
// courses, circles, appointments and redemptions must equal the model's.
import fc from "fast-check";
import { expect } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { checkIn } from "@/lib/appointments/check-in";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { voidCheckout } from "@/lib/checkout/void-checkout";
import { loadClientCourses } from "@/lib/courses/load-courses";
import { adjustRemaining, extendExpiry } from "@/lib/courses/manage-course";
import { refundCourse } from "@/lib/courses/refund-course";
import { sellCourse } from "@/lib/courses/sell-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { waiveForfeit } from "@/lib/courses/waive-forfeit";
import { inTransaction, type Tx } from "@/lib/db";
import { isDomainError, type DomainError } from "@/lib/errors";
import { checkIntegrity } from "@/lib/integrity/check";
import { loadLiability } from "@/lib/reports/liability";
import { impliedClosing } from "@/lib/reports/liability-fold";
import { at } from "../../helpers/salon-fixture";
import { addDays, hhmm, sayDay, TZ, type Appt, type Course, type LedgerModel, type Refusal } from "./ledger-model";

export const START = "2026-06-01";

/** The app side of a run: the database, who acts, and what happened so far. */
export type Real = {
  db: PrismaClient;
  managerId: number;
  /** The steps of this run, in the salon's words, with what the app answered. */
  trace: string[];
  /** Full checks (integrity + reports) after every `fullEvery` steps, and at the end of the run. */
  fullEvery: number;
  stats: Stats;
  /** The kind of the step running now (for the tally of refusals). */
  kind?: string;
  /** Each step happens a minute after the one before (a desk action takes time); false: every step at the same instant. */
  tick: boolean;
};

export type Stats = {
  steps: number;
  refusals: Map<string, number>;
  kinds: Map<string, number>;
  /** Situations worth knowing the runs met (a prompt answered, a forfeit waived, a checkout after expiry…). */
  events: Map<string, number>;
  ms: { ops: number; compare: number; full: number; setup: number };
  fullChecks: number;
};
export const newStats = (): Stats => ({ steps: 0, refusals: new Map(), kinds: new Map(), events: new Map(), ms: { ops: 0, compare: 0, full: 0, setup: 0 }, fullChecks: 0 });
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const saw = (r: Real, event: string) => bump(r.stats.events, event);

/** A disagreement between the model and the app. */
export class Disagreement extends Error {
  override name = "Disagreement";
}

// ---- running an operation and comparing its outcome -------------------------------------------------

type Outcome<T> = { ok: T } | { refused: DomainError };

async function attempt<T>(r: Real, fn: (tx: Tx) => Promise<T>): Promise<Outcome<T>> {
  const started = performance.now();
  try {
    return { ok: await inTransaction(fn, r.db) };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { refused: error };
  } finally {
    r.stats.ms.ops += performance.now() - started;
  }
}

const ctx = (m: LedgerModel, r: Real) => ({ staffId: r.managerId, now: new Date(m.now) });

/** What every refusal must leave exactly as it was: row counts and the mutable columns. */
async function fingerprint(db: PrismaClient): Promise<string> {
  const [row] = await db.$queryRawUnsafe<Record<string, unknown>[]>(`
    SELECT
      (SELECT count(*) FROM "Sale") || '/' || (SELECT count(*) FROM "SaleLine") || '/' || (SELECT count(*) FROM "ClientCourse") || '/' ||
      (SELECT count(*) FROM "ClientCourseLine") || '/' || (SELECT count(*) FROM "ClientCourseChange") || '/' || (SELECT count(*) FROM "CourseBookingLog") || '/' ||
      (SELECT count(*) FROM "Redemption") || '/' || (SELECT count(*) FROM "RedemptionReversal") || '/' || (SELECT count(*) FROM "CheckoutVoid") AS counts,
      (SELECT group_concat(id || ':' || status || ':' || ifnull(clientCourseLineId, '-') || ':' || startsAt || ':' || endsAt || ':' || staffId || ':' || serviceId || ':' || ifnull(checkedInAt, '-'), ',') FROM "Appointment") AS appointments,
      (SELECT group_concat(id || ':' || ifnull(reversedAt, '-'), ',') FROM "Redemption") AS redemptions,
      (SELECT group_concat(id || ':' || ifnull(reversedAt, '-'), ',') FROM "SaleLine") AS saleLines,
      (SELECT group_concat(id || ':' || status || ':' || ifnull(expiresOn, '-'), ',') FROM "ClientCourse") AS courses`);
  return JSON.stringify(row, (_, v) => (typeof v === "bigint" ? Number(v) : v));
}

const sayRefusal = (e: DomainError) => `refused ${e.code}: ${e.message}`;
const sayExpected = (x: Refusal | null) => (x ? `refused ${x.code} (${x.why})` : "done");

/**
 * Compares the app's outcome with the model's prediction. `expected` null = the model says it is done.
 * Returns the app's result when both agree it was done, null when both agree it was refused.
 */
async function agree<T>(r: Real, step: string, expected: Refusal | null, got: Outcome<T>, before: string): Promise<T | null> {
  if ("refused" in got) {
    if (!expected) throw new Disagreement(`${step}: the model expected it to be done; the app ${sayRefusal(got.refused)}`);
    if (expected.code !== got.refused.code) {
      throw new Disagreement(`${step}: the model expected ${sayExpected(expected)}; the app ${sayRefusal(got.refused)}`);
    }
    bump(r.stats.refusals, `${r.kind} ${expected.code}`);
    if (expected.why.includes("would expire")) saw(r, "refused: a first-use course's new expiry would strand a session");
    const after = await fingerprint(r.db);
    if (after !== before) throw new Disagreement(`${step}: refused (${got.refused.code}) but the database changed:\nbefore ${before}\nafter  ${after}`);
    return null;
  }
  if (expected) throw new Disagreement(`${step}: the model expected ${sayExpected(expected)}; the app did it`);
  return got.ok;
}

// ---- after every step ----------------------------------------------------------------------------

/** Cheap, every step: the app's courses, circles, appointments, redemptions and voids equal the model's. */
export async function compareWithModel(m: LedgerModel, r: Real) {
  const started = performance.now();
  const views = await loadClientCourses(r.db, {}, TZ, new Date(m.now));
  const courses = [...views]
    .sort((a, b) => a.id - b.id)
    .map((c) => ({
      id: c.id,
      clientId: c.clientId,
      status: c.status,
      expiresOn: c.expiresOn,
      expiry: c.expiry,
      label: c.label,
      lines: c.lines.map((l) => ({
        id: l.id,
        serviceId: l.serviceId,
        balance: { total: l.balance.total, redeemed: l.balance.redeemed, booked: l.balance.booked, free: l.balance.free },
        circles: l.circles.map((x) => (x.state === "redeemed" ? `R${x.appointmentId}` : x.state === "booked" ? `B${x.appointmentId}` : "F")).join(" "),
      })),
    }));
  expect(courses, "client courses: balances and circles").toEqual(m.expectedCourses());
  const appointments = await r.db.appointment.findMany({
    orderBy: { id: "asc" },
    select: { id: true, clientId: true, staffId: true, serviceId: true, startsAt: true, endsAt: true, status: true, clientCourseLineId: true, priceMinor: true, cancelCause: true },
  });
  expect(
    appointments.map((a) => ({
      id: a.id,
      clientId: a.clientId,
      staffId: a.staffId,
      serviceId: a.serviceId,
      startsAt: +a.startsAt,
      endsAt: +a.endsAt,
      status: a.status,
      lineId: a.clientCourseLineId,
      priceMinor: a.priceMinor,
      cause: a.cancelCause,
    })),
    "appointments",
  ).toEqual(m.expectedAppointments());
  const redemptions = await r.db.redemption.findMany({ orderBy: { id: "asc" } });
  expect(
    redemptions.map((x) => ({ id: x.id, appointmentId: x.appointmentId, lineId: x.clientCourseLineId, units: x.units, reason: x.reason, saleId: x.saleId, reversed: x.reversedAt !== null })),
    "redemptions",
  ).toEqual(m.expectedRedemptions());
  const voids = await r.db.checkoutVoid.findMany({ orderBy: { saleId: "asc" }, select: { saleId: true } });
  expect(voids.map((v) => v.saleId), "voided checkouts").toEqual(m.expectedVoids());
  r.stats.ms.compare += performance.now() - started;
}

/** The integrity check finds nothing; the reports reconcile; the liability's movements add up. */
export async function fullCheck(m: LedgerModel, r: Real) {
  const started = performance.now();
  const now = new Date(m.now);
  const report = await checkIntegrity(r.db, now); // includes reconcileReports(db, today, TZ)
  expect(report.findings, "integrity check (with the reports' reconciliation)").toEqual([]);
  const liability = await loadLiability(r.db, { from: START, to: m.today }, m.today, TZ);
  expect(liability.total.opening, "liability opening before the first sale").toBe(0);
  expect(impliedClosing(liability.total), "liability: opening + movements = closing").toBe(liability.total.closing);
  for (const row of liability.rows) expect(impliedClosing(row.figures), `liability of ${row.name}: opening + movements = closing`).toBe(row.figures.closing);
  r.stats.fullChecks += 1;
  r.stats.ms.full += performance.now() - started;
}

export function withTrace(error: unknown, r: Real): never {
  const steps = r.trace.map((t, i) => `  ${String(i + 1).padStart(2)}. ${t}`).join("\n");
  if (error instanceof Error) {
    error.message = `${error.message}\n\nThe steps of this run (salon time; ${r.tick ? "each a minute after the one before" : "all at the same instant"}):\n${steps}`;
    throw error;
  }
  throw new Error(`${String(error)}\n\nThe steps of this run:\n${steps}`);
}

// ---- the steps ------------------------------------------------------------------------------------

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length];
const OPEN = (a: Appt) => a.status === "BOOKED" || a.status === "CHECKED_IN";
const when = (m: LedgerModel, a: { date: string; startMin: number }) => `${sayDay(a.date)} ${hhmm(a.startMin)}`;

/** A slot: a salon day and a start, 08:00 + 30 min × slot (or at startMin). */
function slotAt(date: string, slot: number, minutes: number, startMin = 8 * 60 + 30 * slot) {
  const startsAt = +at(date, hhmm(startMin));
  return { date, startMin, startsAt, endsAt: startsAt + minutes * 60_000 };
}

abstract class Step<P> implements fc.AsyncCommand<LedgerModel, Real> {
  /** What this step did in the run it last ran in (its clone runs in each shrink). */
  said?: string;
  constructor(readonly p: P) {}
  abstract readonly kind: string;
  /** Whether there is anything to do it to. */
  check(m: Readonly<LedgerModel>): boolean {
    return m !== null;
  }
  /** The step itself; returns what it did, in words. */
  protected abstract step(m: LedgerModel, r: Real, before: string): Promise<string>;
  async run(m: LedgerModel, r: Real): Promise<void> {
    let checking = false;
    try {
      if (r.tick) m.now += 60_000;
      const before = await fingerprint(r.db);
      r.kind = this.kind;
      this.said = `${this.kind}…`;
      this.said = await this.step(m, r, before);
      r.trace.push(this.said);
      r.stats.steps += 1;
      bump(r.stats.kinds, this.kind);
      checking = true;
      await compareWithModel(m, r);
      if (r.stats.steps % r.fullEvery === 0) await fullCheck(m, r);
    } catch (error) {
      this.said = `${this.said} ← ${checking ? "the checks after this step failed" : "failed here"}`;
      if (checking) r.trace[r.trace.length - 1] = this.said;
      else r.trace.push(this.said);
      withTrace(error, r);
    }
  }
  toString() {
    return `\n    ${this.said ?? `${this.kind} ${JSON.stringify(this.p)}`}`;
  }
  [fc.cloneMethod]() {
    const Self = this.constructor as new (p: P) => Step<P>;
    return new Self(this.p);
  }
}

// -- sell --

export class Sell extends Step<{ client: number; template: number }> {
  kind = "sell";
  protected async step(m: LedgerModel, r: Real) {
    const clientId = pick(m.cat.clients, this.p.client).id;
    const template = pick(m.cat.templates, this.p.template);
    const said = `sell ${template.name} to ${m.clientName(clientId)}`;
    this.said = said;
    const got = await attempt(r, (tx) => sellCourse(tx, { clientId, templateId: template.id, paymentMethod: "CARD" }, ctx(m, r)));
    const done = await agree(r, said, null, got, "");
    const lines = await r.db.clientCourseLine.findMany({ where: { clientCourseId: done!.clientCourseId }, orderBy: { sortOrder: "asc" } });
    m.sell(clientId, template, { courseId: done!.clientCourseId, lineIds: lines.map((l) => l.id), saleId: done!.saleId });
    return `${said} → course ${m.courses.length}`;
  }
}

// -- book --

const OFFSETS = [0, 1, 0, 2, 0, 3, 7, -1, 14, 30, 1, 0, 1];
const COURSE_DAYS = ["last valid day", "day after expiry", "day before purchase", "month after its first session", "month before its last session"] as const;
type When = { day: "ahead"; offset: number; slot: number } | { day: (typeof COURSE_DAYS)[number] | "over another appointment"; slot: number };
export const whenArb: fc.Arbitrary<When> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ day: fc.constant("ahead" as const), offset: fc.nat(OFFSETS.length - 1), slot: fc.nat(23) }) },
  { weight: 2, arbitrary: fc.record({ day: fc.constantFrom(...COURSE_DAYS), slot: fc.nat(23) }) },
  // At the time and with the staff member of an appointment already there (whatever its state: a cancelled one frees the slot).
  { weight: 1, arbitrary: fc.record({ day: fc.constant("over another appointment" as const), slot: fc.nat(60) }) },
);

/** Where a booking goes: its slot and staff member. */
function placeFor(m: LedgerModel, w: When, staff: number, minutes: number, course?: Course) {
  if (w.day === "over another appointment" && m.appts.length) {
    const other = pick(m.appts, w.slot);
    return { slot: slotAt(other.date, 0, minutes, other.startMin), staffId: other.staffId };
  }
  const date = dayFor(m, w, course) ?? addDays(m.today, 1);
  return { slot: slotAt(date, w.slot % 24, minutes), staffId: pick(m.cat.staff, staff).id };
}

function dayFor(m: LedgerModel, w: When, course?: Course): string | null {
  if (w.day === "ahead") return addDays(m.today, OFFSETS[w.offset]);
  if (!course || w.day === "over another appointment") return addDays(m.today, 1);
  if (w.day === "day before purchase") return addDays(course.purchasedOn, -1);
  // Around a course's sessions: where "valid from the first session" moves its expiry.
  const days = m.sessions(course).map((x) => x.date).sort();
  if (w.day === "month after its first session") return days.length ? addDays(days[0], 31) : null;
  if (w.day === "month before its last session") return days.length ? addDays(days[days.length - 1], -31) : null;
  const expiry = m.expiry(course);
  if (!expiry) return null;
  return w.day === "last valid day" ? expiry : addDays(expiry, 1);
}

export class BookCircle extends Step<{ course: number; line: number; when: When; staff: number; minutes: number }> {
  kind = "book";
  protected async step(m: LedgerModel, r: Real, before: string) {
    const course = pick(m.courses, this.p.course);
    const line = pick(course.lines, this.p.line);
    const service = m.service(line.serviceId);
    const minutes = course.unit === "MINUTES" ? this.p.minutes : service.minutes;
    const { slot, staffId } = placeFor(m, this.p.when, this.p.staff, minutes, course);
    const b = balanceWords(m, course, line.id);
    const said = `book ${course.unit === "MINUTES" ? `${minutes} min` : `circle ${b}`} of ${m.courseName(course)}${course.lines.length > 1 ? ` (${service.name})` : ""} on ${when(m, slot)} with ${m.staffName(staffId)}`;
    this.said = said;
    const booking = { clientId: course.clientId, staffId, serviceId: line.serviceId, lineId: line.id, ...slot };
    const expected = m.book(booking);
    const got = await attempt(r, (tx) =>
      bookAppointment(
        tx,
        { bookAnyway: true, clientId: course.clientId, staffId, startsAt: new Date(slot.startsAt), clientCourseLineId: line.id, durationMinutes: course.unit === "MINUTES" ? minutes : undefined },
        ctx(m, r),
      ),
    );
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    m.applyBook(done.id, booking);
    if (slot.date === m.expiry(course)) saw(r, "session booked on its course's last valid day");
    return `${said} → appt ${done.id}`;
  }
}

function balanceWords(m: LedgerModel, course: Course, lineId: number) {
  const line = course.lines.find((l) => l.id === lineId)!;
  const b = m.balance(course, line);
  return `${b.redeemed + b.booked + 1} of ${b.total}`;
}

export class BookSingle extends Step<{ client: number; service: number; covered: boolean; when: When; staff: number }> {
  kind = "book-single";
  protected async step(m: LedgerModel, r: Real, before: string) {
    const clientId = pick(m.cat.clients, this.p.client).id;
    // covered: a service one of the client's courses covers (what the check-in prompt and "Redeem from course" are for).
    const held = [...new Set(m.courses.filter((c) => c.clientId === clientId && c.status === "ACTIVE").flatMap((c) => c.lines.map((l) => l.serviceId)))];
    const service = this.p.covered && held.length ? m.service(pick(held, this.p.service)) : pick(m.cat.services, this.p.service);
    const { slot, staffId } = placeFor(m, this.p.when, this.p.staff, service.minutes);
    const said = `book a single ${service.name} for ${m.clientName(clientId)} on ${when(m, slot)} with ${m.staffName(staffId)}`;
    this.said = said;
    const booking = { clientId, staffId, serviceId: service.id, lineId: null, ...slot };
    const expected = m.book(booking);
    const got = await attempt(r, (tx) => bookAppointment(tx, { bookAnyway: true, clientId, staffId, startsAt: new Date(slot.startsAt), serviceId: service.id }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    m.applyBook(done.id, booking);
    return `${said} → appt ${done.id}`;
  }
}

// -- appointments: which one a step is about --

/** Most steps are about an open appointment; some (any: true) pick from every appointment, to meet the refusals. */
function target(m: Readonly<LedgerModel>, i: number, any: boolean, prefer: (a: Appt) => boolean): Appt | undefined {
  const preferred = m.appts.filter(prefer);
  const pool = any || preferred.length === 0 ? m.appts : preferred;
  return pool.length ? pick(pool, i) : undefined;
}

export class Convert extends Step<{ appt: number; line: number; anyLine: boolean; any: boolean }> {
  kind = "convert";
  override check(m: Readonly<LedgerModel>) {
    return m.appts.length > 0;
  }
  protected async step(m: LedgerModel, r: Real, before: string) {
    const a = target(m, this.p.appt, this.p.any, (x) => OPEN(x) && x.lineId === null)!;
    // The drawer shows the client's courses for the service; anyLine picks any line at all (another client's, another service's).
    const sameService = m.courses.flatMap((c) => c.lines.filter((l) => c.clientId === a.clientId && l.serviceId === a.serviceId).map((l) => ({ c, l })));
    const all = m.courses.flatMap((c) => c.lines.map((l) => ({ c, l })));
    const choice = pick(this.p.anyLine || sameService.length === 0 ? all : sameService, this.p.line);
    const said = `convert ${m.apptName(a)} to circle ${balanceWords(m, choice.c, choice.l.id)} of ${m.courseName(choice.c)}${choice.c.lines.length > 1 ? ` (${m.service(choice.l.serviceId).name})` : ""}`;
    this.said = said;
    const next = m.change(a, { lineId: choice.l.id });
    const expected = "code" in next ? next : null;
    const got = await attempt(r, (tx) => changeAppointment(tx, { appointmentId: a.id, clientCourseLineId: choice.l.id }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    m.applyChange(next as Appt);
    return `${said} → done`;
  }
}

export class MakeSingle extends Step<{ appt: number; any: boolean }> {
  kind = "make-single";
  override check(m: Readonly<LedgerModel>) {
    return m.appts.length > 0;
  }
  protected async step(m: LedgerModel, r: Real, before: string) {
    const a = target(m, this.p.appt, this.p.any, (x) => OPEN(x) && x.lineId !== null)!;
    const said = `make ${m.apptName(a)} a single`;
    this.said = said;
    const next = m.change(a, { lineId: null });
    const expected = "code" in next ? next : null;
    const got = await attempt(r, (tx) => changeAppointment(tx, { appointmentId: a.id, clientCourseLineId: null }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    m.applyChange(next as Appt);
    return `${said} → done`;
  }
}

const MOVE_DAYS = [0, 1, -1, 2, 7, 30, 0];
export class Move extends Step<{ appt: number; days: number; slot: number; staff: number; any: boolean; onto: number | null }> {
  kind = "move";
  override check(m: Readonly<LedgerModel>) {
    return m.appts.length > 0;
  }
  protected async step(m: LedgerModel, r: Real, before: string) {
    const a = target(m, this.p.appt, this.p.any, OPEN)!;
    // onto: drag it onto another appointment's time and column.
    const other = this.p.onto === null ? null : pick(m.appts, this.p.onto);
    const staffId = other ? other.staffId : pick(m.cat.staff, this.p.staff).id;
    const slot = other ? slotAt(other.date, 0, m.minutesOf(a), other.startMin) : slotAt(addDays(a.date, MOVE_DAYS[this.p.days]), this.p.slot, m.minutesOf(a));
    const said = `move ${m.apptName(a)} to ${when(m, slot)} with ${m.staffName(staffId)}`;
    this.said = said;
    const next = m.change(a, { startsAt: slot.startsAt, date: slot.date, startMin: slot.startMin, staffId });
    const expected = "code" in next ? next : null;
    const got = await attempt(r, (tx) => changeAppointment(tx, { bookAnyway: true, appointmentId: a.id, startsAt: new Date(slot.startsAt), staffId }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    m.applyChange(next as Appt);
    return `${said} → done`;
  }
}

// -- check in --

export class CheckIn extends Step<{ appt: number; redeem: boolean; any: boolean }> {
  kind = "check-in";
  override check(m: Readonly<LedgerModel>) {
    return m.appts.length > 0;
  }
  protected async step(m: LedgerModel, r: Real, before: string) {
    const a = target(m, this.p.appt, this.p.any, (x) => x.status === "BOOKED")!;
    let said = `check in ${m.apptName(a)}`;
    this.said = said;
    const expected = m.checkIn(a);
    const got = await attempt(r, (tx) => checkIn(tx, { appointmentId: a.id, confirmEarly: true }, ctx(m, r)));
    const done = await agree(r, said, "code" in expected ? expected : null, got, before);
    if (!done) return `${said} → ${sayExpected(expected as Refusal)}`;
    const prompt = (expected as { prompt: number | null }).prompt;
    if (done.status === "PROMPT" || prompt !== null) {
      if (done.status !== "PROMPT" || prompt === null) {
        throw new Disagreement(`${said}: the model expected ${prompt === null ? "no prompt" : `"Redeem service from course?" offering line ${prompt}`}; the app answered ${JSON.stringify(done)}`);
      }
      if (done.offer.lineId !== prompt) throw new Disagreement(`${said}: the prompt offers line ${done.offer.lineId}; the model expected line ${prompt} (soonest expiry first)`);
      const { course } = m.lineOf(prompt);
      said += ` — "Redeem service from course?" offers ${m.courseName(course)}; ${this.p.redeem ? "redeem" : "no, as a single"}`;
      this.said = said;
      if (await fingerprint(r.db) !== before) throw new Disagreement(`${said}: asking the question changed the database`);
      const before2 = await fingerprint(r.db);
      const next = this.p.redeem ? m.change(a, { lineId: prompt }) : a;
      const expected2 = "code" in next ? next : null;
      const got2 = await attempt(r, (tx) =>
        checkIn(tx, { appointmentId: a.id, confirmEarly: true, answer: this.p.redeem ? { redeemFromLineId: prompt } : { asSingle: true } }, ctx(m, r)),
      );
      const done2 = await agree(r, said, expected2, got2, before2);
      if (!done2) return `${said} → ${sayExpected(expected2)}`;
      if (done2.status !== "CHECKED_IN") throw new Disagreement(`${said}: the app answered ${JSON.stringify(done2)} to the answer`);
      if (this.p.redeem) m.applyChange(next as Appt);
      saw(r, `check-in prompt answered ${this.p.redeem ? "redeem" : "as a single"}`);
    } else if (done.status !== "CHECKED_IN") {
      throw new Disagreement(`${said}: the app answered ${JSON.stringify(done)}; the model expected it checked in`);
    }
    a.status = "CHECKED_IN";
    return `${said} → checked in`;
  }
}

// -- checkout --

export class Checkout extends Step<{ appt: number; tick: number; redeem: number; twice: "no" | "with the same key" | "without a key"; any: boolean }> {
  kind = "checkout";
  override check(m: Readonly<LedgerModel>) {
    return m.appts.some(OPEN);
  }
  protected async step(m: LedgerModel, r: Real, before: string) {
    // The desk opens a client's visit on a day with something open; the started ones are what is usually there.
    // (any: an open appointment of any day, future ones included.)
    const open = m.appts.filter(OPEN);
    const started = open.filter((x) => x.startsAt <= m.now);
    const first = pick(this.p.any || started.length === 0 ? open : started, this.p.appt);
    const visit = m.appts.filter((x) => OPEN(x) && x.clientId === first.clientId && x.date === first.date).sort((x, y) => x.startsAt - y.startsAt || x.id - y.id);
    // Tick `first` and any others the mask says; the rest are left for later.
    const ticked = visit.filter((x, i) => x === first || (this.p.tick >> i) & 1);
    const unticked = visit.filter((x) => !ticked.includes(x));
    // "Redeem from course" on the ticked singles the mask says, each from the line the screen offers.
    const redeem = ticked
      .filter((x, i) => x.lineId === null && (this.p.redeem >> i) & 1)
      .map((x) => ({ apptId: x.id, lineId: m.offerFor(x) }))
      .filter((x): x is { apptId: number; lineId: number } => x.lineId !== null);
    const words = ticked.map((x) => {
      const choice = redeem.find((c) => c.apptId === x.id);
      return `${m.apptName(x)}${choice ? ` redeemed from ${m.courseName(m.lineOf(choice.lineId).course)}` : ""}`;
    });
    const said = `check out ${m.clientName(first.clientId)}'s visit of ${sayDay(first.date)}: ${words.join(" + ")}${unticked.length ? `; not ticked: ${unticked.map((x) => `appt ${x.id}`).join(", ")}` : ""}${this.p.twice !== "no" ? ` (clicked twice, ${this.p.twice})` : ""}`;
    this.said = said;
    const plan = m.checkout(ticked, redeem);
    const expected = "code" in plan ? plan : null;
    const key = `model-${r.stats.steps}-${first.id}-${m.now}`;
    const input = { appointmentIds: ticked.map((x) => x.id), redeem: redeem.map((x) => ({ appointmentId: x.apptId, lineId: x.lineId })), paymentMethod: "CARD" as const, confirmEarly: true, idempotencyKey: key };
    const got = await attempt(r, (tx) => checkoutVisit(tx, input, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    if (done.alreadyPaid) throw new Disagreement(`${said}: the first click answered "already paid"`);
    const ok = plan as Exclude<typeof plan, Refusal>;
    const made = await r.db.redemption.findMany({ where: { saleId: done.saleId }, select: { id: true, appointmentId: true } });
    const expiredCourses = ok.redemptions.filter((x) => {
      const e = m.expiry(m.lineOf(x.lineId).course);
      return e !== null && e < m.today;
    });
    m.applyCheckout(ok, ticked, done.saleId, new Map(made.map((x) => [x.appointmentId, x.id])));
    if (unticked.length) saw(r, "checkout with lines left unticked");
    if (redeem.length) saw(r, "checkout redeeming a single from a course");
    if (expiredCourses.length) saw(r, "checkout of a session after its course expired");
    if (this.p.twice !== "no") {
      saw(r, `checkout clicked twice ${this.p.twice}`);
      const again = await fingerprint(r.db);
      const retry = this.p.twice === "with the same key" ? input : { ...input, idempotencyKey: undefined };
      const second = await attempt(r, (tx) => checkoutVisit(tx, retry, ctx(m, r)));
      if (!("ok" in second) || !second.ok.alreadyPaid || second.ok.saleId !== done.saleId) {
        throw new Disagreement(`${said}: the second click answered ${"ok" in second ? JSON.stringify(second.ok) : sayRefusal(second.refused)}; expected the first sale ${done.saleId}, already paid`);
      }
      if ((await fingerprint(r.db)) !== again) throw new Disagreement(`${said}: the second click changed the database`);
    }
    const charged = ok.charged.length ? `charged appt ${ok.charged.join(", ")}` : "nothing charged";
    const redeemed = ok.redemptions.length ? `; redeemed appt ${ok.redemptions.map((x) => x.appointmentId).join(", ")}` : "";
    return `${said} → sale ${done.saleId}: ${charged}${redeemed}`;
  }
}

// -- cancel, no-show --

export class Cancel extends Step<{ appt: number; salon: boolean; any: boolean; soon: boolean }> {
  kind = "cancel";
  override check(m: Readonly<LedgerModel>) {
    return m.appts.length > 0;
  }
  protected async step(m: LedgerModel, r: Real, before: string) {
    // soon: a course session starting within two days, where the late-cancellation window matters.
    const soon = m.appts.filter((x) => OPEN(x) && x.lineId !== null && x.startsAt > m.now && x.startsAt - m.now < 48 * 3_600_000);
    const a = this.p.soon && soon.length && !this.p.any ? pick(soon, this.p.appt) : target(m, this.p.appt, this.p.any, OPEN)!;
    const cause = this.p.salon ? "SALON" : "CLIENT";
    const hours = Math.round((a.startsAt - m.now) / 360_000) / 10;
    const said = `cancel ${m.apptName(a)}, ${this.p.salon ? "the salon's doing" : "the client asked"}, ${hours} h before its start`;
    this.said = said;
    const plan = m.cancel(a, "CANCEL", cause);
    const expected = typeof plan === "object" && "code" in plan ? plan : null;
    const got = await attempt(r, (tx) => cancelAppointment(tx, { appointmentId: a.id, kind: "CANCEL", cause }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    if (plan === "same") {
      if (done.outcome !== null || (await fingerprint(r.db)) !== before) throw new Disagreement(`${said}: it was already cancelled, yet the app changed something`);
      return `${said} → already cancelled, nothing changes`;
    }
    const p = plan as Exclude<typeof plan, Refusal | "same">;
    if (Boolean(done.outcome?.forfeit) !== Boolean(p.forfeit)) throw new Disagreement(`${said}: the app says forfeit=${done.outcome?.forfeit}; the model ${Boolean(p.forfeit)}`);
    const forfeit = p.forfeit ? await r.db.redemption.findFirst({ where: { appointmentId: a.id, reversedAt: null }, select: { id: true } }) : null;
    m.applyCancel(a, "CANCEL", cause, p, forfeit?.id);
    if (p.forfeit) saw(r, "late cancellation forfeited");
    else if (a.lineId && this.p.salon && a.startsAt - m.now < 24 * 3_600_000) saw(r, "salon cancellation inside the window, session back");
    return `${said} → ${p.forfeit ? "late: the session is forfeited" : a.lineId ? "the session comes back" : "cancelled"}`;
  }
}

export class NoShow extends Step<{ appt: number; any: boolean; early: boolean }> {
  kind = "no-show";
  override check(m: Readonly<LedgerModel>) {
    return m.appts.length > 0;
  }
  protected async step(m: LedgerModel, r: Real, before: string) {
    // early: one that starts within the next two hours (too soon to say).
    const early = m.appts.filter((x) => x.status === "BOOKED" && x.startsAt > m.now && x.startsAt - m.now <= 2 * 3_600_000);
    const a = this.p.early && early.length && !this.p.any ? pick(early, this.p.appt) : target(m, this.p.appt, this.p.any, (x) => x.status === "BOOKED" && x.startsAt <= m.now)!;
    const said = `mark ${m.apptName(a)} a no-show`;
    if (a.status === "BOOKED" && a.startsAt > m.now) saw(r, "no-show tried before the start");
    this.said = said;
    const plan = m.cancel(a, "NO_SHOW", "CLIENT");
    const expected = typeof plan === "object" && "code" in plan ? plan : null;
    const got = await attempt(r, (tx) => cancelAppointment(tx, { appointmentId: a.id, kind: "NO_SHOW" }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    if (plan === "same") {
      if (done.outcome !== null || (await fingerprint(r.db)) !== before) throw new Disagreement(`${said}: it already was a no-show, yet the app changed something`);
      return `${said} → already a no-show, nothing changes`;
    }
    const p = plan as Exclude<typeof plan, Refusal | "same">;
    if (Boolean(done.outcome?.forfeit) !== Boolean(p.forfeit)) throw new Disagreement(`${said}: the app says forfeit=${done.outcome?.forfeit}; the model ${Boolean(p.forfeit)}`);
    const forfeit = p.forfeit ? await r.db.redemption.findFirst({ where: { appointmentId: a.id, reversedAt: null }, select: { id: true } }) : null;
    m.applyCancel(a, "NO_SHOW", "CLIENT", p, forfeit?.id);
    if (p.forfeit) saw(r, "no-show forfeited");
    return `${said} → ${p.forfeit ? "the session is forfeited" : "no-show"}`;
  }
}

// -- corrections --

export class Waive extends Step<{ redemption: number; forfeitsOnly: boolean }> {
  kind = "waive";
  override check(m: Readonly<LedgerModel>) {
    return m.redemptions.length > 0;
  }
  protected async step(m: LedgerModel, r: Real, before: string) {
    const forfeits = m.redemptions.filter((x) => x.reason !== "CHECKOUT" && !x.reversed);
    const x = pick(this.p.forfeitsOnly && forfeits.length ? forfeits : m.redemptions, this.p.redemption);
    const what = { CHECKOUT: "checkout redemption", NO_SHOW: "no-show forfeit", LATE_CANCELLATION: "late-cancellation forfeit" }[x.reason];
    const said = `waive the ${what} of ${m.apptName(m.appt(x.appointmentId))}${x.reversed ? " (already given back)" : ""}`;
    this.said = said;
    const plan = m.waive(x);
    const expected = typeof plan === "object" ? plan : null;
    const got = await attempt(r, (tx) => waiveForfeit(tx, { redemptionId: x.id, reason: "model test" }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    if (done.waived !== (plan === "ok")) throw new Disagreement(`${said}: the app says waived=${done.waived}; the model ${plan}`);
    if (plan === "same") {
      if ((await fingerprint(r.db)) !== before) throw new Disagreement(`${said}: waiving twice changed the database`);
      return `${said} → nothing changes`;
    }
    x.reversed = true;
    saw(r, "forfeit waived");
    return `${said} → the session comes back`;
  }
}

export class Void extends Step<{ sale: number; checkoutsOnly: boolean; twice: boolean }> {
  kind = "void";
  protected async step(m: LedgerModel, r: Real, before: string) {
    const checkouts = m.sales.filter((s) => s.kind === "CHECKOUT" && !s.voided);
    const s = pick(this.p.checkoutsOnly && checkouts.length ? checkouts : m.sales, this.p.sale);
    const what = { COURSE: "course sale", CHECKOUT: "checkout", VOID: "void receipt", REFUND: "refund receipt" }[s.kind];
    const said = `void ${m.clientName(s.clientId)}'s ${what} (sale ${s.id}${s.voided ? ", already void" : ""})${this.p.twice ? " twice" : ""}`;
    this.said = said;
    const plan = m.voidSale(s);
    const expected = typeof plan === "object" && "code" in plan ? plan : null;
    const got = await attempt(r, (tx) => voidCheckout(tx, { saleId: s.id, reason: "model test" }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    if (done.alreadyVoid !== (plan === "same")) throw new Disagreement(`${said}: the app says alreadyVoid=${done.alreadyVoid}; the model ${plan === "same" ? "already void" : "voids it now"}`);
    if (plan === "same") {
      if ((await fingerprint(r.db)) !== before) throw new Disagreement(`${said}: voiding twice changed the database`);
      return `${said} → already void, nothing changes`;
    }
    const p = plan as Exclude<typeof plan, Refusal | "same">;
    m.applyVoid(s, p, done.reversalSaleId);
    if (this.p.twice) {
      const again = await fingerprint(r.db);
      const second = await attempt(r, (tx) => voidCheckout(tx, { saleId: s.id, reason: "again" }, ctx(m, r)));
      if (!("ok" in second) || !second.ok.alreadyVoid) throw new Disagreement(`${said}: the second void answered ${"ok" in second ? JSON.stringify(second.ok) : sayRefusal(second.refused)}`);
      if ((await fingerprint(r.db)) !== again) throw new Disagreement(`${said}: the second void changed the database`);
      saw(r, "checkout voided twice");
    }
    return `${said} → appt ${p.appts.join(", ")} checked in again${done.reversalSaleId ? `, reversal sale ${done.reversalSaleId}` : ""}`;
  }
}

// -- the manager's changes --

export class Adjust extends Step<{ course: number; line: number; by: number }> {
  kind = "adjust";
  protected async step(m: LedgerModel, r: Real, before: string) {
    const course = pick(m.courses, this.p.course);
    const line = pick(course.lines, this.p.line);
    const b = m.balance(course, line);
    // The manager sets what is left (total − redeemed), from what the model says is left.
    const remaining = b.total - b.redeemed + this.p.by;
    const said = `set what is left on ${m.courseName(course)}${course.lines.length > 1 ? ` (${m.service(line.serviceId).name})` : ""} from ${b.total - b.redeemed} to ${remaining}`;
    this.said = said;
    const plan = m.adjust(course, line, remaining);
    const expected = typeof plan === "object" ? plan : null;
    const got = await attempt(r, (tx) => adjustRemaining(tx, { clientCourseLineId: line.id, remaining, reason: "model test" }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    line.delta += plan as number;
    return `${said} → done`;
  }
}

export class Extend extends Step<{ course: number; months: number; mode: "later" | "same" | "yesterday" }> {
  kind = "extend";
  protected async step(m: LedgerModel, r: Real, before: string) {
    const course = pick(m.courses, this.p.course);
    const current = m.expiry(course);
    const base = current ?? m.today;
    const to = this.p.mode === "later" ? addDays(base, 30 * this.p.months) : this.p.mode === "same" ? base : addDays(m.today, -1);
    const said = `extend ${m.courseName(course)} from ${current ? sayDay(current) : "no expiry"} to ${sayDay(to)}`;
    this.said = said;
    const expected = m.extend(course, to);
    const got = await attempt(r, (tx) => extendExpiry(tx, { clientCourseId: course.id, expiresOn: to, reason: "model test" }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    course.expiresOn = to;
    return `${said} → done`;
  }
}

export class Transfer extends Step<{ course: number }> {
  kind = "transfer";
  protected async step(m: LedgerModel, r: Real, before: string) {
    const course = pick(m.courses, this.p.course);
    const to = m.cat.clients.find((c) => c.id !== course.clientId)!;
    const said = `transfer what is left of ${m.courseName(course)} to ${to.name}`;
    this.said = said;
    const plan = m.transfer(course);
    const expected = "code" in plan ? plan : null;
    const got = await attempt(r, (tx) => transferCourse(tx, { clientCourseId: course.id, toClientId: to.id, reason: "model test" }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    const p = plan as Exclude<typeof plan, Refusal>;
    const lines = await r.db.clientCourseLine.findMany({ where: { clientCourseId: done.id }, orderBy: { sortOrder: "asc" }, select: { id: true, serviceId: true, quantity: true } });
    const want = p.lines.map((l) => ({ serviceId: l.from.serviceId, quantity: l.quantity }));
    if (JSON.stringify(lines.map((l) => ({ serviceId: l.serviceId, quantity: l.quantity }))) !== JSON.stringify(want)) {
      throw new Disagreement(`${said}: the new course has lines ${JSON.stringify(lines)}; the model expected ${JSON.stringify(want)}`);
    }
    m.applyTransfer(course, to.id, p, { courseId: done.id, lineIds: lines.map((l) => l.id) });
    return `${said} → course ${m.courses.length} (${p.lines.map((l) => l.quantity).join(" + ")} ${course.unit.toLowerCase()})`;
  }
}

/**
 * What the refund screen pre-fills: the value paid for and not used. Money is the app's business,
 * not the model's; this reads the records (not lib's functions) so a wrong figure shows as a refusal.
 */
async function unusedValue(db: PrismaClient, courseId: number): Promise<number> {
  const course = await db.clientCourse.findUniqueOrThrow({ where: { id: courseId }, include: { lines: { select: { id: true, valueMinor: true } } } });
  const lineIds = course.lines.map((l) => l.id);
  const used = await db.redemption.aggregate({ where: { clientCourseLineId: { in: lineIds }, reversedAt: null }, _sum: { valueMinor: true } });
  const removed = await db.clientCourseChange.aggregate({ where: { clientCourseId: courseId, kind: { in: ["TRANSFER_OUT", "ADJUST"] } }, _sum: { amountMinor: true } });
  const out = await db.clientCourseChange.aggregate({ where: { clientCourseId: courseId, kind: "TRANSFER_OUT" }, _sum: { amountMinor: true } });
  const lineValue = course.lines.reduce((a, l) => a + l.valueMinor, 0);
  const cap = Math.max(0, (course.transferredFromId ? lineValue : course.pricePaidMinor) - (out._sum.amountMinor ?? 0));
  return Math.min(cap, Math.max(0, lineValue - (used._sum.valueMinor ?? 0) - (removed._sum.amountMinor ?? 0)));
}

export class Refund extends Step<{ course: number; amount: "nothing" | "the unused value" | "a penny more, no reason"; cancel: number; leaveOne: boolean }> {
  kind = "refund";
  protected async step(m: LedgerModel, r: Real, before: string) {
    const course = pick(m.courses, this.p.course);
    const held = course.lines.flatMap((l) => m.holdingOn(l.id)).sort((x, y) => x.id - y.id);
    // Each held session is turned into a single or cancelled, as the mask says; leaveOne forgets the first.
    const decided = new Map(held.filter((_, i) => !(this.p.leaveOne && i === 0)).map((a, i) => [a.id, (this.p.cancel >> i) & 1 ? ("CANCEL" as const) : ("SINGLE" as const)]));
    const unused = course.status === "ACTIVE" ? await unusedValue(r.db, course.id) : 0;
    const amountMinor = this.p.amount === "nothing" ? 0 : this.p.amount === "the unused value" ? unused : unused + 1;
    const sessions = held.map((a) => `appt ${a.id} ${decided.get(a.id)?.toLowerCase() ?? "undecided"}`);
    const said = `refund ${m.courseName(course)}: ${this.p.amount} (${(amountMinor / 100).toFixed(2)})${sessions.length ? `; ${sessions.join(", ")}` : ""}`;
    this.said = said;
    const plan = m.refund(course, decided, this.p.amount === "a penny more, no reason");
    const expected = "code" in plan ? plan : null;
    const booked = [...decided].map(([appointmentId, action]) => ({ appointmentId, action }));
    const got = await attempt(r, (tx) => refundCourse(tx, { clientCourseId: course.id, amountMinor, paymentMethod: "CARD", reason: "model test", booked }, ctx(m, r)));
    const done = await agree(r, said, expected, got, before);
    if (!done) return `${said} → ${sayExpected(expected)}`;
    m.applyRefund(course, plan as Appt[], decided, done.saleId);
    return `${said} → refunded`;
  }
}

// -- time --

const HOURS = [1, 2, 3, 5, 8, 12, 24, 30, 48, 72, 24 * 7, 24 * 20, 24 * 45];
export class Advance extends Step<{ hours: number }> {
  kind = "time";
  protected async step(m: LedgerModel) {
    const hours = HOURS[this.p.hours];
    m.now += hours * 3_600_000;
    return `${hours >= 48 ? `${hours / 24} days` : `${hours} h`} pass → ${sayDay(m.today)} ${new Date(m.now).toLocaleTimeString("en-GB", { timeZone: TZ, hour: "2-digit", minute: "2-digit" })}`;
  }
}

/** The clock moves to 09:00 on the day after a course's expiry. */
export class PastExpiry extends Step<{ course: number }> {
  kind = "time";
  override check(m: Readonly<LedgerModel>) {
    return m.courses.some((c) => this.future(m, c));
  }
  private future(m: Readonly<LedgerModel>, c: Course) {
    const e = (m as LedgerModel).expiry(c);
    return e !== null && e >= m.today && e < addDays(m.today, 200);
  }
  protected async step(m: LedgerModel) {
    const course = pick(m.courses.filter((c) => this.future(m, c)), this.p.course);
    const expiry = m.expiry(course)!;
    const next = +at(addDays(expiry, 1), "09:00");
    m.now = Math.max(m.now, next);
    return `time passes to ${sayDay(m.today)} 09:00, the day after ${m.courseName(course)} expired (${sayDay(expiry)})`;
  }
}

/** The clock moves to just inside or just outside the late-cancellation window of a booked session. */
export class ToWindow extends Step<{ appt: number; inside: boolean }> {
  kind = "time";
  private edge(m: Readonly<LedgerModel>, a: Appt) {
    return a.startsAt - m.cat.lateCancelHours * 3_600_000 + (this.p.inside ? 30 : -30) * 60_000;
  }
  private candidates(m: Readonly<LedgerModel>) {
    return m.appts.filter((a) => OPEN(a) && a.lineId !== null && this.edge(m, a) > m.now);
  }
  override check(m: Readonly<LedgerModel>) {
    return this.candidates(m).length > 0;
  }
  protected async step(m: LedgerModel) {
    const a = pick(this.candidates(m), this.p.appt);
    m.now = this.edge(m, a);
    const clock = new Date(m.now).toLocaleTimeString("en-GB", { timeZone: TZ, hour: "2-digit", minute: "2-digit" });
    return `time passes to ${sayDay(m.today)} ${clock}, just ${this.p.inside ? "inside" : "outside"} the ${m.cat.lateCancelHours} h before ${m.apptName(a)}`;
  }
}

// ---- the arbitrary of all steps ----------------------------------------------------------------------

const w = (weight: number, arbitrary: fc.Arbitrary<Step<unknown>>) => ({ weight, arbitrary });

/** Every step, weighted so that courses get sold, booked and used, and corrected now and then. */
export const stepArb: fc.Arbitrary<Step<unknown>> = fc.oneof(
  w(2, fc.record({ client: fc.nat(1), template: fc.nat(4) }).map((p) => new Sell(p))),
  w(8, fc.record({ course: fc.nat(30), line: fc.nat(1), when: whenArb, staff: fc.nat(1), minutes: fc.constantFrom(30, 60, 90) }).map((p) => new BookCircle(p))),
  w(4, fc.record({ client: fc.nat(1), service: fc.nat(2), covered: fc.boolean(), when: whenArb, staff: fc.nat(1) }).map((p) => new BookSingle(p))),
  w(3, fc.record({ appt: fc.nat(60), line: fc.nat(10), anyLine: fc.boolean(), any: fc.boolean() }).map((p) => new Convert(p))),
  w(1, fc.record({ appt: fc.nat(60), any: fc.boolean() }).map((p) => new MakeSingle(p))),
  w(2, fc.record({ appt: fc.nat(60), days: fc.nat(MOVE_DAYS.length - 1), slot: fc.nat(23), staff: fc.nat(1), any: fc.boolean(), onto: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(60) }) }).map((p) => new Move(p))),
  w(4, fc.record({ appt: fc.nat(60), redeem: fc.boolean(), any: fc.boolean() }).map((p) => new CheckIn(p))),
  w(6, fc.record({ appt: fc.nat(60), tick: fc.nat(15), redeem: fc.nat(15), twice: fc.constantFrom("no" as const, "no" as const, "with the same key" as const, "without a key" as const), any: fc.nat(4).map((n) => n === 0) }).map((p) => new Checkout(p))),
  w(3, fc.record({ appt: fc.nat(60), salon: fc.boolean(), any: fc.nat(3).map((n) => n === 0), soon: fc.boolean() }).map((p) => new Cancel(p))),
  w(3, fc.record({ appt: fc.nat(60), any: fc.nat(3).map((n) => n === 0), early: fc.nat(3).map((n) => n === 0) }).map((p) => new NoShow(p))),
  w(3, fc.record({ redemption: fc.nat(30), forfeitsOnly: fc.nat(3).map((n) => n > 0) }).map((p) => new Waive(p))),
  w(2, fc.record({ sale: fc.nat(30), checkoutsOnly: fc.boolean(), twice: fc.boolean() }).map((p) => new Void(p))),
  w(1, fc.record({ course: fc.nat(30), line: fc.nat(1), by: fc.integer({ min: -2, max: 2 }) }).map((p) => new Adjust(p))),
  w(1, fc.record({ course: fc.nat(30), months: fc.integer({ min: 1, max: 3 }), mode: fc.constantFrom("later" as const, "later" as const, "same" as const, "yesterday" as const) }).map((p) => new Extend(p))),
  w(1, fc.record({ course: fc.nat(30) }).map((p) => new Transfer(p))),
  w(
    1,
    fc
      .record({ course: fc.nat(30), amount: fc.constantFrom("nothing" as const, "the unused value" as const, "a penny more, no reason" as const), cancel: fc.nat(15), leaveOne: fc.boolean() })
      .map((p) => new Refund(p)),
  ),
  w(5, fc.record({ hours: fc.nat(HOURS.length - 1) }).map((p) => new Advance(p))),
  w(1, fc.record({ course: fc.nat(30) }).map((p) => new PastExpiry(p))),
  w(1, fc.record({ appt: fc.nat(60), inside: fc.boolean() }).map((p) => new ToWindow(p))),
);


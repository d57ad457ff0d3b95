/**
 * The desk's operations, done the way the server actions do them (lib/ functions inside
 * inTransaction, the same reads before), on the load plan's staff, clients and days. Each picks its
 * target from the database like a receptionist picks it from the calendar, so workers collide on
 * the same slots, circles and visits. The clock is simulated: "now" is set around each appointment.
 */
import { randomUUID } from "node:crypto";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { checkIn } from "@/lib/appointments/check-in";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { sellCourse } from "@/lib/courses/sell-course";
import { db, inTransaction } from "@/lib/db";
import { salonDayRange, salonDateOf, salonInstant } from "@/lib/time";
import type { LoadPlan } from "./plan";

export type OpKind = "book" | "convert" | "checkIn" | "checkout" | "cancel" | "sell";
/** What a committed operation leaves behind, for the fault test to look for after a crash. */
export type Committed =
  | { t: "intent"; key: string; appointmentIds: number[] }
  | { t: "checkout"; key: string; saleId: number; appointmentIds: number[]; alreadyPaid: boolean }
  | { t: "forfeit"; appointmentId: number }
  | { t: "sell"; saleId: number; clientCourseId: number }
  | { t: "book"; appointmentId: number; lineId: number | null };

export type OpEnv = { plan: LoadPlan; rng: () => number; log: (entry: Committed) => void };
/** "skipped": nothing to do yet (no appointment to check in); not counted as an operation. */
export type OpOutcome = "ok" | "skipped";

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const minutes = (n: number) => n * 60_000;

type Target = { id: number; clientId: number; staffId: number; startsAt: Date; endsAt: Date; clientCourseLineId: number | null };

/** This run's appointments: made after the plan, in the load test's staff columns (ids are numbers). */
const ofThisRun = (plan: LoadPlan) => `a.id > ${Number(plan.afterAppointmentId)} AND a.staffId IN (${plan.staffIds.map(Number).join(",")})`;

/** A random appointment of this run in one of `statuses`. */
async function pickAppointment(env: OpEnv, statuses: ("BOOKED" | "CHECKED_IN")[]): Promise<Target | null> {
  const list = statuses.map((s) => `'${s}'`).join(",");
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT a.id FROM "Appointment" a WHERE ${ofThisRun(env.plan)} AND a.status IN (${list}) ORDER BY RANDOM() LIMIT 1`,
  );
  if (rows.length === 0) return null;
  return db.appointment.findUnique({
    where: { id: Number(rows[0].id) },
    select: { id: true, clientId: true, staffId: true, startsAt: true, endsAt: true, clientCourseLineId: true },
  });
}

async function book(env: OpEnv): Promise<OpOutcome> {
  const { plan, rng } = env;
  const clientId = pick(rng, plan.clientIds);
  const day = pick(rng, plan.days);
  const fromCourse = rng() < 0.5;
  const lines = fromCourse
    ? await db.clientCourseLine.findMany({ where: { clientCourse: { clientId, status: "ACTIVE" } }, select: { id: true, clientCourse: { select: { unit: true } } } })
    : [];
  const line = lines.length > 0 ? pick(rng, lines) : null;
  const duration = line?.clientCourse.unit === "MINUTES" ? pick(rng, [30, 45, 60]) : 60; // the slot grid below fits 60
  const slots = Math.floor((day.closesAtMin - day.opensAtMin - duration) / 15) + 1;
  const startMin = day.opensAtMin + 15 * Math.floor(rng() * slots);
  const appointment = await inTransaction((tx) =>
    bookAppointment(
      tx,
      {
        clientId,
        staffId: pick(rng, plan.staffIds),
        startsAt: salonInstant(day.date, startMin, plan.timezone),
        ...(line ? { clientCourseLineId: line.id, durationMinutes: line.clientCourse.unit === "MINUTES" ? duration : undefined } : { serviceId: pick(rng, plan.serviceIds) }),
      },
      { staffId: plan.deskStaffId, now: salonInstant(day.date, day.opensAtMin, plan.timezone) },
    ),
  );
  env.log({ t: "book", appointmentId: appointment.id, lineId: appointment.clientCourseLineId });
  return "ok";
}

async function convert(env: OpEnv): Promise<OpOutcome> {
  // A single appointment whose client holds an active course for that service: the drawer's green circle.
  const rows = await db.$queryRawUnsafe<{ id: number; lineId: number }[]>(`
    SELECT a.id, l.id AS lineId FROM "Appointment" a
    JOIN "ClientCourse" cc ON cc.clientId = a.clientId AND cc.status = 'ACTIVE'
    JOIN "ClientCourseLine" l ON l.clientCourseId = cc.id AND l.serviceId = a.serviceId
    WHERE ${ofThisRun(env.plan)} AND a.status IN ('BOOKED', 'CHECKED_IN') AND a.clientCourseLineId IS NULL
    ORDER BY RANDOM() LIMIT 1`);
  if (rows.length === 0) return "skipped";
  const target = await db.appointment.findUniqueOrThrow({ where: { id: Number(rows[0].id) }, select: { startsAt: true } });
  await inTransaction((tx) =>
    changeAppointment(tx, { appointmentId: Number(rows[0].id), clientCourseLineId: Number(rows[0].lineId) }, { staffId: env.plan.deskStaffId, now: new Date(+target.startsAt - minutes(60)) }),
  );
  return "ok";
}

async function checkInOne(env: OpEnv): Promise<OpOutcome> {
  const target = await pickAppointment(env, ["BOOKED"]);
  if (!target) return "skipped";
  const ctx = { staffId: env.plan.deskStaffId, now: new Date(+target.startsAt - minutes(5)) };
  // The check-in prompt, as the drawer asks it: redeem from the offered course half the time.
  const asked = await inTransaction((tx) => checkIn(tx, { appointmentId: target.id }, ctx));
  if (asked.status === "PROMPT") {
    const answer = env.rng() < 0.5 ? { redeemFromLineId: asked.offer.lineId } : { asSingle: true as const };
    await inTransaction((tx) => checkIn(tx, { appointmentId: target.id, answer }, ctx));
  }
  return "ok";
}

async function checkout(env: OpEnv): Promise<OpOutcome> {
  const target = await pickAppointment(env, ["BOOKED", "CHECKED_IN"]);
  if (!target) return "skipped";
  const { start, end } = salonDayRange(salonDateOf(target.startsAt, env.plan.timezone), env.plan.timezone);
  // The visit: every open appointment of the client that day.
  const visit = await db.appointment.findMany({
    where: {
      clientId: target.clientId,
      staffId: { in: env.plan.staffIds },
      status: { in: ["BOOKED", "CHECKED_IN"] },
      startsAt: { gte: start, lt: end },
      id: { gt: env.plan.afterAppointmentId },
    },
    select: { id: true, endsAt: true },
  });
  if (visit.length === 0) return "skipped";
  const appointmentIds = visit.map((a) => a.id);
  const key = randomUUID();
  const ctx = { staffId: env.plan.deskStaffId, now: new Date(Math.max(...visit.map((a) => +a.endsAt)) + minutes(5)) };
  env.log({ t: "intent", key, appointmentIds });
  const paid = await inTransaction((tx) => checkoutVisit(tx, { appointmentIds, paymentMethod: "CARD", idempotencyKey: key }, ctx));
  env.log({ t: "checkout", key, saleId: paid.saleId, appointmentIds, alreadyPaid: paid.alreadyPaid });
  if (env.rng() < 0.15) {
    // The double click: the same key again must find the same sale.
    const again = await inTransaction((tx) => checkoutVisit(tx, { appointmentIds, paymentMethod: "CARD", idempotencyKey: key }, ctx));
    if (!again.alreadyPaid || again.saleId !== paid.saleId) throw new Error(`checkout ${key} paid twice: sales ${paid.saleId} and ${again.saleId}`);
  }
  return "ok";
}

async function cancel(env: OpEnv): Promise<OpOutcome> {
  const target = await pickAppointment(env, ["BOOKED"]);
  if (!target) return "skipped";
  const r = env.rng();
  // In good time, late (inside the window: forfeit per policy), or a no-show after the start.
  const kind = r < 0.7 ? "CANCEL" : "NO_SHOW";
  const now = new Date(+target.startsAt + (r < 0.5 ? -minutes(48 * 60) : r < 0.7 ? -minutes(120) : minutes(10)));
  const done = await inTransaction((tx) => cancelAppointment(tx, { appointmentId: target.id, kind }, { staffId: env.plan.deskStaffId, now }));
  if (done.outcome?.forfeit && target.clientCourseLineId) env.log({ t: "forfeit", appointmentId: target.id });
  return "ok";
}

async function sell(env: OpEnv): Promise<OpOutcome> {
  const { plan, rng } = env;
  const now = salonInstant(pick(rng, plan.days).date, 10 * 60, plan.timezone);
  const sold = await inTransaction((tx) =>
    sellCourse(tx, { clientId: pick(rng, plan.clientIds), templateId: pick(rng, plan.templateIds), paymentMethod: "CARD", idempotencyKey: randomUUID() }, { staffId: plan.deskStaffId, now }),
  );
  env.log({ t: "sell", saleId: sold.saleId, clientCourseId: sold.clientCourseId });
  return "ok";
}

export const OPS: Record<OpKind, (env: OpEnv) => Promise<OpOutcome>> = { book, convert, checkIn: checkInOne, checkout, cancel, sell };

/** How often each is tried: mostly booking, then the visit's life, a few sales to refill courses. */
export const WEIGHTS: Record<OpKind, number> = { book: 40, convert: 10, checkIn: 15, checkout: 20, cancel: 8, sell: 7 };

export function chooseOp(rng: () => number): OpKind {
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  let x = rng() * total;
  for (const [kind, weight] of Object.entries(WEIGHTS) as [OpKind, number][]) {
    if ((x -= weight) < 0) return kind;
  }
  return "book";
}

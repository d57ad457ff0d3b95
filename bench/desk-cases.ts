/**
 * The desk's writes, each as its server action runs it (app/(app)/calendar/actions.ts, without the
 * session check and revalidation): book from a green circle, book a single, convert the single to the
 * course, check it in, check the visit out, cancel the circle booking. Real commits on the run copy.
 * One iteration uses one unit of a course line (the checkout redeems it; the cancel gives the other
 * back); a line running low is topped up by a manager adjustment, untimed.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { checkIn } from "@/lib/appointments/check-in";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { adjustRemaining } from "@/lib/courses/manage-course";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { getOpeningHours, getSettings } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonDateOf, salonInstant, weekdayOf } from "@/lib/time";
import { cpuNow, summarise, type Summary } from "./stats";

const MINUTE = 60_000;
const LENGTH = 15; // minutes: the shortest slot, so the busy calendar still has room

type Line = { lineId: number; serviceId: number; clientId: number; clientCourseId: number; free: number };
type Slot = { staffId: number; startsAt: Date; minute: number };

export const DESK_STEPS = ["bookCircle", "bookSingle", "convert", "checkIn", "checkout", "cancel"] as const;
export const DESK_LABELS: Record<(typeof DESK_STEPS)[number], string> = {
  bookCircle: "desk: book from a green circle",
  bookSingle: "desk: book a single service",
  convert: "desk: convert single to course",
  checkIn: "desk: check in (with prompt check)",
  checkout: "desk: check out the visit",
  cancel: "desk: cancel (circle comes back)",
};

/** Sessions lines with at least two free units, valid for the next 40 days. */
async function bookableLines(db: PrismaClient, lastDate: string): Promise<Line[]> {
  const rows = await db.$queryRaw<{ lineId: number; serviceId: number; clientId: number; clientCourseId: number; free: number | bigint }[]>`
    SELECT l.id AS lineId, l.serviceId, c.clientId, c.id AS clientCourseId,
      l.quantity
      + COALESCE((SELECT SUM(quantityDelta) FROM ClientCourseChange ch WHERE ch.clientCourseLineId = l.id AND ch.kind IN ('ADJUST', 'TRANSFER_OUT')), 0)
      - COALESCE((SELECT SUM(units) FROM Redemption r WHERE r.clientCourseLineId = l.id), 0)
      - (SELECT COUNT(*) FROM Appointment a WHERE a.clientCourseLineId = l.id AND a.status IN ('BOOKED', 'CHECKED_IN')) AS free
    FROM ClientCourseLine l JOIN ClientCourse c ON c.id = l.clientCourseId JOIN Service s ON s.id = l.serviceId
    WHERE c.status = 'ACTIVE' AND c.unit = 'SESSIONS' AND s.active = 1
      AND ((c.expiresOn IS NULL AND c.validityMonths IS NULL) OR c.expiresOn >= ${lastDate})
    GROUP BY l.id HAVING free >= 2 ORDER BY l.id LIMIT 500`;
  return rows.map((r) => ({ ...r, free: Number(r.free) }));
}

/** Free quarter-hours of the bookable staff, day by day from tomorrow, as the calendar would offer them. */
async function* freeSlots(db: PrismaClient, timezone: string, today: string): AsyncGenerator<Slot> {
  const hours = await getOpeningHours(db);
  const staff = await db.staff.findMany({ where: { active: true, takesAppointments: true }, select: { id: true }, orderBy: { id: "asc" } });
  for (let offset = 1; offset <= 40; offset++) {
    const date = addDaysToDate(today, offset);
    const open = hours[weekdayOf(date)];
    if (!open) continue;
    const start = salonInstant(date, 0, timezone);
    const taken = await db.appointment.findMany({
      where: { startsAt: { gte: start, lt: salonInstant(addDaysToDate(date, 1), 0, timezone) }, status: { in: ["BOOKED", "CHECKED_IN", "COMPLETED"] } },
      select: { staffId: true, startsAt: true, endsAt: true },
    });
    for (const s of staff) {
      const mine = taken.filter((a) => a.staffId === s.id);
      for (let m = open.opensAtMin; m + LENGTH <= open.closesAtMin; m += LENGTH) {
        const at = salonInstant(date, m, timezone);
        const end = +at + LENGTH * MINUTE;
        if (!mine.some((a) => +a.startsAt < end && +a.endsAt > +at)) yield { staffId: s.id, startsAt: at, minute: m };
      }
    }
  }
}

export async function measureDesk(db: PrismaClient, runs: number, warmup: number): Promise<Record<string, Summary>> {
  const { timezone } = await getSettings(db);
  const now = new Date();
  const today = salonDateOf(now, timezone);
  const lines = await bookableLines(db, addDaysToDate(today, 41));
  if (lines.length === 0) throw new Error("no course line with two free sessions to book from");
  const manager = await db.staff.findFirstOrThrow({ where: { role: "MANAGER" }, select: { id: true } });
  const desk = manager.id;
  const slots = freeSlots(db, timezone, today);
  const next = async () => {
    const { value, done } = await slots.next();
    if (done) throw new Error("ran out of free slots in the next 40 days");
    return value;
  };

  const samples = new Map<string, number[]>(DESK_STEPS.map((s) => [s, []]));
  const cpu = new Map<string, number[]>(DESK_STEPS.map((s) => [s, []]));
  const timed = async <T>(step: (typeof DESK_STEPS)[number], round: number, fn: () => Promise<T>): Promise<T> => {
    const cpuStart = cpuNow();
    const start = performance.now();
    const result = await fn();
    if (round >= warmup) {
      samples.get(step)!.push(performance.now() - start);
      cpu.get(step)!.push(cpuNow() - cpuStart);
    }
    return result;
  };

  for (let round = 0; round < warmup + runs; round++) {
    const line = lines[round % lines.length];
    if (line.free < 2) {
      const course = (await loadClientCourse(db, line.clientCourseId, timezone))!;
      const view = course.lines.find((l) => l.id === line.lineId)!;
      await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: line.lineId, remaining: view.balance.total - view.balance.redeemed + 5, reason: "bench top-up" }, opContext(desk)), db);
      line.free += 5;
    }
    const [circleSlot, singleSlot] = [await next(), await next()];
    const book = (slot: Slot, course: boolean) => async () => {
      const settings = await getSettings(db); // the action reads the timezone first
      return inTransaction(
        (tx) =>
          bookAppointment(
            tx,
            {
              clientId: line.clientId,
              staffId: slot.staffId,
              startsAt: salonInstant(salonDateOf(slot.startsAt, settings.timezone), slot.minute, settings.timezone),
              ...(course ? { clientCourseLineId: line.lineId } : { serviceId: line.serviceId }),
              durationMinutes: LENGTH,
            },
            opContext(desk),
          ),
        db,
      );
    };
    const held = await timed("bookCircle", round, book(circleSlot, true));
    const single = await timed("bookSingle", round, book(singleSlot, false));
    await timed("convert", round, async () => {
      await getSettings(db);
      return inTransaction((tx) => changeAppointment(tx, { appointmentId: single.id, clientCourseLineId: line.lineId }, opContext(desk)), db);
    });
    const visitDay = new Date(+single.startsAt - 5 * MINUTE);
    // checkIn asks its own questions (early, the redeem prompt) inside the same transaction.
    await timed("checkIn", round, () => inTransaction((tx) => checkIn(tx, { appointmentId: single.id }, opContext(desk, visitDay)), db));
    await timed("checkout", round, () =>
      inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [single.id], paymentMethod: "CARD" }, opContext(desk, new Date(+single.endsAt + 5 * MINUTE))), db),
    );
    await timed("cancel", round, () => inTransaction((tx) => cancelAppointment(tx, { appointmentId: held.id, kind: "CANCEL" }, opContext(desk)), db));
    line.free -= 1;
  }
  return Object.fromEntries([...samples].map(([id, xs]) => [id, summarise(xs, cpu.get(id))]));
}

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
import { loadRotas, type Rotas } from "@/lib/rota/load-rota";
import { getSettings } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonDateOf, salonInstant } from "@/lib/time";
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

/**
 * Free quarter-hours for a service, day by day from tomorrow, as the calendar offers them: staff who do
 * it, inside their working spans, not booked, and (for a service needing a room) a room of its kind
 * free. The checks are untimed; what is timed is the desk's operation on a slot it would really pick.
 */
function slotFinder(db: PrismaClient, timezone: string, today: string) {
  const used = new Set<string>();
  const days = new Map<string, Promise<{ staff: { staffId: number; startsAt: Date; endsAt: Date; resourceId: number | null }[]; rotas: Rotas }>>();
  const dayOf = (date: string, staffIds: number[]) => {
    if (!days.has(date)) {
      days.set(
        date,
        (async () => ({
          staff: await db.appointment.findMany({
            where: { startsAt: { gte: salonInstant(date, 0, timezone), lt: salonInstant(addDaysToDate(date, 1), 0, timezone) }, status: { in: ["BOOKED", "CHECKED_IN", "COMPLETED"] } },
            select: { staffId: true, startsAt: true, endsAt: true, resourceId: true },
          }),
          rotas: await loadRotas(db, staffIds, date, date),
        }))(),
      );
    }
    return days.get(date)!;
  };
  return async (serviceId: number): Promise<Slot> => {
    const service = await db.service.findUniqueOrThrow({ where: { id: serviceId }, select: { resourceKind: true, staff: { select: { staffId: true } } } });
    const staffIds = service.staff.map((s) => s.staffId);
    const rooms = service.resourceKind ? (await db.resource.findMany({ where: { kind: service.resourceKind, active: true }, select: { id: true } })).map((r) => r.id) : [];
    const allStaff = (await db.staff.findMany({ where: { active: true, takesAppointments: true }, select: { id: true } })).map((s) => s.id);
    for (let offset = 1; offset <= 40; offset++) {
      const date = addDaysToDate(today, offset);
      const day = await dayOf(date, allStaff);
      for (const staffId of staffIds) {
        for (const span of day.rotas.spans(staffId, date)) {
          for (let m = span.start; m + LENGTH <= span.end; m += LENGTH) {
            const key = `${staffId} ${date} ${m}`;
            if (used.has(key)) continue;
            const at = salonInstant(date, m, timezone);
            const end = +at + LENGTH * MINUTE;
            const overlapping = day.staff.filter((a) => +a.startsAt < end && +a.endsAt > +at);
            if (overlapping.some((a) => a.staffId === staffId)) continue;
            if (rooms.length > 0 && rooms.every((r) => overlapping.some((a) => a.resourceId === r))) continue;
            used.add(key);
            // What this run books there holds the slot (and a room) for the next searches.
            day.staff.push({ staffId, startsAt: at, endsAt: new Date(end), resourceId: rooms.find((r) => !overlapping.some((a) => a.resourceId === r)) ?? null });
            return { staffId, startsAt: at, minute: m };
          }
        }
      }
    }
    throw new Error(`ran out of free slots for service ${serviceId} in the next 40 days`);
  };
}

export async function measureDesk(db: PrismaClient, runs: number, warmup: number): Promise<Record<string, Summary>> {
  const { timezone } = await getSettings(db);
  const now = new Date();
  const today = salonDateOf(now, timezone);
  const lines = await bookableLines(db, addDaysToDate(today, 41));
  if (lines.length === 0) throw new Error("no course line with two free sessions to book from");
  const manager = await db.staff.findFirstOrThrow({ where: { role: "MANAGER" }, select: { id: true } });
  const desk = manager.id;
  const next = slotFinder(db, timezone, today);

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
    const [circleSlot, singleSlot] = [await next(line.serviceId), await next(line.serviceId)];
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

/**
 * What the drawer, the client search and the reports ask of the database, called exactly as their
 * server actions and pages call them (lib/), timed in this process on the run copy. The floor is the
 * cheapest read the app makes: the settings row by its key, through the same Prisma client.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { loadAppointmentDetail } from "@/lib/appointments/appointment-detail";
import { loadCalendarDay } from "@/lib/calendar/load-day";
import { loadVisit } from "@/lib/checkout/load-visit";
import { searchClients } from "@/lib/clients/search-clients";
import { loadDrawerCourses } from "@/lib/courses/views/drawer-courses";
import { loadDailyRedemptions } from "@/lib/reports/daily-redemptions";
import { loadDailySales } from "@/lib/reports/daily-sales";
import { loadExpiringCourses } from "@/lib/reports/expiring-courses";
import { loadLiability } from "@/lib/reports/liability";
import { presetPeriod } from "@/lib/reports/period";
import { getSettings } from "@/lib/settings/salon-settings";
import { loadCourseBalanceAsOf } from "@/lib/courses/as-of-balance";
import { inTransaction } from "@/lib/db";
import { asAtInstant } from "@/lib/reports/as-of-input";
import { loadLiabilityAsAt } from "@/lib/reports/as-of-liability";
import { closeLiabilityPeriod } from "@/lib/reports/closings";
import { monthsBetween } from "@/lib/reports/reconcile";
import { addMonthsToDate, salonDateOf } from "@/lib/time";
import { loadTakings } from "@/lib/cash-up/takings";
import { journalCase } from "./journal-case";
import { measure, summarise, type Summary } from "./stats";

export type ReadFacts = {
  busiestDay: string;
  drawerClientId: number;
  drawerClientCourses: number;
  drawerAppointmentId: number;
  phoneTyped: string;
  month: string;
  /** The client course with the most booking-log entries (the busiest history to replay "as at"). */
  asOfCourseId: number;
  asOfCourseRecords: number;
};

export async function readFacts(db: PrismaClient): Promise<ReadFacts> {
  const [top] = await db.$queryRaw<{ clientId: number; n: number | bigint }[]>`
    SELECT clientId, COUNT(*) AS n FROM ClientCourse WHERE status = 'ACTIVE' GROUP BY clientId ORDER BY n DESC, clientId LIMIT 1`;
  const appointment = await db.appointment.findFirst({
    where: { clientId: top.clientId, clientCourseLineId: { not: null }, status: "BOOKED" },
    orderBy: { startsAt: "asc" },
    select: { id: true },
  });
  const count = await db.client.count();
  const someone = await db.client.findFirstOrThrow({ where: { id: { gte: Math.ceil(count / 2) }, phone: { not: null } }, select: { phone: true } });
  // Typed at the desk as a national number: "07700 9001" finds "+447700900123".
  const national = `0${someone.phone!.slice(3)}`;
  const { timezone } = await getSettings(db);
  const month = presetPeriod("last-month", salonDateOf(new Date(), timezone));
  const [busiest] = await db.$queryRaw<{ day: string }[]>`
    SELECT substr(startsAt, 1, 10) AS day FROM Appointment GROUP BY 1 ORDER BY COUNT(*) DESC, day LIMIT 1`;
  const [busy] = await db.$queryRaw<{ id: number; n: number | bigint }[]>`
    SELECT l.clientCourseId AS id, COUNT(*) AS n FROM CourseBookingLog b JOIN ClientCourseLine l ON l.id = b.clientCourseLineId
    GROUP BY l.clientCourseId ORDER BY n DESC, id LIMIT 1`;
  return {
    asOfCourseId: busy?.id ?? 1,
    asOfCourseRecords: Number(busy?.n ?? 0),
    busiestDay: busiest.day,
    drawerClientId: top.clientId,
    drawerClientCourses: Number(top.n),
    drawerAppointmentId: appointment?.id ?? 1,
    phoneTyped: `${national.slice(0, 5)} ${national.slice(5, 8)}`,
    month: month.from.slice(0, 7),
  };
}

/** `prepare` runs once before any case is timed (data a salon would have, such as its month-end closings). */
export type ReadCase = { id: string; label: string; run: () => Promise<unknown>; prepare?: () => Promise<void> };

export function readCases(db: PrismaClient, facts: ReadFacts, timezone: string): ReadCase[] {
  const now = new Date();
  const today = salonDateOf(now, timezone);
  const month = presetPeriod("last-month", today);
  const yearAgo = presetPeriod("last-month", addMonthsToDate(today, -11));
  const thirtyDaysAgo = new Date(+now - 30 * 86_400_000);
  return [
    { id: "floor", label: "floor: settings row by key", run: () => getSettings(db) },
    { id: "calendarDay", label: "calendar: the day's data (lib, busiest day)", run: () => loadCalendarDay(db, facts.busiestDay) },
    { id: "drawerCourses", label: `drawer: client's courses (${facts.drawerClientCourses} courses)`, run: () => loadDrawerCourses(db, facts.drawerClientId, today) },
    { id: "drawerDetail", label: "drawer: appointment detail", run: () => loadAppointmentDetail(db, facts.drawerAppointmentId) },
    // The checkout screen reads the client's courses too (what the visit holds, and what could pay for a single).
    { id: "checkoutVisit", label: `checkout: the visit's lines (${facts.drawerClientCourses} courses)`, run: () => loadVisit(db, facts.drawerClientId, today, now) },
    { id: "searchName", label: 'search: name "smi"', run: () => searchClients(db, "smi") },
    { id: "searchTwoWords", label: 'search: "ruby kh"', run: () => searchClients(db, "ruby kh") },
    { id: "searchPhone", label: `search: phone "${facts.phoneTyped}"`, run: () => searchClients(db, facts.phoneTyped) },
    { id: "reportSales", label: "report: monthly sales", run: () => loadDailySales(db, month) },
    { id: "reportRedemptions", label: "report: monthly redemptions", run: () => loadDailyRedemptions(db, month) },
    // A salon closes each month (Reports → Course liability → Close period): the month-end closings are
    // taken once before timing (monthEndClosings), so the reports go on from the last one.
    { id: "reportLiability", label: "report: monthly course liability (last month)", run: () => loadLiability(db, month, today, timezone), prepare: () => monthEndClosings(db, timezone) },
    { id: "reportLiabilityOld", label: "report: course liability, a month a year ago", run: () => loadLiability(db, yearAgo, today, timezone) },
    { id: "reportExpiring", label: "report: courses expiring soon", run: () => loadExpiringCourses(db, today, timezone, now) },
    { id: "asOfLiability", label: "as at: the liability at last month's close", run: () => loadLiabilityAsAt(db, asAtInstant(month.to, "23:59", timezone), timezone) },
    { id: "reportTakings", label: "report: monthly takings and cash-up", run: () => loadTakings(db, month) },
    journalCase(db, timezone, now),
    { id: "asOfCourse", label: `as at: a client course's balance 30 days ago (${facts.asOfCourseRecords} records)`, run: () => loadCourseBalanceAsOf(db, facts.asOfCourseId, thirtyDaysAgo, timezone) },
  ];
}

/**
 * The month-end closings a salon would have taken: every month's end from the first sale through
 * the end of the month before last (so last month's report starts from a closing), each from the one before.
 */
export async function monthEndClosings(db: PrismaClient, timezone: string): Promise<void> {
  const today = salonDateOf(new Date(), timezone);
  const first = await db.clientCourse.findFirst({ orderBy: { purchasedOn: "asc" }, select: { purchasedOn: true } });
  const manager = await db.staff.findFirst({ where: { role: "MANAGER" }, select: { id: true } });
  if (!first) return;
  const lastMonth = presetPeriod("last-month", today);
  for (const m of monthsBetween(first.purchasedOn, lastMonth.from)) {
    if (m.to >= lastMonth.from || (await db.liabilityClosing.findUnique({ where: { closedThrough: m.to } }))) continue;
    await inTransaction((tx) => closeLiabilityPeriod(tx, { closedThrough: m.to }, { staffId: manager?.id ?? null, now: new Date(), timezone }), db);
  }
}

/** A case this slow (seconds in all) stops after MIN_SLOW_RUNS samples: it is far off target anyway. */
const SLOW_CASE_BUDGET_MS = 15_000;
const MIN_SLOW_RUNS = 10;

/** Interleaved rounds: each case once per round, so load from elsewhere hits them alike. */
export async function measureReads(cases: ReadCase[], runs: number, warmup: number): Promise<Record<string, Summary>> {
  const samples = new Map<string, number[]>(cases.map((c) => [c.id, []]));
  const cpu = new Map<string, number[]>(cases.map((c) => [c.id, []]));
  const spent = new Map<string, number>();
  for (const c of cases) await c.prepare?.();
  for (let round = 0; round < warmup + runs; round++) {
    for (const c of cases) {
      const done = samples.get(c.id)!;
      if (done.length >= MIN_SLOW_RUNS && (spent.get(c.id) ?? 0) > SLOW_CASE_BUDGET_MS) continue;
      const s = await measure(1, 0, c.run);
      spent.set(c.id, (spent.get(c.id) ?? 0) + s.median);
      if (round >= warmup) {
        samples.get(c.id)!.push(s.median);
        cpu.get(c.id)!.push(s.cpuMedian ?? 0);
      }
    }
  }
  return Object.fromEntries([...samples].map(([id, xs]) => [id, summarise(xs, cpu.get(id))]));
}

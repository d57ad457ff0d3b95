/**
 * Online booking's free times (issue 13): what /book computes when a client picks "Anyone" for a busy
 * service needing a room, called as the page calls it (lib/online-booking/availability.ts), on the
 * run copy. Target: one day under 100 ms p95 on the big group. The week strip the same page draws
 * is measured beside it.
 *
 *   npx tsx bench/online-cases.ts          # the big group alone (bench/.data/big.db), 60 runs
 *   npx tsx bench/online-cases.ts --demo   # the demo salon
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { createDb } from "@/lib/db";
import { loadDaySummaries, loadFreeTimes } from "@/lib/online-booking/availability";
import { getSettings } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonDateOf } from "@/lib/time";
import { prepareDataset, removeRunCopy } from "./datasets";
import { measureReads, type ReadCase } from "./read-cases";

export type OnlineFacts = {
  serviceId: number;
  serviceName: string;
  resourceKind: string | null;
  /** Staff who do it (the "Anyone" list). */
  staff: number;
  /** The busiest bookable day ahead and its live appointments (all staff). */
  date: string;
  dayAppointments: number;
};

/**
 * The service: bookable online, needing a room when any does, the most booked; the day: the busiest
 * within the booking horizon from tomorrow (on the bench salons every stylist-day ahead is filled,
 * so it reads a full day's appointments).
 */
export async function onlineFacts(db: PrismaClient, timezone: string): Promise<OnlineFacts> {
  const [service] = await db.$queryRaw<{ id: number; name: string; resourceKind: string | null; staff: number | bigint }[]>`
    SELECT s.id, s.name, s.resourceKind,
      (SELECT COUNT(*) FROM StaffService ss JOIN Staff st ON st.id = ss.staffId
        WHERE ss.serviceId = s.id AND st.active = 1 AND st.takesAppointments = 1) AS staff,
      (SELECT COUNT(*) FROM Appointment a WHERE a.serviceId = s.id) AS booked
    FROM Service s WHERE s.active = 1 AND s.bookableOnline = 1
    ORDER BY (s.resourceKind IS NOT NULL) DESC, (staff > 0) DESC, booked DESC, s.id LIMIT 1`;
  const { bookingHorizonDays } = await getSettings(db);
  const today = salonDateOf(new Date(), timezone);
  const from = addDaysToDate(today, 1);
  const to = addDaysToDate(today, bookingHorizonDays);
  const [busiest] = await db.$queryRaw<{ day: string; n: number | bigint }[]>`
    SELECT substr(startsAt, 1, 10) AS day, COUNT(*) AS n FROM Appointment
    WHERE startsAt >= ${from} AND startsAt < ${to} AND status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')
    GROUP BY 1 ORDER BY n DESC, day LIMIT 1`;
  return {
    serviceId: service.id,
    serviceName: service.name,
    resourceKind: service.resourceKind,
    staff: Number(service.staff),
    date: busiest?.day ?? from,
    dayAppointments: Number(busiest?.n ?? 0),
  };
}

export const ONLINE_CASE_IDS = ["onlineFreeTimes", "onlineWeekStrip"] as const;

export function onlineCases(db: PrismaClient, facts: OnlineFacts): ReadCase[] {
  const room = facts.resourceKind ? `, needs a ${facts.resourceKind.toLowerCase()}` : ", no room";
  const what = `"${facts.serviceName}" (${facts.staff} staff${room}; ${facts.dayAppointments} appts that day)`;
  const choice = { serviceId: facts.serviceId, staffId: null };
  return [
    { id: "onlineFreeTimes", label: `online: free times, Anyone, one day — ${what}`, run: () => loadFreeTimes(db, { ...choice, date: facts.date }, new Date()) },
    { id: "onlineWeekStrip", label: "online: the week's day strip, Anyone (7 days)", run: () => loadDaySummaries(db, { ...choice, from: facts.date, days: 7 }, new Date()) },
  ];
}

/** Standalone: one data set, these cases and the floor, printed. */
async function main(): Promise<void> {
  const dataset = await prepareDataset(process.argv.includes("--demo") ? "demo" : "big");
  const db = createDb(`file:${dataset.file}`);
  try {
    const { timezone } = await getSettings(db);
    const facts = await onlineFacts(db, timezone);
    console.log(`${dataset.name}: ${JSON.stringify(facts)}`);
    const cases: ReadCase[] = [{ id: "floor", label: "floor: settings row by key", run: () => getSettings(db) }, ...onlineCases(db, facts)];
    const results = await measureReads(cases, Number(process.env.BENCH_RUNS ?? 60), Number(process.env.BENCH_WARMUP ?? 10));
    for (const c of cases) {
      const r = results[c.id];
      console.log(`${c.label.padEnd(100)} median ${r.median.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  cpu ${r.cpuMean?.toFixed(1)} ms`);
    }
  } finally {
    await db.$disconnect();
    removeRunCopy(dataset);
  }
}

if (/[\\/]bench[\\/]online-cases\.ts$/.test(process.argv[1] ?? "")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

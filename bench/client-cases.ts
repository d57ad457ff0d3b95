/**
 * The client-side features of issue 14, called as the app calls them, on the run copy:
 * - the reminder scan every sender tick runs (lib/messages/reminders.ts queueDueReminders, every 5 s),
 *   with its window over the busiest day ahead, timed in its steady state: the reminders of that day
 *   were written by a first scan (prepare), so nothing new is due. Target: under 50 ms p95 on the big group.
 * - what /book/me loads for a signed-in client (lib/client-portal/load-portal.ts, as app/book/me/page.tsx
 *   calls it) for the client with the most courses and appointments. Target: under 100 ms p95.
 * - the desk's series proposal (lib/appointments/propose-series.ts, as lib/actions/series.ts calls it):
 *   5 weekly sessions with "Anyone" from a course line with free sessions, from where the series panel
 *   starts (seriesStart). Target: under 100 ms p95.
 *
 *   npx tsx bench/client-cases.ts          # the big group alone (bench/.data/big.db), 60 runs
 *   npx tsx bench/client-cases.ts --demo   # the demo salon
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { proposeSeries } from "@/lib/appointments/propose-series";
import { seriesStart } from "@/lib/appointments/series-start";
import { loadClientPortal } from "@/lib/client-portal/load-portal";
import { loadSeriesLine } from "@/lib/appointments/series-check";
import { createDb } from "@/lib/db";
import { queueDueReminders } from "@/lib/messages/reminders";
import { getSettings } from "@/lib/settings/salon-settings";
import { addDaysToDate, formatMinutes, salonDateOf, type SalonDate } from "@/lib/time";
import { prepareDataset, removeRunCopy } from "./datasets";
import { measureReads, type ReadCase } from "./read-cases";

/** Sessions in the proposal, weekly, with anyone who does the service. */
const SERIES_SESSIONS = 5;

export type ClientFacts = {
  /** The scan's clock: 12 hours before the first appointment of the busiest day ahead. */
  reminderNow: string;
  reminderDay: string;
  reminderHours: number;
  /** Booked appointments in the window whose client takes mail: what the scan reads each tick. */
  remindersInWindow: number;
  /** What the first scan (prepare, untimed) wrote; null until it has run. */
  remindersWritten: number | null;
  portalClientId: number;
  portalCourses: number;
  portalAppointments: number;
  seriesLineId: number;
  seriesCourse: string;
  seriesService: string;
  seriesFree: number;
  seriesSessions: number;
  /** Where the series panel starts: its first date and time (the rows are weekly from it, anyone). */
  seriesDate: SalonDate;
  seriesStartMin: number;
};

/**
 * The day: the busiest ahead by booked appointments (ties: the earliest); the client: the most client
 * courses, then appointments; the line: an active sessions course's line with the most free sessions
 * (at least 5 when any has), a service needing a room first, recently bought first.
 */
export async function clientFacts(db: PrismaClient, timezone: string): Promise<ClientFacts> {
  const now = new Date();
  const today = salonDateOf(now, timezone);
  const [busiest] = await db.$queryRaw<{ day: string; first: string }[]>`
    SELECT substr(startsAt, 1, 10) AS day, MIN(startsAt) AS first FROM Appointment
    WHERE startsAt >= ${addDaysToDate(today, 1)} AND status = 'BOOKED'
    GROUP BY 1 ORDER BY COUNT(*) DESC, day LIMIT 1`;
  const reminderNow = busiest ? new Date(+new Date(busiest.first) - 12 * 3_600_000) : now;
  const settings = await db.salonSettings.findUnique({ where: { id: 1 }, select: { reminderHours: true } });
  const reminderHours = settings?.reminderHours ?? 24;
  const remindersInWindow = await db.appointment.count({
    where: {
      status: "BOOKED",
      startsAt: { gt: reminderNow, lte: new Date(+reminderNow + reminderHours * 3_600_000) },
      client: { mergedIntoId: null, AND: [{ email: { not: null } }, { email: { not: "" } }] },
    },
  });

  const [client] = await db.$queryRaw<{ clientId: number; courses: number | bigint; appointments: number | bigint }[]>`
    SELECT c.clientId, COUNT(*) AS courses, (SELECT COUNT(*) FROM Appointment a WHERE a.clientId = c.clientId) AS appointments
    FROM ClientCourse c GROUP BY c.clientId ORDER BY courses DESC, appointments DESC, c.clientId LIMIT 1`;

  // Free as the ledger counts it (lib/courses/ledger.ts), to choose candidates; loadSeriesLine has the last word.
  const candidates = await db.$queryRaw<{ lineId: number; free: number | bigint }[]>`
    SELECT l.id AS lineId,
      l.quantity
        + COALESCE((SELECT SUM(ch.quantityDelta) FROM ClientCourseChange ch WHERE ch.clientCourseLineId = l.id AND ch.kind IN ('ADJUST', 'TRANSFER_OUT')), 0)
        - COALESCE((SELECT SUM(r.units) FROM Redemption r WHERE r.clientCourseLineId = l.id AND r.reversedAt IS NULL), 0)
        - (SELECT COUNT(*) FROM Appointment a WHERE a.clientCourseLineId = l.id AND a.status IN ('BOOKED', 'CHECKED_IN')) AS free
    FROM ClientCourseLine l JOIN ClientCourse c ON c.id = l.clientCourseId JOIN Service s ON s.id = l.serviceId
    WHERE c.status = 'ACTIVE' AND c.unit = 'SESSIONS' AND (c.expiresOn IS NULL OR c.expiresOn >= ${addDaysToDate(today, 7 * (SERIES_SESSIONS + 1))})
    ORDER BY (free >= ${SERIES_SESSIONS}) DESC, (s.resourceKind IS NOT NULL) DESC, free DESC, c.purchasedOn DESC, l.id LIMIT 20`;
  let chosen: Awaited<ReturnType<typeof loadSeriesLine>> | null = null;
  for (const candidate of candidates) {
    const line = await loadSeriesLine(db, candidate.lineId, now).catch(() => null);
    if (!line || line.course.label !== "active" || line.doers.length === 0 || line.line.balance.free === 0) continue;
    if (!chosen || Math.min(line.line.balance.free, SERIES_SESSIONS) > Math.min(chosen.line.balance.free, SERIES_SESSIONS)) chosen = line;
    if (line.line.balance.free >= SERIES_SESSIONS) break;
  }
  if (!chosen) throw new Error("no active sessions course line with a free session and someone who does its service");
  const start = await seriesStart(db, { lineId: chosen.lineId }, now);

  return {
    reminderNow: reminderNow.toISOString(),
    reminderDay: busiest?.day ?? today,
    reminderHours,
    remindersInWindow,
    remindersWritten: null,
    portalClientId: client.clientId,
    portalCourses: Number(client.courses),
    portalAppointments: Number(client.appointments),
    seriesLineId: chosen.lineId,
    seriesCourse: chosen.course.name,
    seriesService: chosen.service.name,
    seriesFree: chosen.line.balance.free,
    seriesSessions: Math.min(SERIES_SESSIONS, chosen.line.balance.free),
    seriesDate: start.date,
    seriesStartMin: start.startMin,
  };
}

export const CLIENT_CASE_IDS = ["reminderScan", "clientPage", "seriesProposal"] as const;

export function clientCases(db: PrismaClient, facts: ClientFacts): ReadCase[] {
  const reminderNow = new Date(facts.reminderNow);
  const plan = { lineId: facts.seriesLineId, staffId: null, date: facts.seriesDate, startMin: facts.seriesStartMin, everyWeeks: 1, count: facts.seriesSessions };
  return [
    {
      id: "reminderScan",
      label: `reminders: the due scan, nothing new due (${facts.remindersInWindow} booked in the ${facts.reminderHours} h window over ${facts.reminderDay})`,
      run: () => queueDueReminders(db, reminderNow),
      // The first scan writes the window's reminders; every tick after it finds them already written.
      prepare: async () => {
        facts.remindersWritten = await queueDueReminders(db, reminderNow);
      },
    },
    {
      id: "clientPage",
      label: `client page /book/me (${facts.portalCourses} courses, ${facts.portalAppointments} appointments)`,
      run: () => loadClientPortal(db, facts.portalClientId, new Date()),
    },
    {
      id: "seriesProposal",
      label: `series: ${facts.seriesSessions} weekly sessions, Anyone — ${facts.seriesService} (${facts.seriesFree} free) from ${facts.seriesDate} ${formatMinutes(facts.seriesStartMin)}`,
      run: () => proposeSeries(db, plan, new Date()),
    },
  ];
}

/** Standalone: one data set, these cases and the floor, printed. */
async function main(): Promise<void> {
  const dataset = await prepareDataset(process.argv.includes("--demo") ? "demo" : "big");
  const db = createDb(`file:${dataset.file}`);
  try {
    const { timezone } = await getSettings(db);
    const facts = await clientFacts(db, timezone);
    const cases: ReadCase[] = [{ id: "floor", label: "floor: settings row by key", run: () => getSettings(db) }, ...clientCases(db, facts)];
    const results = await measureReads(cases, Number(process.env.BENCH_RUNS ?? 60), Number(process.env.BENCH_WARMUP ?? 10));
    console.log(`${dataset.name}: ${JSON.stringify(facts)}`);
    console.log(`${dataset.name}: reminders: the first scan wrote ${facts.remindersWritten}, one more scan now writes ${await queueDueReminders(db, new Date(facts.reminderNow))}`);
    const proposal = await proposeSeries(db, { lineId: facts.seriesLineId, staffId: null, date: facts.seriesDate, startMin: facts.seriesStartMin, everyWeeks: 1, count: facts.seriesSessions }, new Date());
    const rows = proposal.rows.map((r) => `${r.date} ${r.status}${r.nextFree ? ` → ${r.nextFree.date} ${formatMinutes(r.nextFree.startMin)}` : ""}`);
    console.log(`${dataset.name}: series rows: ${rows.join("; ")}`);
    for (const c of cases) {
      const r = results[c.id];
      console.log(`${c.label.padEnd(100)} median ${r.median.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  cpu ${r.cpuMean?.toFixed(1)} ms`);
    }
  } finally {
    await db.$disconnect();
    removeRunCopy(dataset);
  }
}

if (/[\\/]bench[\\/]client-cases\.ts$/.test(process.argv[1] ?? "")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

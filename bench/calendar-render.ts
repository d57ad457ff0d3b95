// How fast is the calendar day on the server? Two figures, for the busiest day in the database:
//  1. the page's data work (settings, loadCalendarDay, listActiveServices) called directly, N times;
//  2. if a server answers at BASE_URL, the whole /calendar?date=… response (server render + HTML),
//     signed in with a session row made here (only the token's SHA-256 is stored, as the app does).
// Starts nothing itself. Point DATABASE_URL at the same database as the server:
//   DATABASE_URL=file:$PWD/tests/.tmp/e2e-3301.db BASE_URL=http://127.0.0.1:3301 npx tsx bench/calendar-render.ts
import { createHash, randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { SESSION_COOKIE } from "@/lib/auth/routing";
import { loadCalendarDay } from "@/lib/calendar/load-day";
import { db } from "@/lib/db";
import { listActiveServices } from "@/lib/services/list-services";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf } from "@/lib/time";

const RUNS = Number(process.env.RUNS ?? 40);
const BASE_URL = process.env.BASE_URL ?? "";

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

function print(label: string, samples: number[]) {
  const s = stats(samples);
  console.log(`${label.padEnd(34)} median ${ms(s.median).padStart(9)}   p95 ${ms(s.p95).padStart(9)}   max ${ms(s.max).padStart(9)}   (${samples.length} runs)`);
}

async function busiestDay(timezone: string): Promise<{ date: string; count: number }> {
  const rows = await db.appointment.findMany({ select: { startsAt: true } });
  const perDay = new Map<string, number>();
  for (const r of rows) {
    const d = salonDateOf(r.startsAt, timezone);
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  let best = { date: salonDateOf(new Date(), timezone), count: 0 };
  for (const [date, count] of perDay) if (count > best.count) best = { date, count };
  return best;
}

/** The page's own data work, as app/(app)/calendar/page.tsx does it. */
async function renderData(date: string) {
  const settings = await getSettings(db);
  const [day, services] = await Promise.all([loadCalendarDay(db, date, settings), listActiveServices(db)]);
  return { day, services };
}

async function measureData(date: string): Promise<number[]> {
  for (let i = 0; i < 3; i++) await renderData(date); // warm-up: prepared statements, page cache
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await renderData(date);
    samples.push(performance.now() - t);
  }
  return samples;
}

async function serverUp(): Promise<boolean> {
  if (!BASE_URL) return false;
  try {
    const res = await fetch(`${BASE_URL}/api/health`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function measureHttp(date: string): Promise<number[] | null> {
  const staff = await db.staff.findFirst({ where: { active: true, role: "FRONT_DESK", email: { not: null } }, select: { id: true } });
  if (!staff) return null;
  const token = randomBytes(32).toString("base64url");
  const id = createHash("sha256").update(token).digest("hex");
  await db.staffSession.create({ data: { id, staffId: staff.id, expiresAt: new Date(Date.now() + 3600_000) } });
  try {
    const get = async () => {
      const t = performance.now();
      const res = await fetch(`${BASE_URL}/calendar?date=${date}`, { headers: { cookie: `${SESSION_COOKIE}=${token}` }, redirect: "manual" });
      const html = await res.text();
      const took = performance.now() - t;
      if (res.status !== 200 || !html.includes("Appointments on")) throw new Error(`GET /calendar answered ${res.status}: not the calendar (is DATABASE_URL the server's database?)`);
      return took;
    };
    for (let i = 0; i < 3; i++) await get();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await get());
    return samples;
  } finally {
    await db.staffSession.delete({ where: { id } });
  }
}

async function main() {
  const { timezone } = await getSettings(db);
  const { date, count } = await busiestDay(timezone);
  const { day } = await renderData(date);
  console.log(`Busiest day ${date}: ${count} appointments, ${day.staff.length} staff columns (${process.env.DATABASE_URL ?? "default database"})`);
  print("loadCalendarDay + services (direct)", await measureData(date));
  if (await serverUp()) {
    const http = await measureHttp(date);
    if (http) print(`GET /calendar (${BASE_URL})`, http);
  } else {
    console.log(BASE_URL ? `No server answered at ${BASE_URL}: HTTP figure skipped.` : "BASE_URL not set: HTTP figure skipped.");
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());

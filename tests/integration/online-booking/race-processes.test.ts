import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/prisma/factories";
import type { OnlineBookingJob } from "./book-online-worker";
import { raceInProcesses } from "../../helpers/race-processes";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

describe("the last free time, raced from separate server processes on one database file", () => {
  it("exactly one client is booked; the others are told the time has gone", async () => {
    const day = "2026-06-24";
    const filler = await createClient(db, { firstName: "Fill", lastName: "Er" });
    // Anna's only free hour that day is 14:00–15:00.
    await db.appointment.createMany({
      data: [
        { clientId: filler.id, staffId: s.anna.id, serviceId: s.facial.id, startsAt: at(day, "08:00"), endsAt: at(day, "14:00"), priceMinor: 0 },
        { clientId: filler.id, staffId: s.anna.id, serviceId: s.facial.id, startsAt: at(day, "15:00"), endsAt: at(day, "20:00"), priceMinor: 0 },
      ],
    });
    const worker = path.join(__dirname, "book-online-worker.ts");
    const jobs: OnlineBookingJob[] = [1, 2, 3, 4].map((n) => ({
      serviceId: s.facial.id,
      staffId: s.anna.id,
      startsAt: at(day, "14:00").toISOString(),
      now: NOW.toISOString(),
      client: { firstName: "Racer", lastName: String(n), email: `proc${n}@example.com`, phone: `+44770090090${n}` },
    }));
    const outputs = await raceInProcesses(worker, jobs);
    expect(outputs.filter((o) => o.endsWith("WON"))).toHaveLength(1);
    expect(outputs.filter((o) => o.endsWith("SLOT_TAKEN"))).toHaveLength(3);
    expect(await db.appointment.count({ where: { staffId: s.anna.id, startsAt: at(day, "14:00") } })).toBe(1);
    expect(await db.client.count({ where: { email: { startsWith: "proc" } } })).toBe(1);
  }, 60_000);
});

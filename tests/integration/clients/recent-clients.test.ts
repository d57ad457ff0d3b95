import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { recentClients } from "@/lib/clients/recent-clients";
import { inTransaction } from "@/lib/db";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

// The Clients page before any search: today's clients, then the last two weeks', then new cards.
const db = getTestDb();
let s: Salon;
const TZ = "Europe/London";

beforeAll(async () => {
  s = await buildSalon(db);
});

describe("recently seen clients", () => {
  it("lists today's clients in appointment order, then recent visits latest first, then new cards, each once", async () => {
    const longAgo = new Date("2025-01-01T10:00:00Z");
    const old = await db.client.create({ data: { firstName: "Olive", lastName: "Old", email: "olive@example.com", createdAt: longAgo } });
    const lapsed = await db.client.create({ data: { firstName: "Lara", lastName: "Lapsed", email: "lara@example.com", createdAt: longAgo } });
    const book = (clientId: number, date: string, time: string) =>
      inTransaction((tx) => bookAppointment(tx, { clientId, serviceId: s.massage.id, staffId: s.anna.id, startsAt: at(date, time) }, { ...s.ctx, now: at("2026-05-01", "08:00") }));
    await book(s.tom.id, "2026-06-01", "15:00");
    await book(s.jane.id, "2026-06-01", "11:00");
    await book(s.tom.id, "2026-05-30", "10:00");
    await book(old.id, "2026-05-28", "10:00");
    await book(lapsed.id, "2026-05-01", "10:00"); // a month ago: not recent

    const recent = await recentClients(db, TZ, NOW);
    expect(recent.map((c) => [c.firstName, c.seen])).toEqual([
      ["Jane", "today"],
      ["Tom", "today"],
      ["Olive", "visit"],
    ]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { loadDaySheet } from "@/lib/calendar/day-sheet";
import { inTransaction } from "@/lib/db";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, type Salon } from "../../helpers/salon-fixture";

// The printable day: per stylist, live appointments in time order with alerts, notes and course sessions.
const db = getTestDb();
let s: Salon;
const TZ = { timezone: "Europe/London" };

beforeAll(async () => {
  s = await buildSalon(db);
});

describe("loadDaySheet", () => {
  it("lists each stylist's live appointments with the client's alert and notes, the note and the course", async () => {
    const laser = await sell(db, s, s.jane.id, s.laserCourse.id);
    await db.client.update({ where: { id: s.tom.id }, data: { alert: "Nut allergy", notes: "Likes it quiet" } });
    const book = (input: Parameters<typeof bookAppointment>[1]) => inTransaction((tx) => bookAppointment(tx, input, s.ctx));
    await book({ clientId: s.tom.id, staffId: s.anna.id, serviceId: s.massage.id, startsAt: at("2026-06-20", "14:00"), notes: "Use the long towels" });
    await book({ clientId: s.jane.id, staffId: s.anna.id, clientCourseLineId: laser.lines[0].id, startsAt: at("2026-06-20", "10:00") });
    const gone = await book({ clientId: s.jane.id, staffId: s.ben.id, serviceId: s.facial.id, startsAt: at("2026-06-20", "11:00") });
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: gone.id, kind: "CANCEL" }, s.ctx));

    const sheet = await loadDaySheet(db, "2026-06-20", TZ);
    const anna = sheet.staff.find((x) => x.id === s.anna.id)!;
    expect(anna.rows).toEqual([
      expect.objectContaining({ startMin: 600, endMin: 630, clientName: "Jane Doe", serviceName: "Laser underarm", courseName: "6 × Laser underarm", alert: "", note: "" }),
      expect.objectContaining({ startMin: 840, clientName: "Tom Hill", courseName: null, alert: "Nut allergy", clientNotes: "Likes it quiet", note: "Use the long towels" }),
    ]);
    // The cancelled facial is not on Ben's sheet.
    expect(sheet.staff.find((x) => x.id === s.ben.id)!.rows).toEqual([]);

    const annaOnly = await loadDaySheet(db, "2026-06-20", TZ, s.anna.id);
    expect(annaOnly.staff.map((x) => x.name)).toEqual(["Anna Price"]);
    expect(annaOnly.staff[0].rows).toHaveLength(2);
  });
});

// A partial online match makes a card of its own, flagged for the desk; a merge moves everything on it
// to the right card and keeps every record.
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadClientCard } from "@/lib/clients/client-card";
import { duplicateCandidates } from "@/lib/clients/duplicates";
import { clearPossibleDuplicate, mergeClients } from "@/lib/clients/merge-clients";
import { searchClients } from "@/lib/clients/search-clients";
import { updateClient } from "@/lib/clients/update-client";
import { inTransaction } from "@/lib/db";
import { checkIntegrity } from "@/lib/integrity/check";
import { bookOnline } from "@/lib/online-booking/book-online";
import { createClient } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const counts = async () => ({
  clients: await db.client.count(),
  appointments: await db.appointment.count(),
  courses: await db.clientCourse.count(),
  sales: await db.sale.count(),
  redemptions: await db.redemption.count(),
  log: await db.courseBookingLog.count(),
});

describe("merging a possible duplicate", () => {
  it("moves every appointment, course and sale to the kept card, deletes nothing, and the merged card drops out of search", async () => {
    const real = await createClient(db, { firstName: "Rosa", lastName: "Real", email: "rosa@example.com", phone: "+447700900701" });
    // Rosa books online with a new email: a card of her own, flagged.
    const online = await inTransaction((tx) =>
      bookOnline(tx, { serviceId: s.laser.id, staffId: s.anna.id, startsAt: at("2026-06-01", "10:00"), client: { firstName: "Rosa", lastName: "Real", email: "rosa.new@example.com", phone: "+447700900701" } }, NOW),
    );
    const dup = await db.client.findUniqueOrThrow({ where: { id: online.clientId } });
    expect(dup).toMatchObject({ possibleDuplicate: true, email: "rosa.new@example.com" });
    expect((await duplicateCandidates(db, dup)).map((c) => [c.id, c.shares])).toEqual([[real.id, ["phone"]]]);
    // The desk sold a course on the duplicate card and checked the visit out before noticing.
    const sold = await sell(db, s, dup.id, s.laserCourse.id);
    await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [online.appointmentId], paymentMethod: "CARD" }, { ...s.ctx, now: at("2026-06-01", "10:40") }));
    const before = await counts();

    await inTransaction((tx) => mergeClients(tx, { fromClientId: dup.id, intoClientId: real.id }, s.ctx));
    expect(await counts()).toEqual(before);
    expect(await db.appointment.count({ where: { clientId: dup.id } })).toBe(0);
    expect(await db.clientCourse.findUniqueOrThrow({ where: { id: sold.clientCourseId } })).toMatchObject({ clientId: real.id });
    expect(await db.sale.count({ where: { clientId: real.id } })).toBe(2);
    expect(await db.client.findUniqueOrThrow({ where: { id: dup.id } })).toMatchObject({ mergedIntoId: real.id, mergedById: s.manager.id, possibleDuplicate: false });
    const card = (await loadClientCard(db, real.id, NOW))!;
    expect(card.mergedFrom.map((m) => m.id)).toEqual([dup.id]);
    expect(card.courses.map((c) => c.id)).toContain(sold.clientCourseId);
    expect((await loadClientCard(db, dup.id, NOW))!.mergedInto).toMatchObject({ id: real.id, name: "Rosa Real" });
    expect((await searchClients(db, "Rosa Real")).map((c) => c.id)).toEqual([real.id]);
    expect((await checkIntegrity(db)).findings).toEqual([]);

    // The course now belongs to Rosa: she can book from it.
    await inTransaction((tx) => bookAppointment(tx, { clientId: real.id, staffId: s.ben.id, startsAt: at("2026-06-03", "10:00"), clientCourseLineId: sold.lines[0].id }, s.ctx));
  });

  it("merging twice changes nothing more; a card cannot be merged into itself or into a merged card", async () => {
    const a = await createClient(db, { firstName: "Ada", lastName: "One", phone: "+447700900711" });
    const b = await createClient(db, { firstName: "Ada", lastName: "Two", phone: "+447700900712" });
    const c = await createClient(db, { firstName: "Ada", lastName: "Three", phone: "+447700900713" });
    const merge = (fromClientId: number, intoClientId: number) => inTransaction((tx) => mergeClients(tx, { fromClientId, intoClientId }, s.ctx));
    await merge(a.id, b.id);
    await expect(merge(a.id, b.id)).resolves.toMatchObject({ moved: { appointments: 0, courses: 0, sales: 0 } });
    await expect(merge(b.id, b.id)).rejects.toThrow(/different card/);
    await expect(merge(c.id, a.id)).rejects.toThrow(/merge into that one/);
    await expect(merge(a.id, c.id)).rejects.toThrow(/already merged/);
    await expect(inTransaction((tx) => updateClient(tx, a.id, { firstName: "Ada", lastName: "One" }))).rejects.toThrow(/merged into another/);
  });

  it("'Not a duplicate' clears the flag; the flagged card keeps its shared phone when its details are saved", async () => {
    await createClient(db, { firstName: "Tia", lastName: "Shared", phone: "+447700900721" });
    const online = await inTransaction((tx) =>
      bookOnline(tx, { serviceId: s.laser.id, staffId: s.ben.id, startsAt: at("2026-06-02", "12:00"), client: { firstName: "Tia", lastName: "Sister", email: "tia.sister@example.com", phone: "+447700900721" } }, NOW),
    );
    await inTransaction((tx) => updateClient(tx, online.clientId, { firstName: "Tia", lastName: "Sister", email: "tia.sister@example.com", phone: "+447700900721", notes: "sister" }));
    await inTransaction((tx) => clearPossibleDuplicate(tx, online.clientId));
    expect(await db.client.findUniqueOrThrow({ where: { id: online.clientId } })).toMatchObject({ possibleDuplicate: false, notes: "sister" });
  });
});

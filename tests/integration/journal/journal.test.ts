// The journal of a small salon's day, by hand: what each record posts, the CSV route's guard and
// file, and the account codes a manager sets.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { inTransaction } from "@/lib/db";
import { loadAccountCodes } from "@/lib/journal/account-codes";
import { movement } from "@/lib/journal/journal";
import { loadJournal } from "@/lib/journal/load-journal";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, type Salon } from "../../helpers/salon-fixture";

const caller = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => caller.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { GET } = await import("@/app/(app)/manager/reports/journal/csv/route");
const { saveAccountCodesAction } = await import("@/lib/actions/account-codes");

const db = getTestDb();
let s: Salon;
const JUNE = { from: "2026-06-01", to: "2026-06-30" };
const manager = () => ({ id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" as const });

beforeAll(async () => {
  s = await buildSalon(db);
  // 2 June: Jane buys the laser course (£300 by card), has a session from it and a facial as a single paid card + cash.
  const now = at("2026-06-02", "10:00");
  const course = await sell(db, s, s.jane.id, s.laserCourse.id, now);
  const ctx = { ...s.ctx, now };
  const fromCourse = await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-02", "10:30"), clientCourseLineId: course.lines[0].id }, ctx), db);
  const single = await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-02", "10:30"), serviceId: s.facial.id }, ctx), db);
  await inTransaction(
    (tx) => checkoutVisit(tx, { appointmentIds: [fromCourse.id, single.id], paymentMethod: "CARD", split: { cardMinor: 4000, cashMinor: 2000 }, confirmEarly: true }, { ...ctx, now: at("2026-06-02", "11:30") }),
    db,
  );
});

describe("loadJournal", () => {
  it("the day's entries: course sold, single charged by card and cash, a session redeemed at its value, each balanced", async () => {
    const journal = await loadJournal(db, JUNE, at("2026-06-30", "12:00"));
    expect(journal.entries.map((e) => [e.day, e.kind, e.lines.map((l) => [l.account, l.amountMinor])])).toEqual([
      ["2026-06-02", "sales", [["cardClearing", 4000], ["cashInTill", 2000], ["serviceRevenue", -6000]]],
      ["2026-06-02", "courseSales", [["cardClearing", 30_000], ["deferredRevenue", -30_000]]],
      ["2026-06-02", "redemptions", [["deferredRevenue", 5000], ["serviceRevenue", -5000]]],
    ]);
    expect(movement(journal, "deferredRevenue")).toBe(-25_000);
    expect(journal.deferred).toEqual({ openingGross: 0, closingGross: 25_000, openingNet: 0, closingNet: 25_000 });
  });

  it("with VAT on the sale lines: the course's VAT on its sale day, the liability net of it, redemptions carry none", async () => {
    const lines = await db.saleLine.findMany({ orderBy: { id: "asc" } });
    const course = lines.find((l) => l.kind === "COURSE")!;
    const facial = lines.find((l) => l.kind === "SERVICE")!;
    await db.saleLineVat.createMany({
      data: [
        { saleLineId: course.id, rateBp: 2000, grossMinor: 30_000, vatMinor: 5000 },
        { saleLineId: facial.id, rateBp: 2000, grossMinor: 6000, vatMinor: 1000 },
      ],
    });
    try {
      const journal = await loadJournal(db, JUNE, at("2026-06-30", "12:00"));
      const byKind = Object.fromEntries(journal.entries.map((e) => [e.kind, e.lines.map((l) => [l.account, l.description, l.amountMinor])]));
      expect(byKind.courseSales).toEqual([
        ["cardClearing", "Card payments", 30_000],
        ["deferredRevenue", "Courses sold", -25_000],
        ["vat", "VAT 20%", -5000],
      ]);
      expect(byKind.sales).toContainEqual(["serviceRevenue", "Services", -5000]);
      // A sixth of the net £250: the session is worth £41.67 of revenue, no VAT.
      expect(byKind.redemptions).toEqual([
        ["deferredRevenue", "Course sessions redeemed", 4167],
        ["serviceRevenue", "Course sessions redeemed", -4167],
      ]);
      expect(journal.deferred).toMatchObject({ closingGross: 25_000, closingNet: 20_833 });
    } finally {
      await db.saleLineVat.deleteMany({});
    }
  });
});

describe("GET /manager/reports/journal/csv", () => {
  const get = (query = "from=2026-06-01&to=2026-06-30") => GET(new NextRequest(`http://127.0.0.1/manager/reports/journal/csv?${query}`));

  it("401 signed out, 403 for the front desk, nothing of the journal in either", async () => {
    caller.staff = null;
    expect((await get()).status).toBe(401);
    caller.staff = { id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" };
    const res = await get();
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain("Salon journal");
  });

  it("a manager gets Xero's manual journal file, balanced; a hand-made bad period is 400", async () => {
    caller.staff = manager();
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="journal-2026-06-01-to-2026-06-30.csv"');
    const rows = (await res.text()).trimEnd().split("\r\n").map((r) => r.split(","));
    expect(rows[0]).toEqual(["*Narration", "*Date", "Description", "*AccountCode", "*TaxRate", "*Amount", "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2"]);
    expect(rows).toContainEqual(["Salon journal 2026-06-02: Courses sold", "02/06/2026", "Courses sold", "815", "No VAT", "-300.00", "", "", "", ""]);
    expect(rows.slice(1).reduce((a, r) => a + Math.round(Number(r[5]) * 100), 0)).toBe(0);
    const bad = await get("from=2026-06-31&to=2026-06-01");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/not a date/);
  });
});

describe("saveAccountCodesAction", () => {
  it("front desk is refused; bad codes are refused with a message per field and nothing changes; good ones are saved and used by the export", async () => {
    const codes = await loadAccountCodes(db);
    caller.staff = { id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" };
    expect(await saveAccountCodesAction({ ...codes, deferredRevenue: "2109" })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    caller.staff = manager();
    const bad = await saveAccountCodesAction({ ...codes, deferredRevenue: "2109", vat: "22,01", cashInTill: "" });
    expect(bad).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (bad.ok) throw new Error("expected a refusal");
    expect(bad.fieldErrors?.vat?.[0]).toMatch(/no commas or quotes/);
    expect(bad.fieldErrors?.cashInTill?.[0]).toMatch(/Enter a code/);
    expect(await db.ledgerAccount.count()).toBe(0);

    const good = await saveAccountCodesAction({ ...codes, deferredRevenue: " 2109 " });
    expect(good).toMatchObject({ ok: true, data: { deferredRevenue: "2109", vat: "820" } });
    expect(await db.ledgerAccount.findUnique({ where: { key: "deferredRevenue" } })).toEqual({ key: "deferredRevenue", code: "2109", name: "Course liability (income in advance)" });
    const csv = await (await GET(new NextRequest("http://127.0.0.1/manager/reports/journal/csv?from=2026-06-01&to=2026-06-30"))).text();
    expect(csv).toContain("Courses sold,2109,No VAT,-300.00");
  });
});

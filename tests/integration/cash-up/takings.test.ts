import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { countCash } from "@/lib/cash-up/count-cash";
import { loadTakings } from "@/lib/cash-up/takings";
import { takingsCsv } from "@/lib/cash-up/takings-csv";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { voidCheckout } from "@/lib/checkout/void-checkout";
import { refundCourse } from "@/lib/courses/refund-course";
import { inTransaction } from "@/lib/db";
import { loadDailySales } from "@/lib/reports/daily-sales";
import { at, buildSalon, sell, type Salon } from "../../helpers/salon-fixture";
import { getTestDb } from "../../helpers/test-db";

// The cash-up: takings per day and method (split payments, change, refunds, voids), the cash counted
// at close against the float plus the day's cash, a note required when it does not match, recounts
// kept; and, over generated days of trading, takings per day equal the sales report's charges.

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const on = (day: string, hhmm: string) => ({ ...s.ctx, now: at(day, hhmm) });

async function single(clientId: number, day: string, hhmm: string, serviceId: number) {
  return inTransaction((tx) => bookAppointment(tx, { clientId, staffId: s.anna.id, startsAt: at(day, hhmm), serviceId }, on(day, "08:00")));
}

describe("takings and cash-up", () => {
  it("adds up card and cash per day, counts the cash against float + cash, and keeps recounts", async () => {
    const day = "2026-07-01";
    const a = await single(s.jane.id, day, "10:00", s.laser.id); // £60
    const b = await single(s.tom.id, day, "11:00", s.massage.id); // £40
    // Jane: £20 card + £40 cash, handing over £50 (change £10). Tom: £40 cash.
    await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [a.id], paymentMethod: "CARD", split: { cardMinor: 2000, cashMinor: 4000 }, cashReceivedMinor: 5000 }, on(day, "10:45")));
    const tom = await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [b.id], paymentMethod: "CASH" }, on(day, "11:45")));
    const course = await sell(db, s, s.jane.id, s.laserCourse.id, at(day, "12:00")); // £300 card
    // Tom's visit voided the same day: his £40 cash goes back out of the drawer (5 sales in all).
    await inTransaction((tx) => voidCheckout(tx, { saleId: tom.saleId, reason: "Charged twice" }, on(day, "12:30")));

    let r = await loadTakings(db, { from: day, to: day });
    expect(r.days[0]).toMatchObject({ cardMinor: 32_000, cashMinor: 4_000, totalMinor: 36_000, count: null, varianceMinor: null });

    // A £100 float + £40 cash = £140 expected: £150 counted is £10 over, and needs a note.
    await expect(inTransaction((tx) => countCash(tx, { day, floatMinor: 10_000, countedMinor: 15_000, note: "" }, on(day, "18:00")))).rejects.toThrow(
      "The cash is £10.00 over: say why in the note",
    );
    expect(await db.cashCount.count({ where: { day } })).toBe(0);
    await inTransaction((tx) => countCash(tx, { day, floatMinor: 10_000, countedMinor: 15_000, note: "Tip left in the till" }, on(day, "18:00")));
    const recount = await inTransaction((tx) => countCash(tx, { day, floatMinor: 10_000, countedMinor: 14_000, note: "" }, on(day, "18:10")));
    expect(recount).toMatchObject({ expectedMinor: 14_000, varianceMinor: 0 });

    r = await loadTakings(db, { from: day, to: day });
    expect(r.days[0].count).toMatchObject({ countedMinor: 14_000, floatMinor: 10_000, countedBy: expect.any(String) });
    expect(r.days[0]).toMatchObject({ expectedMinor: 14_000, varianceMinor: 0 });
    expect(r.days[0].recounts).toHaveLength(1);
    expect(r.days[0].recounts[0]).toMatchObject({ countedMinor: 15_000, note: "Tip left in the till" });

    // A refund in cash the next day shows as negative cash there.
    await inTransaction((tx) =>
      refundCourse(tx, { clientCourseId: course.clientCourseId, amountMinor: 5_000, paymentMethod: "CASH", reason: "Moving away", booked: [] }, on("2026-07-02", "10:00")),
    );
    r = await loadTakings(db, { from: day, to: "2026-07-02" });
    expect(r.days[1]).toMatchObject({ cashMinor: -5_000, totalMinor: -5_000 });
    const csv = takingsCsv(r).body.split("\r\n");
    expect(csv[0]).toBe("Date,Sales,Card,Cash,Total,Float,Expected cash,Counted cash,Variance,Counted by,Note,Counts");
    expect(csv[1]).toMatch(/^2026-07-01,5,320\.00,40\.00,360\.00,100\.00,140\.00,140\.00,0\.00,.+,,2$/);
  });

  it("refuses a day that has not happened yet, and changes nothing", async () => {
    await expect(inTransaction((tx) => countCash(tx, { day: "2026-07-10", floatMinor: 0, countedMinor: 0, note: "" }, on("2026-07-09", "18:00")))).rejects.toThrow(
      "has not happened yet",
    );
    expect(await db.cashCount.count({ where: { day: "2026-07-10" } })).toBe(0);
  });

  it("over generated days of trading, each day's takings equal what was charged less what was paid back", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            kind: fc.constantFrom("card", "cash", "split", "course", "void"),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (ops) => {
          const day = `2026-08-${String(++n).padStart(2, "0")}`;
          const saleIds: number[] = [];
          for (const [i, op] of ops.entries()) {
            const hhmm = `${String(9 + i).padStart(2, "0")}:00`;
            if (op.kind === "course") {
              await sell(db, s, s.tom.id, s.facialPackage.id, at(day, hhmm));
            } else if (op.kind === "void") {
              const last = saleIds.pop();
              if (last) await inTransaction((tx) => voidCheckout(tx, { saleId: last, reason: "Mistake" }, on(day, "17:30")));
            } else {
              const a = await single(s.jane.id, day, hhmm, s.massage.id);
              const tender = op.kind === "split" ? { paymentMethod: "CARD" as const, split: { cardMinor: 1500, cashMinor: 2500 } } : { paymentMethod: op.kind === "cash" ? ("CASH" as const) : ("CARD" as const) };
              const { saleId } = await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [a.id], ...tender, confirmEarly: true }, on(day, "17:00")));
              saleIds.push(saleId);
            }
          }
          const takings = (await loadTakings(db, { from: day, to: day })).days[0];
          const sales = (await loadDailySales(db, { from: day, to: day })).days[0];
          expect(takings.totalMinor).toBe(sales.total);
          expect(takings.cardMinor + takings.cashMinor).toBe(sales.total);
        },
      ),
      { numRuns: 10 },
    );
  }, 120_000);
});

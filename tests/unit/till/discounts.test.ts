import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDiscounts, discountOff, DiscountError } from "@/lib/till/discounts";

describe("discounts at the till", () => {
  it("takes an amount or a percentage off, a percentage rounded to the penny", () => {
    expect(discountOff(4500, { kind: "AMOUNT", minor: 500 })).toBe(500);
    expect(discountOff(4500, { kind: "PERCENT", percent: 10 })).toBe(450);
    expect(discountOff(3333, { kind: "PERCENT", percent: 15 })).toBe(500); // 499.95 → 500
    expect(discountOff(3000, { kind: "PERCENT", percent: 100 })).toBe(3000);
  });

  it("refuses nothing off, more than the price, and percentages outside (0, 100]", () => {
    expect(() => discountOff(4500, { kind: "AMOUNT", minor: 0 })).toThrow(DiscountError);
    expect(() => discountOff(4500, { kind: "AMOUNT", minor: 4501 })).toThrow("more than what it is taken off");
    expect(() => discountOff(4500, { kind: "PERCENT", percent: 0 })).toThrow(DiscountError);
    expect(() => discountOff(4500, { kind: "PERCENT", percent: 101 })).toThrow(DiscountError);
  });

  it("applies a line's own discount, then shares the visit's across what is left", () => {
    const lines = applyDiscounts(
      [
        { key: 1, listMinor: 4500 },
        { key: 2, listMinor: 3000 },
      ],
      new Map([[1, { kind: "AMOUNT", minor: 1500 } as const]]),
      { kind: "PERCENT", percent: 10 },
    );
    // After the line discount: 3000 + 3000; 10% of 6000 = 600, shared 300 / 300.
    expect(lines).toEqual([
      { key: 1, listMinor: 4500, discountMinor: 1800, amountMinor: 2700 },
      { key: 2, listMinor: 3000, discountMinor: 300, amountMinor: 2700 },
    ]);
  });

  it("refuses a discount on a line that is not charged", () => {
    expect(() => applyDiscounts([{ key: 1, listMinor: 100 }], new Map([[9, { kind: "AMOUNT", minor: 1 } as const]]), null)).toThrow(DiscountError);
  });

  it("never loses or invents a penny: list = discount + amount, line by line and in total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 100 }),
        (prices, percent) => {
          const lines = applyDiscounts(prices.map((p, i) => ({ key: i, listMinor: p })), new Map(), { kind: "PERCENT", percent });
          const total = prices.reduce((a, b) => a + b, 0);
          const off = lines.reduce((a, l) => a + l.discountMinor, 0);
          expect(off).toBe(Math.round((total * percent) / 100));
          for (const l of lines) {
            expect(l.listMinor).toBe(l.discountMinor + l.amountMinor);
            expect(l.amountMinor).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});

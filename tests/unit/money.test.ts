import { describe, expect, it } from "vitest";
import { allocate, formatMoney, parseMoney, unitsValue } from "@/lib/money";

describe("allocate", () => {
  it("scales a package's list values by its discount (£1,000 of services sold for £500)", () => {
    expect(allocate(50_000, [60_000, 40_000])).toEqual([30_000, 20_000]);
  });

  it("always adds up to the total exactly", () => {
    for (const [total, weights] of [[10_000, [1, 1, 1]], [9_999, [3, 7, 11, 13]], [1, [5, 5]], [0, [1, 2]]] as const) {
      const parts = allocate(total, [...weights]);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it("gives everything to the first line when list values are zero", () => {
    expect(allocate(1000, [0, 0])).toEqual([1000, 0]);
  });
});

describe("unitsValue", () => {
  it("values sessions at an equal share and the units add up to the line exactly", () => {
    const values = Array.from({ length: 6 }, (_, i) => unitsValue(10_000, 6, i, 1));
    expect(values.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  });

  it("values minutes by the minute and extra units added later at nothing", () => {
    expect(unitsValue(30_000, 300, 0, 45)).toBe(4_500);
    expect(unitsValue(10_000, 6, 6, 1)).toBe(0);
  });
});

describe("money text", () => {
  it("parses pounds into pence and refuses nonsense", () => {
    expect(parseMoney("12.5")).toBe(1250);
    expect(parseMoney("£1,200.00")).toBe(120_000);
    expect(parseMoney("12.345")).toBeNull();
    expect(parseMoney("-3")).toBeNull();
    expect(parseMoney("abc")).toBeNull();
  });

  it("formats in the salon's currency", () => {
    expect(formatMoney(123_450)).toBe("£1,234.50");
  });
});

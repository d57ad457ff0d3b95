import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, formatMoney, MAX_TYPED_MINOR, moneyInputText, parseMoney, parseMoneyInput, unitsValue } from "@/lib/money";

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

describe("parseMoneyInput: an amount a person typed", () => {
  it.each([
    ["149.99", 14_999],
    ["1,499.99", 149_999],
    ["12,000", 1_200_000],
    ["123,456.78", 12_345_678],
    ["£1,499.99", 149_999],
    ["£ 45", 4_500],
    ["  45.5 ", 4_550],
    ["45.", 4_500],
    [".5", 50],
    ["0", 0],
    ["0.00", 0],
    ["007", 700],
    ["1000000", 100_000_000],
    ["1,000,000.00", 100_000_000],
  ])("reads %j as %i minor units", (text, minor) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, minor });
  });

  it.each([
    ["149,99", "Use a point for pence: 149.99"],
    ["1,50", "Use a point for pence: 1.50"],
    ["1,5", "Use a point for pence: 1.5"],
    ["£149,99", "Use a point for pence: 149.99"],
    ["1,234,56", "Use a point for pence: 1,234.56"],
    ["12,3456", "Put commas only between thousands, like 1,499.99, or leave them out."],
    [",5", "Put commas only between thousands, like 1,499.99, or leave them out."],
    ["1,,000", "Put commas only between thousands, like 1,499.99, or leave them out."],
    ["1,000,00.00", "Put commas only between thousands, like 1,499.99, or leave them out."],
    ["12,34.5", "Put commas only between thousands, like 1,499.99, or leave them out."],
    ["", "Enter an amount, e.g. 45.00."],
    ["   ", "Enter an amount, e.g. 45.00."],
    ["-3", "The amount can't be negative."],
    ["£-3", "The amount can't be negative."],
    ["−3", "The amount can't be negative."],
    ["12.345", "Use at most 2 decimal places (pence), like 45.99."],
    ["1000000.01", "That is more than £1,000,000.00: check the amount."],
    ["99999999999999999999", "That is more than £1,000,000.00: check the amount."],
    [`${"9".repeat(500)},50`, "That is more than £1,000,000.00: check the amount."],
    ["abc", "Enter an amount like 45.00."],
    ["1e5", "Enter an amount like 45.00."],
    ["1 499", "Enter an amount like 45.00."],
    [".", "Enter an amount like 45.00."],
    ["12..5", "Enter an amount like 45.00."],
    ["0x10", "Enter an amount like 45.00."],
    ["١٢", "Enter an amount like 45.00."],
  ])("refuses %j: %s", (text, error) => {
    expect(parseMoneyInput(text)).toEqual({ ok: false, error });
  });

  it("keeps parseMoney as the null-on-refusal form of the same reader", () => {
    expect(parseMoney("£1,200.00")).toBe(120_000);
    expect(parseMoney("149,99")).toBeNull();
  });

  const amounts = fc.integer({ min: 0, max: MAX_TYPED_MINOR });

  it("reads back every amount it formats, with thousands separators and symbol (formatMoney)", () => {
    fc.assert(
      fc.property(amounts, (minor) => {
        expect(parseMoneyInput(formatMoney(minor))).toEqual({ ok: true, minor });
      }),
    );
  });

  it("reads back every amount put in a box to edit, without separators (moneyInputText)", () => {
    fc.assert(
      fc.property(amounts, (minor) => {
        expect(parseMoneyInput(moneyInputText(minor))).toEqual({ ok: true, minor });
      }),
    );
  });

  it("reads whole pounds typed either way, with or without separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (pounds) => {
        expect(parseMoneyInput(String(pounds))).toEqual({ ok: true, minor: pounds * 100 });
        expect(parseMoneyInput(pounds.toLocaleString("en-GB"))).toEqual({ ok: true, minor: pounds * 100 });
      }),
    );
  });

  it("never reads a comma with one or two digits after it as pence, nor as thousands", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.stringMatching(/^\d{1,2}$/), (whole, pence) => {
        expect(parseMoneyInput(`${whole},${pence}`)).toEqual({ ok: false, error: `Use a point for pence: ${whole}.${pence}` });
      }),
    );
  });

  it("answers any text with an amount in range or a short message", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const read = parseMoneyInput(text);
        if (read.ok) expect(Number.isSafeInteger(read.minor) && read.minor >= 0 && read.minor <= MAX_TYPED_MINOR).toBe(true);
        else expect(read.error.length).toBeLessThan(120);
      }),
    );
  });
});

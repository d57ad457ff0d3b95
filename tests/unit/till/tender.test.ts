import { describe, expect, it } from "vitest";
import { settle, single, TenderError } from "@/lib/till/tender";

describe("paying at the till", () => {
  it("records card alone, cash alone with change, or both", () => {
    expect(settle(4500, { cardMinor: 4500, cashMinor: 0 })).toEqual({
      payments: [{ method: "CARD", amountMinor: 4500, tenderedMinor: null, changeMinor: 0 }],
      summary: "CARD",
      changeMinor: 0,
    });
    expect(settle(4500, { cardMinor: 0, cashMinor: 4500, cashReceivedMinor: 5000 })).toEqual({
      payments: [{ method: "CASH", amountMinor: 4500, tenderedMinor: 5000, changeMinor: 500 }],
      summary: "CASH",
      changeMinor: 500,
    });
    const split = settle(7500, { cardMinor: 5000, cashMinor: 2500, cashReceivedMinor: 3000 });
    expect(split.summary).toBe("SPLIT");
    expect(split.payments.map((p) => [p.method, p.amountMinor, p.changeMinor])).toEqual([
      ["CARD", 5000, 0],
      ["CASH", 2500, 500],
    ]);
  });

  it("takes exact cash when the amount handed over is not given", () => {
    expect(settle(1999, { cardMinor: 0, cashMinor: 1999 }).payments[0]).toMatchObject({ tenderedMinor: 1999, changeMinor: 0 });
  });

  it("refuses parts that do not add up, less cash than its part, and amounts below nothing", () => {
    expect(() => settle(4500, { cardMinor: 4000, cashMinor: 0 })).toThrow("add up to the total due");
    expect(() => settle(4500, { cardMinor: 0, cashMinor: 4500, cashReceivedMinor: 4000 })).toThrow(TenderError);
    expect(() => settle(0, { cardMinor: -100, cashMinor: 100 })).toThrow(TenderError);
  });

  it("records nothing for a visit with nothing to pay", () => {
    expect(settle(0, { cardMinor: 0, cashMinor: 0 })).toEqual({ payments: [], summary: "NONE", changeMinor: 0 });
    expect(single("CARD", 0)).toEqual([]);
    expect(single("CASH", -2000)).toEqual([{ method: "CASH", amountMinor: -2000, tenderedMinor: null, changeMinor: 0 }]);
  });
});

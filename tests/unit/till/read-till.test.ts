import { describe, expect, it } from "vitest";
import { readTill } from "@/lib/till/read-till";

const charged = [
  { appointmentId: 1, priceMinor: 3000 },
  { appointmentId: 2, priceMinor: 3000 },
];

describe("the checkout screen's reading of the till", () => {
  it("shows what each discount takes off and what is due", () => {
    const r = readTill(charged, [{ appointmentId: 1, kind: "AMOUNT", minor: 500 }, { appointmentId: null, kind: "PERCENT", percent: 10 }], "CARD", "", "");
    expect(r).toMatchObject({ listMinor: 6000, offMinor: [500, 550], discountMinor: 1050, dueMinor: 4950, tenderError: null, tender: {} });
  });

  it("reads card + cash with change, and says what is wrong as it is typed", () => {
    expect(readTill(charged, [], "SPLIT", "40", "30")).toMatchObject({ cashMinor: 2000, changeMinor: 1000, tender: { split: { cardMinor: 4000, cashMinor: 2000 }, cashReceivedMinor: 3000 } });
    expect(readTill(charged, [], "SPLIT", "", "").tenderError).toBe("Enter how much goes on the card.");
    expect(readTill(charged, [], "SPLIT", "70", "").tenderError).toBe("The card part is more than the total due.");
    expect(readTill(charged, [], "CASH", "", "50").tenderError).toBe("The cash received is less than the cash part of the payment.");
    expect(readTill(charged, [{ appointmentId: 1, kind: "AMOUNT", minor: 9000 }], "CARD", "", "")).toMatchObject({ offMinor: [null], tenderError: "A discount cannot be more than what it is taken off." });
  });
});

describe("nothing left to pay", () => {
  it("asks for no tender once a discount takes everything off", () => {
    const r = readTill(charged, [{ appointmentId: null, kind: "PERCENT", percent: 100 }], "SPLIT", "", "");
    expect(r).toMatchObject({ dueMinor: 0, tenderError: null, tender: {} });
  });
});

describe("a mistyped amount", () => {
  it("keeps the cash part on screen while the cash received is mended", () => {
    expect(readTill(charged, [], "CASH", "", "5O")).toMatchObject({ cashMinor: 6000, tenderError: "Enter the cash received like 50.00." });
  });
});

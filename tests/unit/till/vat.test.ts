import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { negateVat, parseRate, rateLabel, serviceRate, vatByRate, vatIn, vatShare, vatSummary } from "@/lib/till/vat";

describe("VAT on VAT-inclusive prices", () => {
  it("finds the VAT inside a price to the penny", () => {
    expect(vatIn(6000, 2000)).toBe(1000); // £60 at 20%: £10
    expect(vatIn(4500, 2000)).toBe(750);
    expect(vatIn(1999, 2000)).toBe(333); // 333.17
    expect(vatIn(1050, 500)).toBe(50);
    expect(vatIn(6000, 0)).toBe(0);
    expect(vatIn(-6000, 2000)).toBe(-1000);
  });

  it("uses the service's own rate, else the salon's, and none when not registered", () => {
    expect(serviceRate({ vatRegistered: true, vatRateBp: 2000 }, { vatRateBp: null })).toBe(2000);
    expect(serviceRate({ vatRegistered: true, vatRateBp: 2000 }, { vatRateBp: 0 })).toBe(0);
    expect(serviceRate({ vatRegistered: false, vatRateBp: 2000 }, { vatRateBp: 500 })).toBeNull();
  });

  it("groups a package's lines by rate, highest first, and leaves out unregistered parts", () => {
    expect(vatByRate([{ grossMinor: 9000, rateBp: 2000 }, { grossMinor: 4000, rateBp: 0 }, { grossMinor: 3000, rateBp: 2000 }])).toEqual([
      { rateBp: 2000, grossMinor: 12000, vatMinor: 2000 },
      { rateBp: 0, grossMinor: 4000, vatMinor: 0 },
    ]);
    expect(vatByRate([{ grossMinor: 9000, rateBp: null }])).toEqual([]);
  });

  it("refunds a share of a line's VAT in proportion, and all of it for a full refund", () => {
    const sold = [
      { rateBp: 2000, grossMinor: 12000, vatMinor: 2000 },
      { rateBp: 500, grossMinor: 4000, vatMinor: 190 },
    ];
    expect(vatShare(sold, -16000)).toEqual(negateVat(sold));
    // Rows as stored (with their keys) come back as fresh rows to write.
    const stored = [{ id: 7, saleLineId: 3, ...sold[0] }];
    expect(vatShare(stored, -12000)).toEqual([{ rateBp: 2000, grossMinor: -12000, vatMinor: -2000 }]);
    expect(vatShare(sold, -8000)).toEqual([
      { rateBp: 2000, grossMinor: -6000, vatMinor: -1000 },
      { rateBp: 500, grossMinor: -2000, vatMinor: -95 },
    ]);
    expect(vatShare([], -8000)).toEqual([]);
  });

  it("a partial refund's gross always adds up to the amount refunded", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ rateBp: fc.constantFrom(0, 500, 2000), grossMinor: fc.integer({ min: 1, max: 1_000_000 }) }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (parts, refund) => {
          const sold = vatByRate(parts);
          const total = sold.reduce((a, r) => a + r.grossMinor, 0);
          const amount = Math.min(refund, total);
          const back = vatShare(sold, -amount);
          expect(back.reduce((a, r) => a + r.grossMinor, 0)).toBe(-amount);
          for (const r of back) expect(Math.abs(r.vatMinor)).toBeLessThanOrEqual(Math.abs(r.grossMinor));
        },
      ),
    );
  });

  it("sums rows per rate with the net beside them", () => {
    expect(vatSummary([{ rateBp: 2000, grossMinor: 6000, vatMinor: 1000 }, { rateBp: 2000, grossMinor: -6000, vatMinor: -1000 }, { rateBp: 0, grossMinor: 100, vatMinor: 0 }])).toEqual([
      { rateBp: 2000, grossMinor: 0, vatMinor: 0, netMinor: 0 },
      { rateBp: 0, grossMinor: 100, vatMinor: 0, netMinor: 100 },
    ]);
  });

  it("reads a typed rate, refusing what is not one", () => {
    expect(parseRate("20")).toBe(2000);
    expect(parseRate(" 12.5% ")).toBe(1250);
    expect(parseRate("0")).toBe(0);
    for (const bad of ["", "abc", "-5", "101", "20.555", "1e2"]) expect(parseRate(bad)).toBeNull();
    expect(rateLabel(2000)).toBe("20%");
    expect(rateLabel(1250)).toBe("12.5%");
  });
});

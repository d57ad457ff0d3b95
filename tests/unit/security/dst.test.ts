import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDate, salonDateOf, salonDayRange, salonInstant, salonMinutesOf } from "@/lib/time";
import { DST_DAYS } from "../../helpers/fast-check-garbage";

// Salon time on the Europe/London clock changes of 2026: 29 March has no 01:00–01:59, and
// 25 October has 01:00–01:59 twice (first BST, then GMT).
const tz = "Europe/London";
fc.configureGlobal({ seed: 20260329, numRuns: 500 });

const dayOf2026 = fc.integer({ min: 0, max: 364 }).map((n) => addDaysToDate("2026-01-01", n));
const gridMinute = fc.integer({ min: 0, max: 287 }).map((n) => n * 5);
const inGap = (date: string, minutes: number) => date === DST_DAYS[0] && minutes >= 60 && minutes < 120;

describe("salon time across the clock changes", () => {
  it("every wall-clock time of 2026 comes back as the same day and time (except the spring gap)", () => {
    fc.assert(
      fc.property(fc.oneof(dayOf2026, fc.constantFrom(...DST_DAYS)), gridMinute, (date, minutes) => {
        const instant = salonInstant(date, minutes, tz);
        expect(salonDateOf(instant, tz)).toBe(date);
        expect(salonMinutesOf(instant, tz)).toBe(inGap(date, minutes) ? minutes + 60 : minutes);
      }),
    );
  });

  it("moves a time that does not exist (01:00–01:59 on 29 March) one hour on, to the real clock", () => {
    expect(salonInstant("2026-03-29", 90, tz).toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 02:30 BST
    expect(salonInstant("2026-03-29", 60, tz).getTime()).toBe(salonInstant("2026-03-29", 120, tz).getTime());
    expect(salonInstant("2026-03-29", 30, tz).toISOString()).toBe("2026-03-29T00:30:00.000Z"); // 00:30 GMT
  });

  it("reads the repeated 01:30 on 25 October as the second one (GMT)", () => {
    expect(salonInstant("2026-10-25", 90, tz).toISOString()).toBe("2026-10-25T01:30:00.000Z");
    // The first 01:30 (BST) is still a real instant of that day and reads back as 01:30.
    const firstOneThirty = new Date("2026-10-25T00:30:00Z");
    expect(salonDateOf(firstOneThirty, tz)).toBe("2026-10-25");
    expect(salonMinutesOf(firstOneThirty, tz)).toBe(90);
  });

  it("gives the clock-change days 23 and 25 hours, and instants never fall between days", () => {
    const hours = (d: string) => {
      const { start, end } = salonDayRange(d, tz);
      return (end.getTime() - start.getTime()) / 3_600_000;
    };
    expect(hours("2026-03-29")).toBe(23);
    expect(hours("2026-10-25")).toBe(25);
    fc.assert(
      fc.property(dayOf2026, (date) => {
        const { start, end } = salonDayRange(date, tz);
        expect(salonDayRange(addDaysToDate(date, 1), tz).start.getTime()).toBe(end.getTime());
        expect(salonDateOf(start, tz)).toBe(date);
        expect(salonDateOf(new Date(end.getTime() - 1), tz)).toBe(date);
      }),
      { numRuns: 365 },
    );
  });

  it("keeps an appointment's length in real minutes across the change", () => {
    // 00:30 + 90 minutes on the spring day ends at 03:00 on the clock (the hour that does not exist is skipped).
    const start = salonInstant("2026-03-29", 30, tz);
    expect(salonMinutesOf(new Date(start.getTime() + 90 * 60_000), tz)).toBe(180);
    // 00:30 + 90 minutes on the autumn day ends at 01:00 GMT (the hour is lived twice).
    const autumn = salonInstant("2026-10-25", 30, tz);
    expect(salonMinutesOf(new Date(autumn.getTime() + 90 * 60_000), tz)).toBe(60);
  });
});

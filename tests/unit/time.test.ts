import { addDays, format, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { addDaysToDate, isSalonDate, minutesOnDay, salonDateOf, salonDayRange, salonInstant, salonMinutesOf, validityEnd } from "@/lib/time";

const tz = "Europe/London";

describe("salon time", () => {
  it("turns wall-clock times into instants in summer and winter", () => {
    expect(salonInstant("2026-07-01", 10 * 60 + 15, tz).toISOString()).toBe("2026-07-01T09:15:00.000Z");
    expect(salonInstant("2026-12-01", 10 * 60 + 15, tz).toISOString()).toBe("2026-12-01T10:15:00.000Z");
  });

  it("has 23 hours on the spring clock change and 25 in autumn", () => {
    const spring = salonDayRange("2026-03-29", tz);
    const autumn = salonDayRange("2026-10-25", tz);
    expect((+spring.end - +spring.start) / 3600_000).toBe(23);
    expect((+autumn.end - +autumn.start) / 3600_000).toBe(25);
    expect(salonInstant("2026-03-29", 10 * 60, tz).toISOString()).toBe("2026-03-29T09:00:00.000Z");
  });

  it("reads the salon day and minutes of an instant, not the server's", () => {
    const lateNightUtc = new Date("2026-07-01T23:30:00Z");
    expect(salonDateOf(lateNightUtc, tz)).toBe("2026-07-02");
    expect(salonMinutesOf(lateNightUtc, tz)).toBe(30);
  });

  it("validates dates strictly", () => {
    expect(isSalonDate("2026-02-28")).toBe(true);
    expect(isSalonDate("2026-02-30")).toBe(false);
    expect(isSalonDate("26-2-3")).toBe(false);
  });

  it("ends a 12-month validity the day before the anniversary", () => {
    expect(validityEnd("2026-01-15", 12)).toBe("2027-01-14");
    expect(validityEnd("2026-01-31", 1)).toBe("2026-02-27");
  });

  it("reads minutes of one day the cheap way exactly as salonMinutesOf does, clock changes included", () => {
    for (const [date, zone] of [
      ["2026-07-01", tz],
      ["2026-03-29", tz],
      ["2026-10-25", tz],
      ["2026-07-01", "Asia/Kolkata"],
      ["2026-11-01", "America/New_York"],
    ] as const) {
      const minutesOf = minutesOnDay(date, zone);
      const { start, end } = salonDayRange(date, zone);
      for (let t = +start; t < +end; t += 7 * 60_000 + 13_000) {
        expect(minutesOf(new Date(t)), `${date} ${zone} ${new Date(t).toISOString()}`).toBe(salonMinutesOf(new Date(t), zone));
      }
    }
  });

  it("adds days across month ends, leap days and the turn of the year as date-fns does", () => {
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000 * 3) {
      const date = new Date(t).toISOString().slice(0, 10);
      for (const days of [-400, -31, -29, -1, 0, 1, 2, 27, 28, 29, 30, 31, 365, 366]) {
        expect(addDaysToDate(date, days), `${date} + ${days}`).toBe(format(addDays(parseISO(date), days), "yyyy-MM-dd"));
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { appointmentOnDayHref, calendarHref, weekHref } from "@/lib/calendar/links";

describe("calendarHref", () => {
  it("links to one day of the calendar, with cancelled appointments only when asked", () => {
    expect(calendarHref("2026-06-12")).toBe("/calendar?date=2026-06-12");
    expect(calendarHref("2026-06-12", false)).toBe("/calendar?date=2026-06-12");
    expect(calendarHref("2026-06-12", true)).toBe("/calendar?date=2026-06-12&cancelled=1");
  });

  it("keeps 'Show all staff' in the link when it is on", () => {
    expect(calendarHref("2026-06-12", false, true)).toBe("/calendar?date=2026-06-12&staff=all");
    expect(calendarHref("2026-06-12", true, true)).toBe("/calendar?date=2026-06-12&cancelled=1&staff=all");
  });
});

describe("week and appointment links", () => {
  it("opens one staff member's week, and the day view on one appointment", () => {
    expect(weekHref(4, "2026-06-12")).toBe("/calendar/week?staffId=4&date=2026-06-12");
    expect(appointmentOnDayHref(31, "2026-06-12")).toBe("/calendar?date=2026-06-12&appointment=31");
  });
});

import { describe, expect, it } from "vitest";
import { calendarHref } from "@/lib/calendar/links";

describe("calendarHref", () => {
  it("links to one day of the calendar, with cancelled appointments only when asked", () => {
    expect(calendarHref("2026-06-12")).toBe("/calendar?date=2026-06-12");
    expect(calendarHref("2026-06-12", false)).toBe("/calendar?date=2026-06-12");
    expect(calendarHref("2026-06-12", true)).toBe("/calendar?date=2026-06-12&cancelled=1");
  });
});

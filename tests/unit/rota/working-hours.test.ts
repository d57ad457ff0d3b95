import { describe, expect, it } from "vitest";
import { describeSpans, offSpans, withinSpans, workingSpans, type HoursRow } from "@/lib/rota/working-hours";

const open = { opensAtMin: 540, closesAtMin: 1140 }; // 09:00–19:00
const row = (startMin: number | null, endMin: number | null, breakStartMin: number | null = null, breakEndMin: number | null = null): HoursRow => ({
  startMin,
  endMin,
  breakStartMin,
  breakEndMin,
});

describe("working spans", () => {
  it("no rota: the salon's opening hours; closed: nothing", () => {
    expect(workingSpans(open, { hasRota: false })).toEqual([{ start: 540, end: 1140 }]);
    expect(workingSpans(null, { hasRota: false })).toEqual([]);
  });

  it("a rota's weekday with a break; a weekday without a row is off", () => {
    expect(workingSpans(open, { hasRota: true, week: row(600, 1080, 780, 840) })).toEqual([
      { start: 600, end: 780 },
      { start: 840, end: 1080 },
    ]);
    expect(workingSpans(open, { hasRota: true, week: null })).toEqual([]);
    expect(workingSpans(open, { hasRota: true, week: row(null, null) })).toEqual([]);
  });

  it("a date exception wins over the rota, and over no rota", () => {
    expect(workingSpans(open, { hasRota: true, week: row(600, 1080), exception: row(null, null) })).toEqual([]);
    expect(workingSpans(open, { hasRota: false, exception: row(720, 960) })).toEqual([{ start: 720, end: 960 }]);
  });

  it("opening hours bound the rota; a break outside the hours is ignored", () => {
    expect(workingSpans(open, { hasRota: true, week: row(480, 1200) })).toEqual([{ start: 540, end: 1140 }]);
    expect(workingSpans(open, { hasRota: true, week: row(600, 900, 950, 1000) })).toEqual([{ start: 600, end: 900 }]);
    // A break at the very start leaves the rest of the day.
    expect(workingSpans(open, { hasRota: true, week: row(600, 900, 600, 660) })).toEqual([{ start: 660, end: 900 }]);
  });

  it("within, describe and the shaded parts", () => {
    const spans = workingSpans(open, { hasRota: true, week: row(600, 1080, 780, 840) });
    expect(withinSpans(spans, 750, 780)).toBe(true);
    expect(withinSpans(spans, 765, 795)).toBe(false);
    expect(withinSpans(spans, 840, 870)).toBe(true);
    expect(describeSpans(spans)).toBe("10:00–13:00 and 14:00–18:00");
    expect(describeSpans([])).toBe("not working");
    expect(offSpans(open, spans)).toEqual([
      { start: 540, end: 600 },
      { start: 780, end: 840 },
      { start: 1080, end: 1140 },
    ]);
    expect(offSpans(open, [])).toEqual([{ start: 540, end: 1140 }]);
  });
});

import { describe, expect, it } from "vitest";
import { maxLength, ROW_PX, snapLength, type GridRange } from "@/components/calendar/geometry";
import { offTime, outsideHours } from "@/lib/calendar/shading";
import { staffShown } from "@/lib/calendar/who-works";

const HOURS = { opensAtMin: 540, closesAtMin: 1080 }; // 09:00–18:00

describe("offTime: what a staff column shades", () => {
  it("calls the gap between two worked spans a break, and the rest not working", () => {
    expect(offTime(HOURS, { spans: [{ start: 600, end: 780 }, { start: 810, end: 1020 }], note: "" })).toEqual([
      { start: 540, end: 600, label: "Not working" },
      { start: 780, end: 810, label: "Break" },
      { start: 1020, end: 1080, label: "Not working" },
    ]);
  });

  it("shades the whole open day with the exception's note, or 'Not working'", () => {
    expect(offTime(HOURS, { spans: [], note: "Holiday" })).toEqual([{ start: 540, end: 1080, label: "Holiday" }]);
    expect(offTime(HOURS, { spans: [], note: "" })).toEqual([{ start: 540, end: 1080, label: "Not working" }]);
  });

  it("shades nothing for someone working all the opening hours, or on a closed day (closed hours have their own hatch)", () => {
    expect(offTime(HOURS, { spans: [{ start: 540, end: 1080 }], note: "" })).toEqual([]);
    expect(offTime(null, { spans: [], note: "" })).toEqual([]);
  });

  it("marks a slot outside hours when any of its minutes is", () => {
    const spans = [{ start: 600, end: 780 }];
    expect([585, 600, 765, 780].map((m) => outsideHours(spans, m))).toEqual([true, false, false, true]);
    expect(outsideHours([], 600)).toBe(true);
  });
});

describe("staffShown", () => {
  const staff = [
    { id: 1, spans: [{ start: 540, end: 1080 }] },
    { id: 2, spans: [] },
    { id: 3, spans: [] },
  ];
  it("shows whoever works, plus anyone with a live appointment; everyone when asked", () => {
    const appointments = [
      { staffId: 2, status: "CHECKED_IN" as const },
      { staffId: 3, status: "NO_SHOW" as const },
    ];
    expect(staffShown(staff, appointments, false).map((s) => s.id)).toEqual([1, 2]);
    expect(staffShown(staff, [], false).map((s) => s.id)).toEqual([1]);
    expect(staffShown(staff, [], true).map((s) => s.id)).toEqual([1, 2, 3]);
  });
});

describe("resizing by the bottom edge", () => {
  const range: GridRange = { startMin: 540, endMin: 1080, hours: HOURS };
  const a = { startMin: 600, endMin: 660 }; // 10:00–11:00
  const yOf = (minute: number) => ((minute - range.startMin) / 15) * ROW_PX;

  it("snaps the length to whole quarter hours from the start", () => {
    expect(snapLength(yOf(690), a, range, ROW_PX)).toBe(90);
    expect(snapLength(yOf(690) + ROW_PX * 0.4, a, range, ROW_PX)).toBe(90);
    expect(snapLength(yOf(690) + ROW_PX * 0.6, a, range, ROW_PX)).toBe(105);
  });

  it("never shorter than 15 minutes nor past closing", () => {
    expect(snapLength(yOf(560), a, range, ROW_PX)).toBe(15);
    expect(snapLength(yOf(1200), a, range, ROW_PX)).toBe(480);
    expect(maxLength(600, 660, range)).toBe(480);
    // Already running past closing (the hours changed after it was booked): it may keep its length.
    expect(maxLength(1050, 1110, range)).toBe(60);
    expect(maxLength(600, 660, { ...range, hours: null })).toBe(480);
  });
});

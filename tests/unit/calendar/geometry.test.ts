import { describe, expect, it } from "vitest";
import {
  clashes,
  closedBlocks,
  columnDrawn,
  FIRST_PAINT_COLUMNS,
  coveredSlots,
  gridRange,
  isBookable,
  isLive,
  isMovable,
  layoutLanes,
  minuteToY,
  ROW_PX,
  snapStart,
  type GridRange,
} from "@/components/calendar/geometry";
import type { CalendarAppointment } from "@/lib/calendar/load-day";

const HOURS = { opensAtMin: 9 * 60, closesAtMin: 19 * 60 };
const RANGE: GridRange = { startMin: 9 * 60, endMin: 19 * 60, hours: HOURS };

let nextId = 1;
function appt(startMin: number, endMin: number, extra: Partial<CalendarAppointment> = {}): CalendarAppointment {
  return {
    id: nextId++,
    staffId: 1,
    clientName: "Jane Doe",
    serviceName: "Cut",
    startMin,
    endMin,
    status: "BOOKED",
    source: "DESK",
    isCourse: false,
    alert: "",
    note: "",
    room: "",
    bookedAnyway: "",
    ...extra,
  };
}

describe("statuses", () => {
  it("live statuses occupy time; only open ones move", () => {
    expect(["BOOKED", "CHECKED_IN", "COMPLETED"].every((s) => isLive(s as CalendarAppointment["status"]))).toBe(true);
    expect(isLive("CANCELLED")).toBe(false);
    expect(isLive("NO_SHOW")).toBe(false);
    expect(isMovable("BOOKED")).toBe(true);
    expect(isMovable("CHECKED_IN")).toBe(true);
    expect(isMovable("COMPLETED")).toBe(false);
    expect(isMovable("CANCELLED")).toBe(false);
  });
});

describe("gridRange", () => {
  it("is the opening hours on an ordinary day", () => {
    expect(gridRange(HOURS, [appt(600, 660)])).toEqual(RANGE);
  });

  it("widens to show appointments booked outside the hours, snapped to 15 minutes", () => {
    const range = gridRange(HOURS, [appt(8 * 60 + 50, 9 * 60 + 20), appt(18 * 60 + 50, 19 * 60 + 5)]);
    expect(range).toEqual({ startMin: 8 * 60 + 45, endMin: 19 * 60 + 15, hours: HOURS });
  });

  it("rounds opening hours that are not on a quarter outwards", () => {
    expect(gridRange({ opensAtMin: 9 * 60 + 10, closesAtMin: 17 * 60 + 50 }, [])).toMatchObject({ startMin: 9 * 60, endMin: 18 * 60 });
  });

  it("gives a zero-length appointment a row", () => {
    expect(gridRange(null, [appt(600, 600)])).toEqual({ startMin: 600, endMin: 615, hours: null });
  });

  it("is null on a closed day with nothing booked", () => {
    expect(gridRange(null, [])).toBeNull();
  });
});

describe("minuteToY and isBookable", () => {
  it("puts one 15-minute row per ROW_PX", () => {
    expect(minuteToY(9 * 60, RANGE)).toBe(0);
    expect(minuteToY(10 * 60 + 15, RANGE)).toBe(5 * ROW_PX);
  });

  it("books only slots that end by closing time", () => {
    expect(isBookable(9 * 60, HOURS)).toBe(true);
    expect(isBookable(18 * 60 + 45, HOURS)).toBe(true);
    expect(isBookable(19 * 60, HOURS)).toBe(false);
    expect(isBookable(8 * 60 + 45, HOURS)).toBe(false);
    expect(isBookable(600, null)).toBe(false);
  });
});

describe("closedBlocks", () => {
  it("is nothing when the grid is the opening hours", () => {
    expect(closedBlocks(RANGE)).toEqual([]);
  });

  it("draws the rows before opening and after closing as one block each", () => {
    expect(closedBlocks({ startMin: 8 * 60, endMin: 20 * 60, hours: HOURS })).toEqual([
      { startMin: 8 * 60, endMin: 9 * 60 },
      { startMin: 19 * 60, endMin: 20 * 60 },
    ]);
  });

  it("is the whole grid on a closed day", () => {
    expect(closedBlocks({ startMin: 10 * 60, endMin: 11 * 60, hours: null })).toEqual([{ startMin: 10 * 60, endMin: 11 * 60 }]);
  });
});

describe("columnDrawn", () => {
  it("draws the first columns' appointments, and no slot buttons, before the board is measured", () => {
    expect(columnDrawn(0, null)).toBe("appointments");
    expect(columnDrawn(FIRST_PAINT_COLUMNS - 1, null)).toBe("appointments");
    expect(columnDrawn(FIRST_PAINT_COLUMNS, null)).toBe("none");
  });

  it("gives slot buttons to the visible columns and two either side, appointments a screen further", () => {
    const inView = { first: 20, last: 27 }; // eight columns in view
    expect(columnDrawn(18, inView)).toBe("all");
    expect(columnDrawn(29, inView)).toBe("all");
    expect(columnDrawn(17, inView)).toBe("appointments");
    expect(columnDrawn(12, inView)).toBe("appointments");
    expect(columnDrawn(35, inView)).toBe("appointments");
    expect(columnDrawn(11, inView)).toBe("none");
    expect(columnDrawn(36, inView)).toBe("none");
  });

  it("keeps at least four columns of appointments either side on a narrow screen", () => {
    expect(columnDrawn(7, { first: 0, last: 0 })).toBe("none");
    expect(columnDrawn(4, { first: 0, last: 0 })).toBe("appointments");
    expect(columnDrawn(2, { first: 0, last: 0 })).toBe("all");
  });
});

describe("snapStart", () => {
  it("snaps to the nearest 15 minutes", () => {
    expect(snapStart(4 * ROW_PX + 5, 30, RANGE)).toBe(10 * 60);
    expect(snapStart(4 * ROW_PX + ROW_PX * 0.6, 30, RANGE)).toBe(10 * 60 + 15);
  });

  it("keeps the whole appointment inside opening hours", () => {
    expect(snapStart(-100, 60, RANGE)).toBe(9 * 60);
    expect(snapStart(10_000, 60, RANGE)).toBe(18 * 60);
  });

  it("never goes before opening even when the appointment is longer than the day", () => {
    expect(snapStart(100, 24 * 60, RANGE)).toBe(9 * 60);
  });

  it("uses the drawn range on a closed day", () => {
    const closed: GridRange = { startMin: 600, endMin: 720, hours: null };
    expect(snapStart(10_000, 30, closed)).toBe(690);
  });
});

describe("layoutLanes", () => {
  it("gives lone appointments the full width", () => {
    const a = appt(600, 630);
    const b = appt(630, 660);
    const lanes = layoutLanes([a, b]);
    expect(lanes.get(a.id)).toEqual({ lane: 0, lanes: 1 });
    expect(lanes.get(b.id)).toEqual({ lane: 0, lanes: 1 });
  });

  it("puts overlapping appointments side by side and reuses a freed lane", () => {
    const a = appt(600, 690);
    const b = appt(615, 645);
    const c = appt(645, 675);
    const lanes = layoutLanes([c, b, a]);
    expect(lanes.get(a.id)).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get(b.id)).toEqual({ lane: 1, lanes: 2 });
    expect(lanes.get(c.id)).toEqual({ lane: 1, lanes: 2 });
  });

  it("leaves a free lane beside a cancelled appointment, so the time still looks bookable", () => {
    const cancelled = appt(600, 630, { status: "CANCELLED" });
    expect(layoutLanes([cancelled]).get(cancelled.id)).toEqual({ lane: 0, lanes: 2 });
  });

  it("a rebooked slot shares the width with the cancelled one", () => {
    const cancelled = appt(600, 630, { status: "CANCELLED" });
    const rebooked = appt(600, 630);
    const lanes = layoutLanes([cancelled, rebooked]);
    expect(lanes.get(cancelled.id)?.lanes).toBe(2);
    expect(lanes.get(rebooked.id)?.lanes).toBe(2);
  });
});

describe("coveredSlots and clashes", () => {
  it("covers every slot a live appointment touches, and none for cancelled ones", () => {
    const covered = coveredSlots([appt(600, 640), appt(700, 730, { status: "CANCELLED" })]);
    expect([...covered].sort((x, y) => x - y)).toEqual([600, 615, 630]);
  });

  it("a zero-length appointment still covers its slot", () => {
    expect([...coveredSlots([appt(600, 600)])]).toEqual([600]);
  });

  it("sees a clash with the same staff member's live appointment only", () => {
    const a = appt(600, 660);
    const other = appt(600, 660, { staffId: 2 });
    const gone = appt(700, 760, { status: "NO_SHOW" });
    const list = [a, other, gone];
    expect(clashes(list, 1, 630, 690, 999)).toBe(true);
    expect(clashes(list, 1, 660, 690, 999)).toBe(false); // touching is not overlapping
    expect(clashes(list, 1, 630, 690, a.id)).toBe(false); // moving itself
    expect(clashes(list, 1, 700, 760, 999)).toBe(false); // the no-show frees the time
    expect(clashes(list, 3, 600, 660, 999)).toBe(false);
  });
});

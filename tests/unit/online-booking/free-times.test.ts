import { describe, expect, it } from "vitest";
import { dayRefusal, fairestStaff, freeStartsFor, freeTimes, instantsOn, nextFreeTimes, openingWindow, roomChecker, roomFree, spansAsIntervals, type Interval, type StaffDay } from "@/lib/online-booking/free-times";
import { formatSalonTime, salonInstant } from "@/lib/time";

const tz = "Europe/London";
const DAY = "2026-07-01"; // a Wednesday in summer time
const at = (hhmm: string, date = DAY) => {
  const [h, m] = hhmm.split(":").map(Number);
  return salonInstant(date, h * 60 + m, tz);
};
const slot = (from: string, to: string, date = DAY): Interval => ({ start: at(from, date), end: at(to, date) });
const labels = (times: Date[]) => times.map((t) => formatSalonTime(t, tz));
const NINE_TO_FIVE = { opensAtMin: 9 * 60, closesAtMin: 17 * 60 };
const window = openingWindow(DAY, NINE_TO_FIVE, tz)!;
const EARLY = at("00:00", "2026-06-01");
/** A staff member working the whole opening window unless told otherwise. */
const member = (staffId: number, busy: Interval[] = [], minutes = 30, windows: Interval[] = [window]): StaffDay => ({ staffId, minutes, windows, busy });

describe("free start times for one staff member", () => {
  it("starts at opening and steps every 15 minutes", () => {
    const times = labels(freeStartsFor(window, 30, [], EARLY));
    expect(times.slice(0, 4)).toEqual(["09:00", "09:15", "09:30", "09:45"]);
  });

  it("the last start is the one that finishes exactly at closing", () => {
    expect(labels(freeStartsFor(window, 30, [], EARLY)).at(-1)).toBe("16:30");
    expect(labels(freeStartsFor(window, 60, [], EARLY)).at(-1)).toBe("16:00");
    expect(labels(freeStartsFor(window, 45, [], EARLY)).at(-1)).toBe("16:15");
  });

  it("offers nothing when the service is longer than the opening hours", () => {
    expect(freeStartsFor(openingWindow(DAY, { opensAtMin: 9 * 60, closesAtMin: 10 * 60 }, tz)!, 90, [], EARLY)).toEqual([]);
  });

  it("a time right after an appointment ends, and one ending right as the next starts, are free (back to back)", () => {
    const busy = [slot("10:00", "11:00")];
    const times = labels(freeStartsFor(window, 30, busy, EARLY));
    expect(times).toContain("09:30"); // 09:30–10:00 ends as the appointment starts
    expect(times).toContain("11:00"); // starts as it ends
    expect(times).not.toContain("09:45");
    expect(times).not.toContain("10:00");
    expect(times).not.toContain("10:45");
  });

  it("a gap shorter than the service is skipped, a gap exactly as long is used", () => {
    const busy = [slot("09:00", "10:00"), slot("10:45", "12:00"), slot("13:00", "17:00")];
    expect(labels(freeStartsFor(window, 60, busy, EARLY))).toEqual(["12:00"]); // 10:00–10:45 is too short
    expect(labels(freeStartsFor(window, 45, busy, EARLY))).toEqual(["10:00", "12:00", "12:15"]);
  });

  it("never offers a time that has passed", () => {
    const times = labels(freeStartsFor(window, 30, [], at("11:05")));
    expect(times[0]).toBe("11:15");
    expect(freeStartsFor(window, 30, [], at("11:15"))[0]).toEqual(at("11:30"));
  });

  it("a closed day has no window and no times", () => {
    expect(openingWindow(DAY, null, tz)).toBeNull();
    expect(freeTimes({ window: null, staff: [member(1)], now: EARLY })).toEqual([]);
  });
});

describe("free times across staff (anyone)", () => {
  it("lists each time once with who is free then, in calendar order", () => {
    const times = freeTimes({
      window,
      staff: [member(7, [slot("09:00", "16:00")], 60), member(3, [slot("09:00", "15:00"), slot("16:00", "17:00")], 60)],
      now: EARLY,
    });
    expect(times.map((t) => [formatSalonTime(t.startsAt, tz), t.staffIds])).toEqual([
      ["15:00", [3]],
      ["16:00", [7]],
    ]);
  });

  it("a time taken by one staff member is still free with another", () => {
    const times = freeTimes({ window, staff: [member(1, [slot("09:00", "09:30")]), member(2)], now: EARLY });
    expect(times[0]).toEqual({ startsAt: at("09:00"), staffIds: [2] });
    expect(times[2]).toEqual({ startsAt: at("09:30"), staffIds: [1, 2] });
  });
});

describe("working windows, own lengths and rooms", () => {
  const split = [slot("09:00", "13:00"), slot("14:00", "17:00")];

  it("a treatment never crosses a break: it may end exactly at its start and start exactly at its end", () => {
    const times = labels(freeStartsFor(window, 30, [], EARLY, 15, split));
    expect(times).toContain("12:30");
    expect(times).not.toContain("12:45");
    expect(times).not.toContain("13:30");
    expect(times).toContain("14:00");
    expect(times.at(-1)).toBe("16:30");
  });

  it("each staff member's own length decides their last start and whether a gap fits", () => {
    const times = freeTimes({ window, staff: [member(1, [slot("10:45", "17:00")], 45), member(2, [slot("10:45", "17:00")], 90)], now: EARLY });
    expect(times.filter((t) => t.staffIds.includes(1)).map((t) => formatSalonTime(t.startsAt, tz)).at(-1)).toBe("10:00");
    expect(times.filter((t) => t.staffIds.includes(2)).map((t) => formatSalonTime(t.startsAt, tz)).at(-1)).toBe("09:15");
  });

  it("a room must be free for the whole treatment: some room of the kind, not a particular one", () => {
    const rooms = { resourceIds: [1, 2], held: [{ resourceId: 1, ...slot("10:00", "11:00") }] };
    expect(roomFree(rooms, slot("10:00", "10:30"))).toBe(true); // room 2
    expect(roomFree({ ...rooms, held: [...rooms.held, { resourceId: 2, ...slot("10:15", "10:45") }] }, slot("10:00", "10:30"))).toBe(false);
    expect(roomFree({ resourceIds: [], held: [] }, slot("10:00", "10:30"))).toBe(false);
    // The many-times check answers the same.
    const check = roomChecker({ ...rooms, held: [...rooms.held, { resourceId: 2, ...slot("10:15", "10:45") }] });
    expect([check(slot("10:00", "10:30")), check(slot("10:00", "10:30")), check(slot("11:00", "11:30"))]).toEqual([false, false, true]);
    const one = { resourceIds: [1], held: [{ resourceId: 1, ...slot("10:00", "11:00") }] };
    const times = labels(freeStartsFor(window, 30, [], EARLY, 15, [window], roomChecker(one)));
    expect(times).toContain("09:30");
    expect(times).not.toContain("09:45");
    expect(times).toContain("11:00");
  });

  it("spans in salon minutes become the day's instants", () => {
    expect(spansAsIntervals([{ start: 9 * 60, end: 13 * 60 }], instantsOn(DAY, tz))).toEqual([slot("09:00", "13:00")]);
    // On a clock-change day the careful way gives the same as salonInstant.
    expect(instantsOn("2026-03-29", tz)(10 * 60).toISOString()).toBe("2026-03-29T09:00:00.000Z");
    expect(instantsOn("2026-10-25", tz)(10 * 60).toISOString()).toBe("2026-10-25T10:00:00.000Z");
  });
});

describe("Anyone is shared fairly", () => {
  it("goes to the least booked that day, a tie to the first in calendar order", () => {
    expect(fairestStaff([5, 3, 9], new Map([[5, 4], [3, 2], [9, 2]]))).toBe(3);
    expect(fairestStaff([5, 3], new Map())).toBe(5);
    expect(fairestStaff([5, 3], new Map([[5, 1]]))).toBe(3);
  });
});

describe("clock changes in Europe/London", () => {
  it("spring forward (29 March 2026): the wall-clock times are right and every instant is an hour earlier in UTC", () => {
    const spring = openingWindow("2026-03-29", NINE_TO_FIVE, tz)!;
    const times = freeStartsFor(spring, 60, [], at("00:00", "2026-03-01"));
    expect(labels(times)[0]).toBe("09:00");
    expect(times[0].toISOString()).toBe("2026-03-29T08:00:00.000Z");
    expect(labels(times).at(-1)).toBe("16:00");
    expect(times).toHaveLength(29);
  });

  it("fall back (25 October 2026): a night-time window spanning the change gives each real instant once", () => {
    const autumn = openingWindow("2026-10-25", { opensAtMin: 0, closesAtMin: 3 * 60 }, tz)!;
    // 00:00–03:00 on the wall clock is four real hours that day.
    expect((+autumn.end - +autumn.start) / 3600_000).toBe(4);
    const times = freeStartsFor(autumn, 60, [], at("00:00", "2026-10-01"));
    expect(times).toHaveLength(13);
    expect(new Set(times.map(Number)).size).toBe(13);
    expect(labels(times).at(-1)).toBe("02:00");
  });

  it("spring forward: the missing hour is never offered", () => {
    const spring = openingWindow("2026-03-29", { opensAtMin: 0, closesAtMin: 4 * 60 }, tz)!;
    expect(labels(freeStartsFor(spring, 30, [], at("00:00", "2026-03-01")))).not.toContain("01:15");
  });
});

describe("days that can be booked", () => {
  it("refuses the past and beyond the horizon, accepts today and the last day", () => {
    expect(dayRefusal("2026-06-30", "2026-07-01", 60)).toMatch(/already passed/);
    expect(dayRefusal("2026-07-01", "2026-07-01", 60)).toBeNull();
    expect(dayRefusal("2026-08-30", "2026-07-01", 60)).toBeNull();
    expect(dayRefusal("2026-08-31", "2026-07-01", 60)).toMatch(/up to 60 days ahead/);
  });
});

describe("the next free times after a lost one", () => {
  const times = ["09:00", "09:15", "10:00", "10:15", "11:00"].map((t) => ({ startsAt: at(t), staffIds: [1] }));
  it("are the later ones that day, or the latest earlier ones when none are left", () => {
    expect(labels(nextFreeTimes(times, at("09:15"), 2).map((t) => t.startsAt))).toEqual(["10:00", "10:15"]);
    expect(labels(nextFreeTimes(times, at("11:00"), 2).map((t) => t.startsAt))).toEqual(["10:00", "10:15"]);
  });
});

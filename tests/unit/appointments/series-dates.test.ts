import { describe, expect, it } from "vitest";
import { clashWords, firstDateAfter, inOfferOrder, seriesDates, weeksApart } from "@/lib/appointments/series-dates";
import { seriesBookSchema, seriesPlanSchema } from "@/lib/appointments/series-input";

describe("the dates of a series", () => {
  it("are the same weekday, N weeks apart, across a month and a year end", () => {
    expect(seriesDates("2026-12-17", 1, 3)).toEqual(["2026-12-17", "2026-12-24", "2026-12-31"]);
    expect(seriesDates("2026-12-17", 2, 3)).toEqual(["2026-12-17", "2026-12-31", "2027-01-14"]);
    // Across the clock change: still the same weekday (dates, not instants).
    expect(seriesDates("2027-03-22", 1, 2)).toEqual(["2027-03-22", "2027-03-29"]);
  });

  it("follow the gap of the last two sessions, in whole weeks from 1 to 8", () => {
    expect(weeksApart([])).toBeNull();
    expect(weeksApart(["2026-06-01"])).toBeNull();
    expect(weeksApart(["2026-06-01", "2026-06-15", "2026-05-01"])).toBe(2);
    expect(weeksApart(["2026-06-01", "2026-06-03"])).toBe(1);
    expect(weeksApart(["2026-01-01", "2026-12-01"])).toBe(8);
  });

  it("start the step after the last session, moved on past today", () => {
    expect(firstDateAfter("2026-06-01", 1, "2026-05-20")).toBe("2026-06-08");
    expect(firstDateAfter("2026-06-01", 2, "2026-06-20")).toBe("2026-06-29");
    expect(firstDateAfter("2026-06-01", 1, "2026-06-08")).toBe("2026-06-15");
  });
});

describe("other times offered for a clash", () => {
  it("on the same day: the first at or after the time asked, then the latest before it", () => {
    expect(inOfferOrder([540, 600, 660, 720, 480], 600, true)).toEqual([600, 660, 720, 540, 480]);
  });

  it("on another day: the nearest to the time asked, a later one first on a tie", () => {
    expect(inOfferOrder([540, 600, 660, 720], 630, false)).toEqual([660, 600, 720, 540]);
  });
});

describe("a refusal in a row's words", () => {
  it("drops the advice meant for one booking", () => {
    expect(clashWords("Grace Bennett is already booked 14:00–15:00 (Jane Doe). Choose another time or staff member.")).toBe(
      "Grace Bennett is already booked 14:00–15:00 (Jane Doe).",
    );
    expect(clashWords("No laser room is free 10:00–10:15. Next free that day: 10:15, 10:30.")).toBe("No laser room is free 10:00–10:15.");
    expect(clashWords("No laser room is free 18:00–18:15. None is free later that day.")).toBe("No laser room is free 18:00–18:15.");
    expect(clashWords("Grace Bennett is not working on Thu 12 Mar 2026 (Holiday).")).toBe("Grace Bennett is not working on Thu 12 Mar 2026 (Holiday).");
  });
});

describe("the series inputs", () => {
  it("take anyone as a blank or 'any' stylist, and refuse a gap outside 1 to 8 weeks in words", () => {
    const plan = { lineId: "3", staffId: "any", date: "2026-06-01", startMin: "600", everyWeeks: "2", count: "5" };
    expect(seriesPlanSchema.parse(plan)).toEqual({ lineId: 3, staffId: null, date: "2026-06-01", startMin: 600, everyWeeks: 2, count: 5 });
    expect(seriesPlanSchema.parse({ ...plan, staffId: "" }).staffId).toBeNull();
    const tooFar = seriesPlanSchema.safeParse({ ...plan, everyWeeks: 9 });
    expect(tooFar.error?.issues[0].message).toBe("Choose how many weeks apart: every 1 to 8 weeks.");
  });

  it("book only rows that have their stylist", () => {
    const booked = seriesBookSchema.safeParse({ lineId: 1, rows: [{ date: "2026-06-01", startMin: 600, staffId: null }] });
    expect(booked.success).toBe(false);
    expect(seriesBookSchema.safeParse({ lineId: 1, rows: [] }).error?.issues[0].message).toBe("Show the dates first.");
  });
});

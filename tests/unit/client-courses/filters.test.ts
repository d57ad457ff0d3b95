import { describe, expect, it } from "vitest";
import { filtersHref, parseFilters } from "@/lib/courses/views/filters";
import { tabOf } from "@/lib/courses/views/status";
import { parseClientQuery } from "@/lib/clients/search-terms";

describe("Client Courses filters in the URL", () => {
  it("reads the tab, search, course, status and page, ignoring nonsense", () => {
    expect(parseFilters({ tab: "used", q: " jane ", course: "3", status: "expired", page: "2" })).toEqual({
      tab: "used",
      q: "jane",
      templateId: 3,
      status: "expired",
      page: 2,
    });
    expect(parseFilters({ tab: "weird", course: "-1", status: "expired", page: "0" })).toEqual({ tab: "active", q: "", templateId: null, status: null, page: 1 });
    expect(parseFilters({ status: "expiring", page: ["3", "4"] })).toMatchObject({ status: "expiring", page: 3 });
  });

  it("writes them back, dropping defaults; a new filter goes back to page 1 and a new tab drops the status", () => {
    const f = parseFilters({ tab: "used", q: "jane doe", status: "refunded", page: "4" });
    expect(filtersHref(f, { page: 5 })).toBe("/manager/client-courses?tab=used&q=jane+doe&status=refunded&page=5");
    expect(filtersHref(f, { templateId: 7 })).toBe("/manager/client-courses?tab=used&q=jane+doe&course=7&status=refunded");
    expect(filtersHref(f, { tab: "active" })).toBe("/manager/client-courses?q=jane+doe");
    expect(filtersHref(parseFilters({}))).toBe("/manager/client-courses");
  });

  it("puts every closed status in Used Courses", () => {
    expect(tabOf("active")).toBe("active");
    for (const label of ["used", "expired", "refunded", "transferred"] as const) expect(tabOf(label)).toBe("used");
  });
});

describe("a desk search", () => {
  it("reads a phone number or words", () => {
    expect(parseClientQuery("07700 900123")).toEqual({ kind: "phone", national: "7700900123", full: "+447700900123" });
    expect(parseClientQuery("Jane  D")).toEqual({ kind: "words", words: ["Jane", "D"] });
    expect(parseClientQuery("j")).toEqual({ kind: "none" });
  });
});

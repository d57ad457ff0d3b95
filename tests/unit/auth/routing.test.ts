import { describe, expect, it } from "vitest";
import { isPublicPath, loginPath, safeNextPath } from "../../../lib/auth/routing";

describe("safeNextPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeNextPath("/manager/reports")).toBe("/manager/reports");
    expect(safeNextPath("/calendar?date=2026-06-01")).toBe("/calendar?date=2026-06-01");
  });

  it.each([undefined, null, "", "calendar", "https://evil.example", "//evil.example", "/\\evil.example", "/\tx", "/login", "/login?next=/x", "/book"])(
    "falls back to the calendar for %j",
    (value) => {
      expect(safeNextPath(value)).toBe("/calendar");
    },
  );
});

describe("loginPath", () => {
  it("remembers where the visitor was going, only when it is safe", () => {
    expect(loginPath("/clients?q=ann")).toBe("/login?next=%2Fclients%3Fq%3Dann");
    expect(loginPath("/")).toBe("/login");
    expect(loginPath("//evil.example")).toBe("/login");
    expect(loginPath(null)).toBe("/login");
  });
});

describe("isPublicPath", () => {
  it("lets the sign-in page, online booking and the health check through", () => {
    expect(["/login", "/book", "/book/laser", "/api/health"].every(isPublicPath)).toBe(true);
    expect(["/calendar", "/", "/loginx", "/bookings", "/api/other"].some(isPublicPath)).toBe(false);
  });
});

// The CSV route handler checks the caller itself (route handlers are not behind the page guard).
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, type Salon } from "../../helpers/salon-fixture";

const caller = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => caller.staff }));
const { GET } = await import("@/app/(app)/manager/reports/[report]/csv/route");

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
  await sell(db, s, s.jane.id, s.laserCourse.id, at("2026-06-01", "10:00"));
});

const get = (report: string, query = "from=2026-06-01&to=2026-06-30") =>
  GET(new NextRequest(`http://127.0.0.1/manager/reports/${report}/csv?${query}`), { params: Promise.resolve({ report }) });

describe("GET /manager/reports/[report]/csv", () => {
  it("401 when nobody is signed in, 403 for the front desk", async () => {
    caller.staff = null;
    expect((await get("sales")).status).toBe(401);
    caller.staff = { id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" };
    const res = await get("sales");
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain("300.00");
  });

  it("a manager gets the file as an attachment", async () => {
    caller.staff = { id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" };
    const res = await get("sales");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="sales-2026-06-01-to-2026-06-30.csv"');
    const body = await res.text();
    expect(body).toContain("2026-06-01,0.00,300.00,0.00,0.00,0.00,300.00\r\n");
    for (const report of ["redemptions", "liability", "expiring"]) expect((await get(report)).status).toBe(200);
  });

  it("an unknown report is 404; a hand-made bad period is 400 with the reason", async () => {
    caller.staff = { id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" };
    expect((await get("payroll")).status).toBe(404);
    const res = await get("sales", "from=2026-06-31&to=2026-06-01");
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/not a date/);
  });
});

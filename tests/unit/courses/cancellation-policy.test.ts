import { describe, expect, it } from "vitest";
import { cancellationOutcome } from "@/lib/appointments/cancellation-policy";

const now = new Date("2026-05-01T09:00:00Z");
const policy = { lateCancelHours: 24, lateCancelPolicy: "FORFEIT" as const, noShowPolicy: "RETURN" as const };

describe("cancellationOutcome", () => {
  it("gives a course session back when cancelled in good time", () => {
    const o = cancellationOutcome({ startsAt: new Date("2026-05-03T09:00:00Z"), isCourse: true }, "CANCEL", policy, now);
    expect(o).toMatchObject({ late: false, forfeit: false, reason: null });
  });

  it("forfeits a late cancellation when the salon's policy says so", () => {
    const o = cancellationOutcome({ startsAt: new Date("2026-05-01T20:00:00Z"), isCourse: true }, "CANCEL", policy, now);
    expect(o).toMatchObject({ late: true, forfeit: true, reason: "LATE_CANCELLATION" });
    expect(o.message).toContain("forfeited");
  });

  it("returns a late cancellation when the policy returns it", () => {
    const o = cancellationOutcome({ startsAt: new Date("2026-05-01T20:00:00Z"), isCourse: true }, "CANCEL", { ...policy, lateCancelPolicy: "RETURN" }, now);
    expect(o).toMatchObject({ late: true, forfeit: false });
  });

  it("follows the no-show policy both ways", () => {
    const start = { startsAt: new Date("2026-05-01T08:00:00Z"), isCourse: true };
    expect(cancellationOutcome(start, "NO_SHOW", policy, now)).toMatchObject({ forfeit: false });
    expect(cancellationOutcome(start, "NO_SHOW", { ...policy, noShowPolicy: "FORFEIT" }, now)).toMatchObject({ forfeit: true, reason: "NO_SHOW" });
  });

  it("never forfeits anything for a single appointment", () => {
    const o = cancellationOutcome({ startsAt: new Date("2026-05-01T10:00:00Z"), isCourse: false }, "CANCEL", policy, now);
    expect(o.forfeit).toBe(false);
  });
});

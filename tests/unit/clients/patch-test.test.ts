import { describe, expect, it } from "vitest";
import { checkPatchTest } from "@/lib/clients/patch-test";

const tint = { name: "Lash tint", needsPatchTest: true };

describe("checkPatchTest", () => {
  it("asks nothing of a service that needs no patch test", () => {
    expect(checkPatchTest({ name: "Cut", needsPatchTest: false }, null, "2026-06-01", 6)).toEqual({ ok: true });
  });

  it("flags a client with no test on record", () => {
    expect(checkPatchTest(tint, null, "2026-06-01", 6)).toEqual({ ok: false, message: "Lash tint needs a patch test, and none is on record for this client." });
  });

  it("accepts a test up to the same day `validMonths` later, and flags the day after", () => {
    expect(checkPatchTest(tint, "2026-01-31", "2026-07-31", 6)).toEqual({ ok: true });
    expect(checkPatchTest(tint, "2026-01-31", "2026-08-01", 6)).toMatchObject({ ok: false, message: expect.stringContaining("within 6 months; the last was on Sat 31 Jan 2026") });
  });

  it("accepts a test on the day itself and flags one dated after the booking", () => {
    expect(checkPatchTest(tint, "2026-06-01", "2026-06-01", 6)).toEqual({ ok: true });
    expect(checkPatchTest(tint, "2026-06-02", "2026-06-01", 6)).toMatchObject({ ok: false });
  });
});

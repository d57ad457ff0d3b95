import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { onlineRefusal, ROOM_GONE, TIME_GONE, TIME_UNAVAILABLE } from "@/lib/online-booking/refusals";

describe("what an online client is told when the desk's rules refuse at the last moment", () => {
  it("never a “Book anyway”: a warning, another's service or no free room is said as a gone time (SLOT_TAKEN, so next times are offered)", () => {
    const said = (code: ConstructorParameters<typeof DomainError>[0]) => onlineRefusal(new DomainError(code, "the desk's words (Book anyway, Manager → Rooms)"));
    expect(said("NEEDS_CONFIRMATION")).toMatchObject({ code: "SLOT_TAKEN", message: TIME_UNAVAILABLE, field: "startsAt" });
    expect(said("NOT_THEIR_SERVICE")).toMatchObject({ code: "SLOT_TAKEN", message: TIME_UNAVAILABLE });
    expect(said("NO_RESOURCE")).toMatchObject({ code: "SLOT_TAKEN", message: ROOM_GONE });
    expect(said("OVERLAP")).toMatchObject({ code: "SLOT_TAKEN", message: TIME_GONE });
    for (const message of [TIME_UNAVAILABLE, ROOM_GONE, TIME_GONE]) expect(message).not.toMatch(/anyway|Manager/);
  });

  it("anything else is left as it is", () => {
    expect(onlineRefusal(new DomainError("NOT_FOUND", "gone"))).toBeNull();
    expect(onlineRefusal(new Error("boom"))).toBeNull();
  });
});

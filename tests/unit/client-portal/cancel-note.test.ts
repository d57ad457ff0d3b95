import { describe, expect, it } from "vitest";
import { cancelNote } from "@/lib/client-portal/cancel-note";
import { chooseCard } from "@/lib/client-portal/request-link";

const now = new Date("2026-06-01T08:00:00Z");
const inHours = (h: number) => new Date(+now + h * 3_600_000);
const policy = (lateCancelPolicy: "RETURN" | "FORFEIT") => ({ lateCancelHours: 24, lateCancelPolicy, noShowPolicy: "FORFEIT" as const });

describe("what cancelling means, said before the client confirms", () => {
  it("a course session inside the late window under a forfeit policy is forfeited", () => {
    expect(cancelNote({ startsAt: inHours(5), isCourse: true }, policy("FORFEIT"), now)).toMatchObject({ forfeits: true, text: expect.stringMatching(/will be forfeited/) });
  });
  it("otherwise the session comes back, and the policy is still stated", () => {
    expect(cancelNote({ startsAt: inHours(5), isCourse: true }, policy("RETURN"), now)).toMatchObject({ forfeits: false, text: expect.stringMatching(/gives the session back/) });
    expect(cancelNote({ startsAt: inHours(48), isCourse: true }, policy("FORFEIT"), now)).toEqual({
      forfeits: false,
      text: "The session comes back to your course. (Cancelling within 24 hours of an appointment forfeits the session.)",
    });
  });
  it("a single is never charged", () => {
    expect(cancelNote({ startsAt: inHours(5), isCourse: false }, policy("FORFEIT"), now)).toMatchObject({ forfeits: false, text: expect.stringMatching(/no charge/) });
    expect(cancelNote({ startsAt: inHours(48), isCourse: false }, policy("FORFEIT"), now).text).toBe("There is no charge for cancelling.");
  });
});

describe("the card a sign-in link opens", () => {
  const card = (id: number, over: Partial<Parameters<typeof chooseCard>[0][number]> = {}) => ({
    id,
    email: "a@example.com",
    possibleDuplicate: false,
    createdAt: new Date("2025-01-01"),
    appointments: [],
    clientCourses: [],
    ...over,
  });
  it("prefers the desk's card to a possible duplicate made online, then the one used most recently", () => {
    expect(chooseCard([card(1), card(2, { possibleDuplicate: true, createdAt: new Date("2026-05-01") })])?.id).toBe(1);
    expect(chooseCard([card(1, { appointments: [{ createdAt: new Date("2026-05-01") }] }), card(2)])?.id).toBe(1);
    expect(chooseCard([card(1), card(2, { clientCourses: [{ purchasedAt: new Date("2026-03-01") }] })])?.id).toBe(2);
    expect(chooseCard([])).toBeNull();
  });
});

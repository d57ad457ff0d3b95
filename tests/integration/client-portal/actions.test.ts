import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { inTransaction } from "@/lib/db";
import { CLIENT_COOKIE } from "@/lib/client-portal/client-cookie";
import { bookCourseSession } from "@/lib/client-portal/book-session";
import { newSecret, secretHash } from "@/lib/client-portal/secrets";
import { addDaysToDate, salonDateOf, salonInstant } from "@/lib/time";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";
import { fakeRequest, nextHeadersMock, nextInterrupt, rowCounts, type FakeRequest } from "../security/fake-request";

// The signed-in client's actions as Next would call them: the client comes from the cookie only,
// never from the form, and another client's appointment or course line is refused untouched.
const request = vi.hoisted(() => ({ current: null as unknown as FakeRequest }));
vi.mock("next/headers", () => ({
  cookies: () => nextHeadersMock(request.current).cookies(),
  headers: () => nextHeadersMock(request.current).headers(),
}));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), revalidatePath: () => undefined }));

const { bookCourseSessionAction, cancelMyAppointmentAction } = await import("@/lib/actions/client-portal");

const db = getTestDb();
let s: Salon;
let janeLine = 0;
let tomLine = 0;
let janeVisit = 0;
/** A day well inside the booking horizon, on the real clock (actions read it). */
const day = addDaysToDate(salonDateOf(new Date(), TZ), 10);
const at = (hhmm: string) => salonInstant(day, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), TZ);

beforeAll(async () => {
  s = await buildSalon(db);
  const now = new Date();
  janeLine = (await sell(db, s, s.jane.id, s.laserCourse.id, now)).lines[0].id;
  tomLine = (await sell(db, s, s.tom.id, s.laserCourse.id, now)).lines[0].id;
  janeVisit = (await inTransaction((tx) => bookCourseSession(tx, s.jane.id, { lineId: janeLine, staffId: s.anna.id, startsAt: at("10:00") }, now))).appointmentId;
});
beforeEach(() => {
  request.current = fakeRequest();
});

async function signInAs(clientId: number) {
  const token = newSecret();
  await db.clientSession.create({ data: { id: secretHash(token), clientId, expiresAt: new Date(Date.now() + 3_600_000) } });
  request.current.cookies.set(CLIENT_COOKIE, { value: token });
}

const form = (fields: Record<string, string | number>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
  return f;
};

describe("the client's own actions", () => {
  it("without a client sign-in, say so and do nothing (a staff sign-in is not one)", async () => {
    const before = await rowCounts(db);
    request.current.cookies.set("salon_session", { value: "x".repeat(43) });
    expect(await cancelMyAppointmentAction({}, form({ appointmentId: janeVisit }))).toEqual({ error: expect.stringMatching(/sign-in has ended/) });
    expect(await bookCourseSessionAction({}, form({ lineId: janeLine, staffId: "any", startsAt: at("12:00").toISOString() }))).toMatchObject({ code: "SIGNED_OUT" });
    request.current.cookies.set(CLIENT_COOKIE, { value: "made-up-token-made-up-token-made-up-token00" });
    expect(await bookCourseSessionAction({}, form({ lineId: janeLine, staffId: "any", startsAt: at("12:00").toISOString() }))).toMatchObject({ code: "SIGNED_OUT" });
    expect(await rowCounts(db)).toEqual(before);
  });

  it("refuse another client's appointment and course line, changing nothing", async () => {
    await signInAs(s.tom.id);
    const before = await rowCounts(db);
    expect(await cancelMyAppointmentAction({}, form({ appointmentId: janeVisit }))).toEqual({ error: "We could not find that appointment on your page." });
    expect(await bookCourseSessionAction({}, form({ lineId: janeLine, staffId: "any", startsAt: at("12:00").toISOString() }))).toMatchObject({
      code: "NOT_FOUND",
      error: expect.stringMatching(/could not find that course/),
    });
    expect(await rowCounts(db)).toEqual(before);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: janeVisit } })).status).toBe("BOOKED");
  });

  it("refuse a malformed form next to its field", async () => {
    await signInAs(s.tom.id);
    expect(await bookCourseSessionAction({}, form({ lineId: "abc", staffId: "someone", startsAt: "tomorrow" }))).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { lineId: [expect.any(String)], staffId: ["Choose a staff member from the list, or Anyone."], startsAt: ["Choose a time from the list."] },
    });
  });

  it("book a session from the client's own line and cancel it", async () => {
    await signInAs(s.tom.id);
    let redirectedTo: string | undefined;
    try {
      await bookCourseSessionAction({}, form({ lineId: tomLine, staffId: s.ben.id, startsAt: at("14:00").toISOString() }));
    } catch (error) {
      redirectedTo = nextInterrupt(error)?.redirectTo;
    }
    const booked = await db.appointment.findFirstOrThrow({ where: { clientId: s.tom.id, clientCourseLineId: tomLine } });
    expect(redirectedTo).toBe(`/book/me?booked=${booked.id}`);
    expect(booked).toMatchObject({ staffId: s.ben.id, source: "ONLINE", status: "BOOKED" });
    await expect(cancelMyAppointmentAction({}, form({ appointmentId: booked.id }))).rejects.toMatchObject({ digest: expect.stringContaining(`/book/me?cancelled=${booked.id}`) });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe("CANCELLED");
  });
});

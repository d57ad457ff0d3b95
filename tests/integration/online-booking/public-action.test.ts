import { beforeAll, describe, expect, it } from "vitest";
import { onlineBookingSchema } from "@/lib/online-booking/schemas";
import { inTransaction } from "@/lib/db";
import { bookOnline } from "@/lib/online-booking/book-online";
import { runPublicAction } from "@/lib/online-booking/public-action";
import { RateLimiter } from "@/lib/online-booking/rate-limit";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

/** The booking action's body, with the address and clock given instead of read from the request. */
function submit(fields: Record<string, string>, limiter = new RateLimiter(20, 600_000), address = "203.0.113.1") {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return runPublicAction(
    { schema: onlineBookingSchema, limiter, honeypot: true },
    ({ serviceId, staffId, startsAt, ...client }, { now }) => inTransaction((tx) => bookOnline(tx, { serviceId, staffId, startsAt, client }, now)),
    form,
    { address, now: NOW },
  );
}

const form = (over: Record<string, string> = {}) => ({
  serviceId: String(s.facial.id),
  staffId: "any",
  startsAt: at("2026-06-12", "10:00").toISOString(),
  firstName: "Pat",
  lastName: "Public",
  email: "pat@example.com",
  phone: "07700 900321",
  website: "",
  ...over,
});

describe("the public booking action", () => {
  it("books from a form and answers with the token", async () => {
    const result = await submit(form());
    expect(result).toMatchObject({ ok: true, data: { cancelToken: expect.any(String) } });
  });

  it("answers bad fields as data, next to the field, and writes nothing", async () => {
    const before = await db.appointment.count();
    const result = await submit(form({ email: "pat@", phone: "call me", startsAt: at("2026-06-12", "11:00").toISOString() }));
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { email: [expect.any(String)], phone: [expect.stringMatching(/phone number like/)] } });
    const unknown = await submit(form({ serviceId: "99999", startsAt: at("2026-06-12", "11:00").toISOString() }));
    expect(unknown).toMatchObject({ ok: false, code: "NOT_FOUND", fieldErrors: { serviceId: [expect.stringMatching(/cannot be booked online/)] } });
    expect(await db.appointment.count()).toBe(before);
  });

  it("refuses a filled honeypot without writing anything", async () => {
    const before = { a: await db.appointment.count(), c: await db.client.count() };
    const result = await submit(form({ website: "https://spam.example", email: "bot@example.com", startsAt: at("2026-06-12", "12:00").toISOString() }));
    expect(result).toMatchObject({ ok: false, code: "REJECTED" });
    expect({ a: await db.appointment.count(), c: await db.client.count() }).toEqual(before);
  });

  it("limits attempts per address", async () => {
    const limiter = new RateLimiter(2, 600_000);
    const bad = form({ email: "nope" });
    expect((await submit(bad, limiter)).ok).toBe(false);
    expect(await submit(bad, limiter)).toMatchObject({ code: "INVALID_INPUT" });
    expect(await submit(form({ startsAt: at("2026-06-12", "13:00").toISOString() }), limiter)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await submit(form({ startsAt: at("2026-06-12", "13:00").toISOString() }), limiter, "198.51.100.7")).toMatchObject({ ok: true });
  });
});

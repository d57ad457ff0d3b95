import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { inTransaction } from "@/lib/db";
import { filtersQuery, listMessages, loadMessage, MESSAGES_PAGE_SIZE, messageHref, parseMessageFilters, type MessageFilters } from "@/lib/messages/list-messages";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, type Salon } from "../../helpers/salon-fixture";
import { addMessage } from "./outbox-rows";

// Manager → Messages: the list's filters, search and pages, and one message as the manager reads it.
const db = getTestDb();
let s: Salon;
const none: MessageFilters = { status: null, kind: null, q: "", clientId: null, page: 1 };
const list = (f: Partial<MessageFilters> = {}) => listMessages(db, { ...none, ...f });

beforeAll(async () => {
  s = await buildSalon(db);
  // Whatever bookings wrote on their own is not this file's business: start from an empty outbox.
  await db.outboxMessage.deleteMany();
  const base = at("2026-06-01", "09:00").getTime();
  // 120 messages a minute apart, the newest last; three kinds and statuses among them.
  for (let i = 0; i < 120; i++) {
    const jane = i % 3 === 0;
    await addMessage(db, {
      kind: i % 10 === 0 ? "REMINDER" : "CONFIRMATION",
      status: i % 40 === 7 ? "FAILED" : i % 2 === 0 ? "SENT" : "PENDING",
      toEmail: jane ? "jane@example.com" : "tom@example.com",
      toName: jane ? "Jane Doe" : "Tom Hill",
      clientId: jane ? s.jane.id : s.tom.id,
      subject: `Message ${i}`,
      createdAt: new Date(base + i * 60_000),
      sentAt: i % 2 === 0 ? new Date(base + i * 60_000 + 30_000) : null,
    });
  }
});

describe("the list", () => {
  it("pages through every message newest first, 50 to a page", async () => {
    const first = await list();
    expect(first).toMatchObject({ total: 120, page: 1, pageCount: 3 });
    expect(first.rows).toHaveLength(MESSAGES_PAGE_SIZE);
    expect(first.rows[0].subject).toBe("Message 119");
    expect(first.rows[49].subject).toBe("Message 70");
    const third = await list({ page: 3 });
    expect(third.rows.map((r) => r.subject)).toEqual(Array.from({ length: 20 }, (_, i) => `Message ${19 - i}`));
    // A page past the end shows the last one.
    expect((await list({ page: 99 })).page).toBe(3);
  });

  it("filters by status and kind, and counts the failed ones whatever the filter", async () => {
    const failed = await list({ status: "FAILED" });
    expect(failed.rows.map((r) => r.subject)).toEqual(["Message 87", "Message 47", "Message 7"]);
    expect((await list({ kind: "REMINDER" })).total).toBe(12);
    expect((await list({ kind: "REMINDER", status: "SENT" })).total).toBe(12);
    expect((await list({ kind: "REMINDER", status: "PENDING" })).total).toBe(0);
    expect((await list({ kind: "SIGN_IN" })).failed).toBe(3);
  });

  it("finds by email or name (any case, every word), and by client card", async () => {
    expect((await list({ q: "jane@example" })).total).toBe(40);
    expect((await list({ q: "JANE" })).total).toBe(40);
    expect((await list({ q: "tom hill" })).total).toBe(80);
    expect((await list({ q: "tom doe" })).total).toBe(0);
    const janes = await list({ clientId: s.jane.id });
    expect(janes).toMatchObject({ total: 40, client: { id: s.jane.id, name: "Jane Doe" } });
    expect(janes.rows.every((r) => r.toEmail === "jane@example.com")).toBe(true);
    expect((await list({ clientId: s.jane.id, status: "FAILED" })).rows.map((r) => r.subject)).toEqual(["Message 87"]);
  });

  it("says when each was written and sent in the salon's time", async () => {
    const { rows } = await list({ status: "SENT" });
    // Message 118: written 10:58 BST on Mon 1 June 2026, sent 30 seconds later.
    expect(rows[0]).toMatchObject({ subject: "Message 118", written: "Mon 1 Jun 2026, 10:58", sent: "10:58" });
  });
});

describe("the filters in the URL", () => {
  it("reads what it understands and drops the rest", () => {
    expect(parseMessageFilters({ status: "FAILED", kind: "REMINDER", q: "  jane  ", client: "12", page: "3" })).toEqual({
      status: "FAILED",
      kind: "REMINDER",
      q: "jane",
      clientId: 12,
      page: 3,
    });
    expect(parseMessageFilters({ status: "failed'--", kind: ["NOPE"], client: "-1", page: "1e9" })).toEqual(none);
  });

  it("keeps page and filters on the way to a message and back, and a new filter starts at page 1", () => {
    const f: MessageFilters = { status: "FAILED", kind: null, q: "jane doe", clientId: null, page: 2 };
    expect(messageHref(7, f)).toBe("/manager/messages/7?status=FAILED&q=jane+doe&page=2");
    expect(parseMessageFilters(Object.fromEntries(new URLSearchParams(filtersQuery(f, { page: 2 }))))).toEqual(f);
    expect(filtersQuery(f, { kind: "SIGN_IN" })).toBe("?status=FAILED&kind=SIGN_IN&q=jane+doe");
  });
});

describe("one message", () => {
  it("never shows a sign-in link's token to the manager", async () => {
    const token = "Zk3v9Q_secret-token_8XyTq0aBcD";
    const m = await addMessage(db, {
      kind: "SIGN_IN",
      clientId: s.jane.id,
      subject: "Your sign-in link",
      bodyText: `Hello Jane,\n\nOpen http://127.0.0.1:3000/book/me/signin/${token} to see your courses.\nIt works once, for 30 minutes.`,
    });
    const detail = await loadMessage(db, m.id);
    expect(detail?.bodyText).toContain("http://127.0.0.1:3000/book/me/signin/•••• to see your courses.");
    expect(JSON.stringify(detail)).not.toContain(token);
    const row = (await list({ kind: "SIGN_IN" })).rows[0];
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("names the salon, the client and the appointment it is about, in the salon's time", async () => {
    const booked = await inTransaction(
      (tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, serviceId: s.facial.id, startsAt: at("2026-06-04", "14:30") }, s.ctx),
      db,
    );
    const m = await addMessage(db, { kind: "CONFIRMATION", clientId: s.tom.id, appointmentId: booked.id, status: "FAILED", attempts: 8, lastError: "Mailbox unavailable" });
    expect(await loadMessage(db, m.id)).toMatchObject({
      salonName: "Test Salon",
      client: { id: s.tom.id, name: "Tom Hill" },
      appointment: { id: booked.id, date: "2026-06-04", when: "Thu 4 Jun 2026, 14:30", serviceName: "Facial", staffName: "Anna Price", status: "BOOKED" },
      attempts: 8,
      lastError: "Mailbox unavailable",
    });
    expect(await loadMessage(db, 999_999)).toBeNull();

    // The confirmation the booking wrote itself (lib/messages/outbox.ts) reads the same way, cancel link and all.
    const written = await db.outboxMessage.findFirstOrThrow({ where: { appointmentId: booked.id, id: { not: m.id } } });
    const own = await loadMessage(db, written.id);
    expect(own).toMatchObject({ appointment: { id: booked.id }, toEmail: "tom@example.com" });
    expect(own!.bodyText).toMatch(/\/book\/cancel\/[\w-]{20,}/);
  });
});

describe("filters a link could not give", () => {
  it("names each one set but unreadable, and nothing for a clean or empty link", async () => {
    const { unreadFilters } = await import("@/lib/messages/list-messages");
    expect(unreadFilters({ status: "BOGUS", kind: "REMINDER", client: "abc", page: "0" })).toEqual(["status", "client", "page"]);
    expect(unreadFilters({ status: "FAILED", page: "2" })).toEqual([]);
    expect(unreadFilters({ q: "jane", status: "" })).toEqual([]);
  });
});

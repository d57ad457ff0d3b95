import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { inTransaction } from "@/lib/db";
import { queueSignInLink } from "@/lib/messages/outbox";
import { runSenderOnce } from "@/lib/messages/sender";
import { startMessageSender } from "@/lib/messages/sender-loop";
import { createMailTransport, type MailTransport } from "@/lib/messages/transport";
import { startSmtpCatcher, type Catcher, type CatcherOptions, type Refusal } from "../../helpers/smtp-catcher";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

// The sender against a real SMTP server in this process: what arrives, when a message is held
// back for good (stale), how a refusing server is retried with backoff, and when it gives up.

const db = getTestDb();
let s: Salon;
let catcher: Catcher;
/** Per test: what the server answers (set before sending), and how many messages it has answered. */
let answer: CatcherOptions = {};
let answered = 0;
const later = (seconds: number) => new Date(+NOW + seconds * 1000);

beforeAll(async () => {
  s = await buildSalon(db);
  await db.salonSettings.update({ where: { id: 1 }, data: { name: "Bloom Salon", reminderHours: 0 } });
  catcher = await startSmtpCatcher({
    refuse: (mail) => answer.refuse?.(mail, ++answered) ?? null,
    refuseRecipient: (address) => answer.refuseRecipient?.(address) ?? null,
  });
});
afterAll(async () => {
  transport?.close?.();
  await catcher.close();
});
beforeEach(async () => {
  answer = {};
  answered = 0;
  catcher.mails.length = 0;
  await db.outboxMessage.deleteMany();
});
afterEach(() => {
  answer = {};
});

let transport: MailTransport | undefined;
const send = (now: Date) => runSenderOnce(db, (transport ??= createMailTransport(catcher.url)), now);
let slot = 0;
/** Each booking on its own half hour of Anna's, from Wednesday 3 June 09:00 on. */
async function book(clientId = s.jane.id) {
  const i = slot++;
  const minute = 9 * 60 + (i % 16) * 30;
  const startsAt = at(`2026-06-${String(3 + Math.floor(i / 16)).padStart(2, "0")}`, `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`);
  return inTransaction((tx) => bookAppointment(tx, { clientId, staffId: s.anna.id, startsAt, serviceId: s.massage.id }, s.ctx));
}
const only = async () => (await db.outboxMessage.findMany())[0];

describe("delivery", () => {
  it("sends what is due with its own Message-ID and the salon's name, and records it SENT", async () => {
    await book();
    const written = await only();
    const tick = await send(NOW);
    expect(tick).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    expect(catcher.mails).toHaveLength(1);
    const [mail] = catcher.mails;
    expect(mail).toMatchObject({ to: "jane@example.com", messageId: written.messageId, subject: written.subject });
    expect(mail.from).toBe("Bloom Salon <no-reply@salon.local>");
    expect(mail.text).toBe(written.bodyText);
    expect(mail.subject).toBe("Booked: Back massage at Bloom Salon, Wednesday 3 June at 09:00");
    const sent = await only();
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, lastError: "" });
    // On `now`'s clock, moved on by the moments the sending took.
    expect(+sent.sentAt! - +NOW).toBeGreaterThanOrEqual(0);
    expect(+sent.sentAt! - +NOW).toBeLessThan(10_000);
    expect(await send(later(5))).toMatchObject({ sent: 0 });
    expect(catcher.mails).toHaveLength(1);
  });

  it("without a mail server nothing leaves: the message is kept, waiting", async () => {
    await book();
    expect(await runSenderOnce(db, null, NOW)).toMatchObject({ sent: 0 });
    expect(await only()).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(catcher.mails).toEqual([]);
  });

  it("two senders at once send each message once", async () => {
    for (let i = 0; i < 4; i++) await book(i % 2 ? s.tom.id : s.jane.id);
    const ticks = await Promise.all([send(NOW), send(NOW), send(NOW)]);
    expect(ticks.reduce((n, t) => n + t.sent, 0)).toBe(4);
    expect(new Set(catcher.mails.map((m) => m.messageId)).size).toBe(4);
    expect(catcher.mails).toHaveLength(4);
  });

  it("a message claimed by a sender that died is sent again once its lease is over, with the same Message-ID", async () => {
    await book();
    const written = await only();
    // As a sender leaves it when killed after the server's 250 OK: claimed, not recorded.
    await db.outboxMessage.update({ where: { id: written.id }, data: { status: "SENDING", attempts: 1, nextAttemptAt: later(60) } });
    expect(await send(later(30))).toMatchObject({ sent: 0 });
    expect(await send(later(61))).toMatchObject({ sent: 1 });
    expect(catcher.mails.map((m) => m.messageId)).toEqual([written.messageId]);
    expect(await only()).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("a sign-in email keeps its link until sent; then the outbox keeps only ••••", async () => {
    const token = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    await inTransaction((tx) => queueSignInLink(tx, { clientId: s.jane.id, email: "jane@example.com", token }, NOW));
    await send(later(60));
    expect(catcher.mails[0].text).toContain(`/book/me/signin/${token}`);
    const sent = await only();
    expect(sent.status).toBe("SENT");
    expect(sent.bodyText).toContain("/book/me/signin/••••");
    expect(sent.bodyText).not.toContain(token);
  });
});

it("the server's loop: one per process, delivering within a pass or two, stopped cleanly", async () => {
  const log: string[] = [];
  const loop = startMessageSender({ db, transport: createMailTransport(catcher.url), pollMs: 100, log: (line) => log.push(line) });
  try {
    expect(startMessageSender({ db, transport: null, pollMs: 100 })).toBe(loop);
    // On the real clock: a booking whose confirmation is due now.
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(10, 0, 0, 0);
    await inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, startsAt, serviceId: s.massage.id, bookAnyway: true }, { ...s.ctx, now: new Date() }));
    await expect.poll(() => catcher.mails.length, { timeout: 10_000 }).toBe(1);
    expect(log).toEqual(["[messages] sending client emails through the given transport"]);
  } finally {
    await loop?.stop();
  }
  // Stopped: a new one may start (the next process, or a test).
  const next = startMessageSender({ db, transport: null, pollMs: 100, log: () => {} });
  expect(next).not.toBe(loop);
  await next?.stop();
});

describe("never sent when out of date", () => {
  it("a booking moved or cancelled outside the desk's operations is caught at sending time", async () => {
    const moved = await book();
    const cancelled = await book(s.tom.id);
    await db.appointment.update({ where: { id: moved.id }, data: { startsAt: at("2026-06-04", "10:00"), endsAt: at("2026-06-04", "10:30") } });
    await db.appointment.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const tick = await send(NOW);
    expect(tick).toMatchObject({ sent: 0, stale: 2 });
    expect(catcher.mails).toEqual([]);
    const rows = await db.outboxMessage.findMany({ orderBy: { appointmentId: "asc" } });
    expect(rows.map((r) => [r.status, r.lastError])).toEqual([
      ["STALE", "The appointment was moved."],
      ["STALE", "The appointment was cancelled."],
    ]);
  });

  it("a message replaced by a later one while it was being sent by a sender that died is not sent", async () => {
    const appt = await book();
    await db.outboxMessage.updateMany({ data: { status: "SENDING", attempts: 1, nextAttemptAt: later(60) } });
    await inTransaction((tx) => changeAppointment(tx, { appointmentId: appt.id, staffId: s.ben.id }, s.ctx));
    await send(later(61));
    const [first, second] = await db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(catcher.mails.map((m) => m.messageId)).toEqual([second.messageId]);
    expect(first).toMatchObject({ kind: "CONFIRMATION", status: "STALE", lastError: "Replaced by a later message about this appointment." });
    expect(second).toMatchObject({ kind: "CHANGED", status: "SENT" });
  });

  it("once the appointment has started, what was not sent stays unsent", async () => {
    const appt = await book();
    await send(new Date(+appt.startsAt + 60_000));
    expect(catcher.mails).toEqual([]);
    expect(await only()).toMatchObject({ status: "STALE", lastError: "The appointment has started or is over." });
  });
});

describe("a mail server that refuses", () => {
  const tempFail: Refusal = { code: 451, message: "Try again later" };

  it("is tried again after 30 s, then 1 min …, and the message arrives once", async () => {
    answer.refuse = (_mail, n) => (n <= 2 ? tempFail : null);
    await book();
    expect(await send(NOW)).toMatchObject({ retrying: 1 });
    let m = await only();
    expect(m).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(m.lastError).toContain("Try again later");
    expect(+m.nextAttemptAt - +NOW).toBeGreaterThanOrEqual(27_000);
    expect(+m.nextAttemptAt - +NOW).toBeLessThanOrEqual(33_100);

    expect(await send(later(20))).toMatchObject({ sent: 0, retrying: 0 });
    expect(await send(later(40))).toMatchObject({ retrying: 1 });
    m = await only();
    expect(m.attempts).toBe(2);
    expect(+m.nextAttemptAt - +later(40)).toBeGreaterThanOrEqual(54_000);
    expect(+m.nextAttemptAt - +later(40)).toBeLessThanOrEqual(66_100);

    expect(await send(later(200))).toMatchObject({ sent: 1 });
    expect(await only()).toMatchObject({ status: "SENT", attempts: 3, lastError: "" });
    expect(catcher.mails).toHaveLength(1);
    expect(answered).toBe(3);
  });

  it("gives up after 8 tries: FAILED, with the server's words", async () => {
    answer.refuse = () => ({ code: 421, message: "Service not available" });
    await book();
    let now = NOW;
    for (let i = 0; i < 8; i++) {
      await send(now);
      now = new Date(+now + 2 * 3_600_000);
    }
    expect(await only()).toMatchObject({ status: "FAILED", attempts: 8 });
    expect((await only()).lastError).toContain("Service not available");
    expect(await send(new Date(+now + 24 * 3_600_000))).toMatchObject({ sent: 0, failed: 0, retrying: 0 });
  }, 30_000);

  it("a recipient the server refuses for good (5xx) fails at once", async () => {
    answer.refuseRecipient = () => ({ code: 550, message: "No such mailbox" });
    await book();
    expect(await send(NOW)).toMatchObject({ failed: 1 });
    expect(await only()).toMatchObject({ status: "FAILED", attempts: 1 });
    expect((await only()).lastError).toContain("No such mailbox");
  });
});


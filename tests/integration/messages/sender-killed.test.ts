import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { inTransaction } from "@/lib/db";
import { sellCourse } from "@/lib/courses/sell-course";
import { opContext } from "@/lib/op-context";
import { salonDateOf, salonInstant, addDaysToDate } from "@/lib/time";
import { createClient } from "@/prisma/factories";
import { startSmtpCatcher, type Catcher } from "../../helpers/smtp-catcher";
import { getTestDb, testDatabaseUrl } from "../../helpers/test-db";
import { buildSalon, TZ, type Salon } from "../../helpers/salon-fixture";

// THE crash test: the sender runs in its own process (as in the server), on the real clock, and is
// SIGKILLed by the mail server the moment it has taken a message, as it answers 250 OK, so the
// outbox never records that one SENT. Restarted, it sends everything: every message arrives, none
// more than twice, and only ever with the Message-ID the outbox gave it.

const db = getTestDb();
let s: Salon;
let catcher: Catcher;
let child: ChildProcess | null = null;
const LEASE_MS = 1500;
/** The n-th message the server accepts (duplicates count) kills the sender. */
const KILL_AT = [3, 9];
const killedAt: string[] = [];
const exits: Promise<void>[] = [];

function startSender(): void {
  // node itself with tsx's loader (not the tsx CLI, which would run the sender in a grandchild the kill misses).
  const proc = spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "tests/helpers/message-sender-child.ts")], {
    env: {
      ...process.env,
      DATABASE_URL: testDatabaseUrl(),
      SMTP_URL: catcher.url,
      MESSAGE_POLL_MS: "200",
      MESSAGE_LEASE_MS: String(LEASE_MS),
      NODE_ENV: "test",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stderr?.on("data", (d) => process.stderr.write(d));
  exits.push(new Promise((resolve) => proc.on("exit", () => resolve())));
  child = proc;
}

beforeAll(async () => {
  s = await buildSalon(db);
  await db.salonSettings.update({ where: { id: 1 }, data: { reminderHours: 0 } });
  catcher = await startSmtpCatcher({
    onAccept: (mails, n) => {
      if (!KILL_AT.includes(n) || !child) return;
      // The server has the message; the sender dies before it can record SENT: the worst moment to die.
      killedAt.push(mails[0].messageId);
      child.kill("SIGKILL");
      child = null;
    },
  });
  // Messages written on the real clock (the child sends on it): confirmations a few days ahead, and receipts.
  const now = new Date();
  const ctx = opContext(s.manager.id, now);
  const day = addDaysToDate(salonDateOf(now, TZ), 3);
  for (let i = 0; i < 8; i++) {
    const client = await createClient(db, { firstName: `Client${i}`, lastName: "Kill", email: `client${i}@example.com` });
    const startsAt = salonInstant(day, 9 * 60 + i * 60, TZ);
    await inTransaction((tx) => bookAppointment(tx, { clientId: client.id, staffId: i % 2 ? s.anna.id : s.ben.id, startsAt, serviceId: s.facial.id, bookAnyway: true }, ctx));
    if (i < 6) await inTransaction((tx) => sellCourse(tx, { clientId: client.id, templateId: s.laserCourse.id, paymentMethod: "CARD" }, ctx));
  }
}, 60_000);

afterAll(async () => {
  child?.kill("SIGKILL");
  await catcher?.close();
});

it("delivers every message after SIGKILLs mid-send: none lost, none more than twice, never a new Message-ID", async () => {
  const outbox = await db.outboxMessage.findMany({ select: { messageId: true } });
  expect(outbox).toHaveLength(14);

  startSender();
  const deadline = Date.now() + 90_000;
  for (;;) {
    // A killed sender is followed by a new one, as a process manager would restart the server.
    if (!child) startSender();
    const waiting = await db.outboxMessage.count({ where: { status: { not: "SENT" } } });
    if (waiting === 0) break;
    if (Date.now() > deadline) throw new Error(`${waiting} message(s) still not sent; statuses: ${JSON.stringify(await db.outboxMessage.groupBy({ by: ["status"], _count: true }))}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  child?.kill("SIGKILL");
  await Promise.all(exits);

  expect(killedAt).toHaveLength(KILL_AT.length);
  const ids = new Set(outbox.map((m) => m.messageId));
  const arrived = new Map<string, number>();
  for (const mail of catcher.mails) arrived.set(mail.messageId, (arrived.get(mail.messageId) ?? 0) + 1);
  // Every message arrived, with its own Message-ID and no other.
  expect([...arrived.keys()].sort()).toEqual([...ids].sort());
  // None more than twice; the ones whose sender died after the 250 OK came twice, the same email both times.
  expect(Math.max(...arrived.values())).toBeLessThanOrEqual(2);
  for (const messageId of killedAt) expect(arrived.get(messageId)).toBe(2);
  expect(catcher.mails.length).toBe(outbox.length + killedAt.length);
  const copies = catcher.mails.filter((m) => m.messageId === killedAt[0]);
  expect(copies[1].text).toBe(copies[0].text);
  expect(copies[1].subject).toBe(copies[0].subject);
  const attempts = await db.outboxMessage.findMany({ where: { messageId: { in: killedAt } }, select: { attempts: true } });
  expect(attempts.map((a) => a.attempts)).toEqual([2, 2]);
}, 120_000);

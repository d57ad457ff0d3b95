import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { inTransaction } from "@/lib/db";
import { retryMessage } from "@/lib/messages/retry-message";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";
import { addMessage } from "./outbox-rows";

// "Try again" on a failed message: managers only, only a FAILED message, back in the queue as new.
const signedIn = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => signedIn.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { retryMessageAction } = await import("@/lib/actions/messages");

const db = getTestDb();
let s: Salon;
const frontDesk = (): SignedInStaff => ({ id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" });
const manager = (): SignedInStaff => ({ id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" });
const failed = () => addMessage(db, { status: "FAILED", attempts: 8, lastError: "550 Mailbox unavailable", createdAt: new Date(NOW.getTime() - 3_600_000) });
const row = (id: number) => db.outboxMessage.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  signedIn.staff = null;
});

describe("retryMessage", () => {
  it("puts a failed message back in the queue, due now, with no tries, keeping the last error", async () => {
    const m = await failed();
    await inTransaction((tx) => retryMessage(tx, m.id, NOW), db);
    expect(await row(m.id)).toMatchObject({ status: "PENDING", attempts: 0, nextAttemptAt: NOW, lastError: "550 Mailbox unavailable", messageId: m.messageId });
    // Pressed twice: the second finds it waiting already and says so.
    await expect(inTransaction((tx) => retryMessage(tx, m.id, NOW), db)).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/still waiting to be sent/) });
  });

  it("refuses every other state with a clear message, and changes nothing", async () => {
    for (const [status, words] of [
      ["SENT", /it was sent/],
      ["PENDING", /still waiting/],
      ["SENDING", /being sent now/],
      ["STALE", /cancelled or moved/],
    ] as const) {
      const m = await addMessage(db, { status, attempts: 2, lastError: "timeout" });
      await expect(inTransaction((tx) => retryMessage(tx, m.id, NOW), db)).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(words) });
      expect(await row(m.id)).toEqual(m);
    }
    await expect(inTransaction((tx) => retryMessage(tx, 987_654, NOW), db)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not send again a sign-in link that has expired", async () => {
    const old = await addMessage(db, { kind: "SIGN_IN", status: "FAILED", attempts: 8, createdAt: new Date(NOW.getTime() - 31 * 60_000) });
    await expect(inTransaction((tx) => retryMessage(tx, old.id, NOW), db)).rejects.toMatchObject({ message: expect.stringMatching(/expired/) });
    expect(await row(old.id)).toEqual(old);
    const fresh = await addMessage(db, { kind: "SIGN_IN", status: "FAILED", attempts: 8, createdAt: new Date(NOW.getTime() - 5 * 60_000) });
    await inTransaction((tx) => retryMessage(tx, fresh.id, NOW), db);
    expect((await row(fresh.id)).status).toBe("PENDING");
  });
});

describe("retryMessageAction", () => {
  it("refuses the front desk and nobody signed in, and changes nothing", async () => {
    const m = await failed();
    expect(await retryMessageAction({ messageId: m.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    signedIn.staff = frontDesk();
    expect(await retryMessageAction({ messageId: m.id })).toMatchObject({ ok: false, code: "FORBIDDEN", error: "Only a manager can do that." });
    expect(await row(m.id)).toEqual(m);
  });

  it("lets a manager try again, and answers bad input and refusals as data", async () => {
    const m = await failed();
    signedIn.staff = manager();
    for (const junk of [{}, { messageId: "abc" }, { messageId: -3 }, { messageId: "1.5" }, { messageId: "99999999999999" }]) {
      expect(await retryMessageAction(junk)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
    expect(await row(m.id)).toEqual(m);
    const form = new FormData();
    form.set("messageId", String(m.id));
    expect(await retryMessageAction(form)).toMatchObject({ ok: true, data: { message: expect.stringMatching(/Queued to send again/) } });
    expect(await row(m.id)).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await retryMessageAction({ messageId: m.id })).toMatchObject({ ok: false, code: "INVALID_STATE", fieldErrors: undefined });
  });
});

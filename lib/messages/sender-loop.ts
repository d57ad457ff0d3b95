/**
 * The server process's message sender (started by instrumentation.ts): one pass every
 * MESSAGE_POLL_MS, never two at once, one loop per process (kept on globalThis, so a dev-server
 * reload does not start a second). A failing pass is logged and the next one tries again.
 */
import { db as appDb } from "@/lib/db";
import { readServerEnv } from "@/lib/env";
import { runSenderOnce } from "./sender";
import { createMailTransport, smtpHost, type MailTransport } from "./transport";

export type SenderLoop = { stop(): Promise<void> };

type LoopOptions = { db?: typeof appDb; transport?: MailTransport | null; pollMs?: number; leaseMs?: number; log?: (line: string) => void };

const globalForSender = globalThis as unknown as { salonMessageSender?: SenderLoop };

export function startMessageSender(opts: LoopOptions = {}): SenderLoop | null {
  if (globalForSender.salonMessageSender) return globalForSender.salonMessageSender;
  const env = readServerEnv().env;
  const pollMs = opts.pollMs ?? env.messagePollMs;
  const log = opts.log ?? ((line: string) => console.log(line));
  if (pollMs === 0) {
    log("[messages] MESSAGE_POLL_MS=0: this process sends no messages and writes no reminders.");
    return null;
  }
  const transport = opts.transport !== undefined ? opts.transport : env.smtpUrl ? createMailTransport(env.smtpUrl) : null;
  log(
    transport
      ? `[messages] sending client emails through ${smtpHost(env.smtpUrl) ?? "the given transport"}`
      : "[messages] SMTP_URL is not set: client emails are kept, not sent (Manager → Messages shows them).",
  );

  const db = opts.db ?? appDb;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastError = "";

  const tick = async () => {
    try {
      await runSenderOnce(db, transport, new Date(), { leaseMs: opts.leaseMs ?? env.messageLeaseMs });
      lastError = "";
    } catch (error) {
      // Said once per different error: a database that is down must not fill the log every tick.
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) console.error(`[messages] sender pass failed (will try again): ${message}`);
      lastError = message;
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, pollMs);
    // The loop alone must not keep a process alive that is otherwise done.
    timer.unref();
  };
  running = tick().finally(schedule);

  const loop: SenderLoop = {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport?.close?.();
      if (globalForSender.salonMessageSender === loop) delete globalForSender.salonMessageSender;
    },
  };
  globalForSender.salonMessageSender = loop;
  return loop;
}

// What the browser tests' mail server received (scripts/e2e-server.ts writes each email it accepts
// to tests/.tmp/mail-<E2E_PORT>/<time>-<n>.json). Specs wait for a message as a client would: by
// the address it went to, then read its text and follow its links.
import fs from "node:fs";
import path from "node:path";

export type Mail = {
  /** The recipient's address, lower case. */
  to: string;
  subject: string;
  text: string;
  messageId: string;
  /** ISO time the mail server accepted it. */
  receivedAt: string;
};

export function mailDir(port = process.env.E2E_PORT ?? "3200"): string {
  return path.resolve("tests", ".tmp", `mail-${port}`);
}

function readAll(): Mail[] {
  const dir = mailDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.startsWith("."))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Mail);
}

/** Every email received for `to` so far, oldest first. */
export function mailsTo(to: string): Mail[] {
  const address = to.trim().toLowerCase();
  return readAll().filter((m) => m.to === address);
}

function matches(subject: string, want: string | RegExp | undefined): boolean {
  if (want === undefined) return true;
  return typeof want === "string" ? subject.includes(want) : want.test(subject);
}

/**
 * The first email for `to` (with a subject containing or matching `subject`, received after
 * `after`, ms since the epoch) once it has arrived; fails after `timeoutMs` (20 s) naming what did.
 */
export async function waitForMail(opts: { to: string; subject?: string | RegExp; after?: number; timeoutMs?: number }): Promise<Mail> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  for (;;) {
    const found = mailsTo(opts.to).find((m) => Date.parse(m.receivedAt) >= (opts.after ?? 0) && matches(m.subject, opts.subject));
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = mailsTo(opts.to).map((m) => `"${m.subject}"`);
      throw new Error(`No email to ${opts.to} matching ${String(opts.subject ?? "anything")} arrived in time; it has: ${seen.join(", ") || "nothing"}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in the email's text whose path starts with `pathStart` ("/book/cancel/"). */
export function linkIn(mail: Mail, pathStart: string): string {
  for (const [url] of mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    if (new URL(url).pathname.startsWith(pathStart)) return url;
  }
  throw new Error(`No link to ${pathStart}… in "${mail.subject}":\n${mail.text}`);
}

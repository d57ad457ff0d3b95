/** After a failed try: 30 s, 1 min, 2 min, 4 min … at most an hour, each ±10% so retries of many messages spread out. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return Math.round(base * (0.9 + 0.2 * random()));
}

/**
 * A refusal that retrying cannot fix: the mail server said 5xx to the recipient (no such mailbox,
 * address refused). Anything else (4xx, timeouts, a server that is down, a bad password) may pass.
 */
export function isPermanentRefusal(error: unknown): boolean {
  const e = error as { responseCode?: number; command?: string; code?: string };
  if (e?.code === "EENVELOPE") return true;
  return typeof e?.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600 && /^RCPT/i.test(e.command ?? "");
}

/** What is kept of an error for Manager → Messages: the server's words, short, with no credentials. */
export function describeError(error: unknown): string {
  const e = error as { message?: string; responseCode?: number };
  const text = String(e?.message ?? error).replace(/[a-z]+:\/\/[^\s@/]*@/gi, "smtp://…@").replace(/\s+/g, " ").trim();
  return text.slice(0, 300) || "Unknown error";
}

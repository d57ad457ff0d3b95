import { z } from "zod";
import { db, type Db } from "@/lib/db";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";

/**
 * Checking a sign-in, without cookies: rate limit, then the password. Kept apart from the session so
 * integration tests can call it on a test database. Failed attempts are rows (LoginAttempt), so the
 * limit holds across restarts and across several server processes on one database.
 *
 * The limit is per (email, address) PAIR: a burst of wrong passwords from one address slows that
 * account from that address only. Other addresses (the real person at the desk) and other accounts
 * (the rest of the staff behind the same proxy) are never locked out by someone else's guessing.
 */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address.").max(254, "That email address is too long."),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});
export type SignInInput = z.input<typeof signInSchema>;

export const WRONG_CREDENTIALS = "Email or password is incorrect.";
/** The sign-in action's answer to a call that did not bring the form (a hand-made request). */
export const SIGN_IN_FORM_MISSING = "The sign-in form did not arrive. Reload the page and try again.";
/** Failures of one pair that cost nothing: a person mistyping a few times never waits. */
export const FREE_FAILURES_PER_PAIR = 5;
/** The wait after the last failure, per failure beyond the free ones: 1, 2, 4, 8, then 15 minutes. */
export const DELAY_MINUTES = [1, 2, 4, 8, 15] as const;
/** Failures older than this no longer count. */
export const FAILURE_WINDOW_HOURS = 24;

/** "Too many sign-in attempts. Try again in 4 minutes." — whole minutes, rounded up, at least 1. */
export function tooManyAttempts(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
/** Recognises the message above, whatever the minutes (for callers and tests). */
export const TOO_MANY_ATTEMPTS_PATTERN = /^Too many sign-in attempts\. Try again in \d+ minutes?\.$/;

/**
 * How long the next attempt of a pair must wait after its last failure, given how many failures it
 * has in the window: none for the first FREE_FAILURES_PER_PAIR, then growing, capped at 15 minutes.
 */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES_PER_PAIR) return 0;
  const step = Math.min(failures - FREE_FAILURES_PER_PAIR, DELAY_MINUTES.length - 1);
  return DELAY_MINUTES[step] * 60_000;
}

export type CredentialsResult =
  | { ok: true; staffId: number }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export async function checkCredentials(input: SignInInput, address: string, client: Db = db): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return { ok: false, error: Object.values(fieldErrors).flat()[0] ?? WRONG_CREDENTIALS, fieldErrors };
  }
  const { email, password } = parsed.data;
  const since = new Date(Date.now() - FAILURE_WINDOW_HOURS * 3_600_000);

  // The attempt is written BEFORE counting, so a burst of parallel guesses cannot all pass a count
  // taken before any of them was recorded. Each attempt counts the pair's rows written before its own
  // (smaller id: SQLite commits writes one at a time, so those are visible now); the k-th of a burst
  // sees k-1 of them, and an earlier attempt still in flight counts as a failure just now.
  const attempt = await client.loginAttempt.create({ data: { email, address }, select: { id: true } });
  const before = await client.loginAttempt.aggregate({
    where: { email, address, createdAt: { gt: since }, id: { lt: attempt.id } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  const failures = before._count._all;
  const delay = delayAfterFailures(failures);
  const last = before._max.createdAt?.getTime() ?? 0;
  // Capped at the delay: a row stamped a moment "ahead" (another process's clock) never adds a minute.
  const wait = Math.min(delay, last + delay - Date.now());
  if (delay > 0 && wait > 0) {
    // A refused try is not a failure: it neither lengthens the wait nor counts towards the next one.
    await client.loginAttempt.deleteMany({ where: { id: attempt.id } });
    return { ok: false, error: tooManyAttempts(wait) };
  }

  const staff = await client.staff.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  // Always run one scrypt, so unknown emails, wrong passwords and inactive staff take the same time.
  const matches = await verifyPassword(password, staff?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!staff || !staff.passwordHash || !staff.active || !matches) {
    return { ok: false, error: WRONG_CREDENTIALS }; // the attempt row stays: it is the failure
  }

  // A success clears this pair only; failures of the same email from other addresses still count there.
  await client.loginAttempt.deleteMany({ where: { email, address } });
  return { ok: true, staffId: staff.id };
}

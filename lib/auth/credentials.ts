import { z } from "zod";
import { db, type Db } from "@/lib/db";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";

/**
 * Checking a sign-in, without cookies: rate limit, then the password. Kept apart from the session so
 * integration tests can call it on a test database. Failed attempts are rows (LoginAttempt), so the
 * limit holds across restarts and across several server processes on one database.
 */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address.").max(254, "That email address is too long."),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});
export type SignInInput = z.input<typeof signInSchema>;

export const WRONG_CREDENTIALS = "Email or password is incorrect.";
export const TOO_MANY_ATTEMPTS = "Too many sign-in attempts. Please wait a few minutes and try again.";
export const LIMIT_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

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
  const since = new Date(Date.now() - LIMIT_WINDOW_MINUTES * 60 * 1000);

  // The attempt is written BEFORE counting, so a burst of parallel guesses cannot all pass a count
  // taken before any of them was recorded: the k-th to count sees at least k rows.
  const attempt = await client.loginAttempt.create({ data: { email, address }, select: { id: true } });
  const [byEmail, byAddress] = await Promise.all([
    client.loginAttempt.count({ where: { email, createdAt: { gt: since } } }),
    client.loginAttempt.count({ where: { address, createdAt: { gt: since } } }),
  ]);
  if (byEmail > MAX_FAILURES_PER_EMAIL || byAddress > MAX_FAILURES_PER_ADDRESS) {
    // A refused try is not a failure: the lock ends LIMIT_WINDOW_MINUTES after the last real one.
    await client.loginAttempt.deleteMany({ where: { id: attempt.id } });
    return { ok: false, error: TOO_MANY_ATTEMPTS };
  }

  const staff = await client.staff.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  // Always run one scrypt, so unknown emails, wrong passwords and inactive staff take the same time.
  const matches = await verifyPassword(password, staff?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!staff || !staff.passwordHash || !staff.active || !matches) {
    return { ok: false, error: WRONG_CREDENTIALS }; // the attempt row stays: it is the failure
  }

  await client.loginAttempt.deleteMany({ where: { email } });
  return { ok: true, staffId: staff.id };
}

import "server-only";
import { checkCredentials, type CredentialsResult } from "./credentials";
import { createSession, destroySession } from "./session";

/**
 * Signs a staff member in: normalised email, rate limit, one generic message for every kind of
 * failure, and on success a brand-new session (any session this browser already had is ended first).
 */
export async function signIn(email: string, password: string, address: string): Promise<CredentialsResult> {
  const result = await checkCredentials({ email, password }, address);
  if (!result.ok) return result;
  await destroySession();
  await createSession(result.staffId);
  return result;
}

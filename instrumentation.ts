/**
 * Runs once when a server starts (`next dev`, `next start`): checks the environment (lib/env.ts),
 * starts the client-email sender (lib/messages/sender-loop.ts) and, in production, checks whether
 * the published demo password still opens any account. A production server refuses to start on a
 * wrong setting, rather than run with a silent default.
 */
export async function register() {
  // The proxy's runtime has no database; `next build` also loads this file and must not need one.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;

  const { checkServerEnv, refuseToStart, UnsafeEnvironmentError } = await import("./lib/env");
  let env;
  try {
    env = checkServerEnv();
  } catch (error) {
    if (error instanceof UnsafeEnvironmentError) refuseToStart(error.message);
    throw error;
  }
  // One loop per process (it keeps itself on globalThis); it never throws, a failing pass is logged.
  const { startMessageSender } = await import("./lib/messages/sender-loop");
  startMessageSender();
  if (process.env.NODE_ENV !== "production") return;

  const { accountsWithDemoPassword, judgeDemoLogins } = await import("./lib/auth/demo-logins");
  let open: string[];
  try {
    open = await accountsWithDemoPassword();
  } catch (error) {
    // A database that cannot be read yet shows itself on the first request; do not hide that here.
    console.warn("[security] could not check for demo logins:", error instanceof Error ? error.message : error);
    return;
  }
  const verdict = judgeDemoLogins(env.salonMode, true, open);
  if (verdict.action === "refuse") refuseToStart(verdict.message);
  if (verdict.action === "warn") console.warn(`[security] ${verdict.message}`);
}

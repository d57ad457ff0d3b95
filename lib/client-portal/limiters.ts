import { RateLimiter } from "@/lib/online-booking/rate-limit";

// Per-address limits for the client's page, in this process's memory as for online booking
// (lib/online-booking/rate-limit.ts says why). On globalThis: one set per process.
const limiters = globalThis as unknown as { clientPortalLimiters?: { link: RateLimiter; signIn: RateLimiter; page: RateLimiter } };
limiters.clientPortalLimiters ??= {
  // Link requests per address: a household of several clients is well within it; a list of guesses is not.
  link: new RateLimiter(10, 30 * 60_000),
  // "Continue" presses on a sign-in link per address (each link works once anyway).
  signIn: new RateLimiter(30, 10 * 60_000),
  // Bookings and cancellations from a signed-in client's page.
  page: new RateLimiter(40, 10 * 60_000),
};
export const linkLimiter = limiters.clientPortalLimiters.link;
export const signInLimiter = limiters.clientPortalLimiters.signIn;
export const pageLimiter = limiters.clientPortalLimiters.page;

/**
 * A per-address limit for the public booking form, kept in this server process's memory.
 * Why memory: the salon runs one `next start` process on one machine, the schema may not grow a
 * table for it, and the login attempts table means something else. A restart forgets the counts,
 * which only ever lets a few more attempts through; a salon running several processes would move
 * this to a shared store. Sliding window: at most `limit` hits in any `windowMs`.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Keys kept at most; the oldest are dropped first, so a flood of addresses cannot grow it forever. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one attempt for `key` at `now`; false when the key has used its attempts. */
  hit(key: string, now: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.delete(key); // re-insert: Map order is then least recently used first
    this.hits.set(key, recent);
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string);
    return true;
  }
}

// On globalThis: one set of counts per process even if the bundler loads this module twice.
const limiters = globalThis as unknown as { onlineBookingLimiters?: { booking: RateLimiter; cancel: RateLimiter } };
limiters.onlineBookingLimiters ??= {
  // Booking attempts per address: a family booking several treatments is well within it.
  booking: new RateLimiter(20, 10 * 60_000),
  // Cancel-link submissions per address.
  cancel: new RateLimiter(20, 10 * 60_000),
};
export const bookingLimiter = limiters.onlineBookingLimiters.booking;
export const cancelLimiter = limiters.onlineBookingLimiters.cancel;

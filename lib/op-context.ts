/** Who is acting and when: every domain operation takes it, so tests can fix the clock. */
export type OpContext = { staffId: number; now: Date };

export function opContext(staffId: number, now: Date = new Date()): OpContext {
  return { staffId, now };
}

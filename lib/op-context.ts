/**
 * Who is acting and when: every domain operation takes it, so tests can fix the clock. staffId null
 * is the system (an online booking, a client's cancel link): nothing is attributed to a staff member.
 */
export type OpContext = { staffId: number | null; now: Date };

export function opContext(staffId: number | null, now: Date = new Date()): OpContext {
  return { staffId, now };
}

/** The staff member a change is recorded against: manager changes always have one. */
export function staffIdOf(ctx: OpContext): number {
  if (ctx.staffId === null) throw new Error("This change must be made by a staff member.");
  return ctx.staffId;
}

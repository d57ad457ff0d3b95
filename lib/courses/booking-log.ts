import type { Tx } from "@/lib/db";

/**
 * The one writer of the course booking log (eslint.config.mjs "salon/one-ledger-writer"): which
 * appointment took or gave back a unit of a line, when, why and by whom. Balances never read it
 * (they count the appointments); the client card's course history does.
 */
export async function logBooking(
  tx: Tx,
  entry: {
    lineId: number;
    appointmentId: number;
    action: "BOOKED" | "RELEASED";
    reason?: string;
    /** 0 (online booking, seed, system) is no staff member. */
    staffId: number | null;
    /** The operation's clock (ctx.now), so the history lines up with the appointment it explains. */
    now?: Date;
  },
): Promise<void> {
  await tx.courseBookingLog.create({
    data: {
      clientCourseLineId: entry.lineId,
      appointmentId: entry.appointmentId,
      action: entry.action,
      reason: entry.reason ?? "",
      staffId: entry.staffId || null,
      createdAt: entry.now ?? new Date(),
    },
  });
}

import { single } from "@/lib/till/tender";
import { vatShare } from "@/lib/till/vat";
import type { Tx } from "@/lib/db";
import { logBooking } from "@/lib/courses/booking-log";
import { queueAppointmentMessage } from "@/lib/messages/outbox";
import { DomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/salon-settings";
import { staffIdOf, type OpContext } from "@/lib/op-context";
import { salonDateOf } from "@/lib/time";
import { loadCourseOrThrow } from "./manage-course";
import type { ClientCourseView } from "./load-courses";

/** The default refund: the value of what was paid for and not redeemed (nor forfeited, removed or transferred away). */
export async function unredeemedValue(tx: Tx, course: ClientCourseView): Promise<number> {
  const lineIds = course.lines.map((l) => l.id);
  const [used, removed] = await Promise.all([
    tx.redemption.aggregate({ where: { clientCourseLineId: { in: lineIds }, reversedAt: null }, _sum: { valueMinor: true } }),
    tx.clientCourseChange.aggregate({ where: { clientCourseId: course.id, kind: { in: ["TRANSFER_OUT", "ADJUST"] } }, _sum: { amountMinor: true } }),
  ]);
  const lineValue = course.lines.reduce((a, l) => a + l.valueMinor, 0);
  return Math.max(0, lineValue - (used._sum.valueMinor ?? 0) - (removed._sum.amountMinor ?? 0));
}

/**
 * The most a refund may be: what was paid into the course less what was transferred away. A course
 * made by a transfer has no price of its own; the value carried over to it is what it holds.
 */
export async function refundableValue(tx: Tx, course: ClientCourseView): Promise<number> {
  const [row, out] = await Promise.all([
    tx.clientCourse.findUnique({ where: { id: course.id }, select: { transferredFromId: true } }),
    tx.clientCourseChange.aggregate({ where: { clientCourseId: course.id, kind: "TRANSFER_OUT" }, _sum: { amountMinor: true } }),
  ]);
  const carried = course.lines.reduce((a, l) => a + l.valueMinor, 0);
  const paidIn = row?.transferredFromId ? carried : course.pricePaidMinor;
  return Math.max(0, paidIn - (out._sum.amountMinor ?? 0));
}

export type BookedResolution = { appointmentId: number; action: "SINGLE" | "CANCEL" };

/**
 * Refunds a course. Its booked sessions must each be turned into a single appointment or cancelled
 * first (all in this transaction); then the refund is a negative sale line dated today. Up to the
 * unused value is the plain refund; more (up to what was paid in) needs `aboveUnusedReason`, which is
 * kept in the REFUND change's reason with both amounts, so the course history shows why.
 */
export async function refundCourse(
  tx: Tx,
  input: {
    clientCourseId: number;
    amountMinor: number;
    paymentMethod: "CASH" | "CARD";
    reason: string;
    aboveUnusedReason?: string;
    booked: BookedResolution[];
  },
  ctx: OpContext,
) {
  const { course, timezone } = await loadCourseOrThrow(tx, input.clientCourseId, ctx.now);
  if (course.status === "REFUNDED") throw new DomainError("INVALID_STATE", `${course.name} has already been refunded.`);
  const { currency } = await getSettings(tx);
  const money = (minor: number) => formatMoney(minor, currency);
  const cap = await refundableValue(tx, course);
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor < 0 || input.amountMinor > cap) {
    throw new DomainError(
      "INVALID_INPUT",
      `The refund can be at most ${money(cap)}: what was paid for this course, less anything transferred away.`,
      "amountMinor",
    );
  }
  const unused = Math.min(await unredeemedValue(tx, course), cap);
  const above = input.amountMinor - unused;
  const why = input.aboveUnusedReason?.trim() ?? "";
  if (above > 0 && why.length < 3) {
    throw new DomainError(
      "INVALID_INPUT",
      `${money(input.amountMinor)} is more than the unused value of ${money(unused)}. Say why you are refunding more.`,
      "aboveUnusedReason",
    );
  }
  const reason = above > 0 ? `${input.reason} — ${money(above)} above the unused value ${money(unused)}: ${why}` : input.reason;
  const held = course.lines.flatMap((l) => l.facts.bookings.map((b) => ({ appointmentId: b.appointmentId, lineId: l.id })));
  const decided = new Map(input.booked.map((b) => [b.appointmentId, b.action]));
  const undecided = held.filter((h) => !decided.has(h.appointmentId));
  if (undecided.length > 0) {
    throw new DomainError("INVALID_STATE", `${undecided.length} booked session(s) must first be turned into single appointments or cancelled.`, "booked");
  }
  for (const h of held) {
    const action = decided.get(h.appointmentId)!;
    await tx.appointment.update({
      where: { id: h.appointmentId },
      data: action === "SINGLE" ? { clientCourseLineId: null } : { status: "CANCELLED", cancelledAt: ctx.now, cancelCause: "SALON", cancelledById: staffIdOf(ctx) },
    });
    await logBooking(tx, {
      lineId: h.lineId,
      appointmentId: h.appointmentId,
      action: "RELEASED",
      reason: action === "SINGLE" ? "course refunded: now a single service" : "course refunded: appointment cancelled",
      staffId: staffIdOf(ctx),
      now: ctx.now,
    });
  }

  await tx.clientCourse.update({ where: { id: course.id }, data: { status: "REFUNDED" } });
  // The salon cancelled them: each client is told, once the course reads as refunded.
  for (const h of held) if (decided.get(h.appointmentId) === "CANCEL") await queueAppointmentMessage(tx, "CANCELLATION", h.appointmentId, ctx.now);
  // The VAT paid on the sale comes back in proportion to what is refunded (none if it carried none).
  const sold = await tx.saleLine.findFirst({ where: { clientCourseId: course.id, kind: "COURSE", amountMinor: { gt: 0 } }, select: { vat: { select: { rateBp: true, grossMinor: true, vatMinor: true } } } });
  const sale = await tx.sale.create({
    data: {
      clientId: course.clientId,
      staffId: staffIdOf(ctx),
      saleOn: salonDateOf(ctx.now, timezone),
      createdAt: ctx.now,
      totalMinor: -input.amountMinor,
      paymentMethod: input.amountMinor === 0 ? "NONE" : input.paymentMethod,
      lines: {
        create: [
          {
            kind: "COURSE",
            description: `Refund: ${course.name}`,
            amountMinor: -input.amountMinor,
            clientCourseId: course.id,
            vat: { create: vatShare(sold?.vat ?? [], -input.amountMinor) },
          },
        ],
      },
      payments: { create: single(input.paymentMethod, -input.amountMinor) },
    },
  });
  await tx.clientCourseChange.create({
    data: { clientCourseId: course.id, kind: "REFUND", amountMinor: input.amountMinor, reason, staffId: staffIdOf(ctx), createdAt: ctx.now },
  });
  return { saleId: sale.id };
}

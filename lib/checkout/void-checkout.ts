import type { Tx } from "@/lib/db";
import { logBooking } from "@/lib/courses/booking-log";
import { DomainError } from "@/lib/errors";
import { staffIdOf, type OpContext } from "@/lib/op-context";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf } from "@/lib/time";
import { negateVat } from "@/lib/till/vat";

/**
 * Voids a visit's checkout, by compensating records only: each redemption is reversed (its session is
 * booked again on its appointment), each charged line is reversed by a negative line of a new sale
 * dated today (the original day's figures never change), and the appointments return to Checked in,
 * so the visit can be checked out again. The receipt stays, marked void with who, when and why.
 * Voiding twice changes nothing; a void cannot itself be voided.
 */
export async function voidCheckout(tx: Tx, input: { saleId: number; reason: string }, ctx: OpContext) {
  const sale = await tx.sale.findUnique({
    where: { id: input.saleId },
    include: {
      void: { select: { id: true, reversalSaleId: true } },
      voidOf: { select: { id: true } },
      lines: { include: { vat: true } },
      payments: true,
      redemptions: { where: { reversedAt: null }, include: { clientCourseLine: { select: { clientCourse: { select: { name: true, status: true } } } } } },
    },
  });
  if (!sale) throw new DomainError("NOT_FOUND", "That receipt no longer exists.");
  if (sale.void) return { voidId: sale.void.id, reversalSaleId: sale.void.reversalSaleId, alreadyVoid: true };
  if (sale.voidOf) throw new DomainError("INVALID_STATE", "This receipt is itself a void: it cannot be voided.");
  const charged = sale.lines.filter((l) => l.appointmentId !== null && l.reversedAt === null);
  if (charged.length === 0 && sale.redemptions.length === 0) {
    throw new DomainError("INVALID_STATE", "Only a visit's checkout can be voided. A course sale is undone by refunding the course.");
  }
  const refunded = sale.redemptions.find((r) => r.clientCourseLine.clientCourse.status !== "ACTIVE");
  if (refunded) throw new DomainError("INVALID_STATE", `${refunded.clientCourseLine.clientCourse.name} was refunded since: its session cannot be booked again.`);

  const { timezone } = await getSettings(tx);
  const today = salonDateOf(ctx.now, timezone);
  const staffId = staffIdOf(ctx);
  const totalMinor = -charged.reduce((sum, l) => sum + l.amountMinor, 0);
  const reversal = charged.length
    ? await tx.sale.create({
        data: {
          clientId: sale.clientId,
          staffId,
          saleOn: today,
          createdAt: ctx.now,
          totalMinor,
          paymentMethod: totalMinor === 0 ? "NONE" : sale.paymentMethod,
          lines: {
            create: charged.map((l) => ({
              kind: l.kind,
              description: `Void: ${l.description}`,
              amountMinor: -l.amountMinor,
              reversesLineId: l.id,
              vat: { create: negateVat(l.vat) },
            })),
          },
          // Paid back the way it was paid, method by method.
          payments: { create: sale.payments.map((p) => ({ method: p.method, amountMinor: -p.amountMinor, tenderedMinor: null, changeMinor: 0 })) },
        },
      })
    : null;
  const checkoutVoid = await tx.checkoutVoid.create({
    data: { saleId: sale.id, reversalSaleId: reversal?.id ?? null, reason: input.reason, staffId, createdAt: ctx.now, voidedOn: today },
  });
  if (charged.length) await tx.saleLine.updateMany({ where: { id: { in: charged.map((l) => l.id) } }, data: { reversedAt: ctx.now } });
  for (const r of sale.redemptions) {
    await tx.redemption.update({ where: { id: r.id }, data: { reversedAt: ctx.now } });
    await tx.redemptionReversal.create({
      data: { redemptionId: r.id, kind: "VOID", reason: input.reason, staffId, createdAt: ctx.now, reversedOn: today, checkoutVoidId: checkoutVoid.id },
    });
    await logBooking(tx, { lineId: r.clientCourseLineId, appointmentId: r.appointmentId, action: "BOOKED", reason: "checkout voided: booked again", staffId, now: ctx.now });
  }
  const appointmentIds = [...charged.map((l) => l.appointmentId!), ...sale.redemptions.map((r) => r.appointmentId)];
  await tx.appointment.updateMany({ where: { id: { in: appointmentIds }, status: "COMPLETED" }, data: { status: "CHECKED_IN", completedAt: null } });
  return { voidId: checkoutVoid.id, reversalSaleId: reversal?.id ?? null, alreadyVoid: false };
}

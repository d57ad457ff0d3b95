import type { Tx } from "@/lib/db";
import { redeemAppointment } from "@/lib/courses/redeem";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { getSettings } from "@/lib/settings";
import { salonDateOf } from "@/lib/time";

export type CheckoutInput = {
  appointmentIds: number[];
  paymentMethod: "CASH" | "CARD";
  /** The same key on a retry (double click, network) finds the first sale instead of a second. */
  idempotencyKey?: string;
};

/**
 * Takes payment for a visit: course appointments are redeemed at no charge, singles are charged.
 * Idempotent three ways: the key, the appointments' state read inside this transaction, and the
 * database's one-redemption and one-charge-per-appointment keys.
 */
export async function checkoutVisit(tx: Tx, input: CheckoutInput, ctx: OpContext): Promise<{ saleId: number; alreadyPaid: boolean }> {
  if (input.idempotencyKey) {
    const earlier = await tx.sale.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
    if (earlier) return { saleId: earlier.id, alreadyPaid: true };
  }
  const settings = await getSettings(tx);
  const appointments = await tx.appointment.findMany({
    where: { id: { in: input.appointmentIds } },
    include: {
      service: { select: { name: true } },
      saleLine: { select: { saleId: true } },
      redemption: { select: { saleId: true } },
    },
    orderBy: { startsAt: "asc" },
  });
  if (appointments.length !== new Set(input.appointmentIds).size) throw new DomainError("NOT_FOUND", "An appointment in this visit no longer exists.");
  const clientIds = new Set(appointments.map((a) => a.clientId));
  if (clientIds.size !== 1) throw new DomainError("INVALID_INPUT", "A visit is for one client.");

  const open = appointments.filter((a) => a.status === "BOOKED" || a.status === "CHECKED_IN");
  if (open.length === 0) {
    const paid = appointments.find((a) => a.saleLine || a.redemption?.saleId);
    if (paid) return { saleId: (paid.saleLine?.saleId ?? paid.redemption?.saleId)!, alreadyPaid: true };
    throw new DomainError("INVALID_STATE", "There is nothing left to pay for in this visit.");
  }
  const today = salonDateOf(ctx.now, settings.timezone);
  if (open.some((a) => salonDateOf(a.startsAt, settings.timezone) > today)) {
    throw new DomainError("INVALID_STATE", "An appointment in the future cannot be checked out yet.");
  }

  const singles = open.filter((a) => !a.clientCourseLineId);
  const totalMinor = singles.reduce((sum, a) => sum + a.priceMinor, 0);
  const sale = await tx.sale.create({
    data: {
      clientId: open[0].clientId,
      staffId: ctx.staffId || null,
      saleOn: today,
      createdAt: ctx.now,
      totalMinor,
      paymentMethod: totalMinor === 0 ? "NONE" : input.paymentMethod,
      idempotencyKey: input.idempotencyKey ?? null,
      lines: {
        create: singles.map((a) => ({ kind: "SERVICE" as const, description: a.service.name, amountMinor: a.priceMinor, appointmentId: a.id })),
      },
    },
  });
  for (const a of open) {
    if (a.clientCourseLineId) {
      await redeemAppointment(tx, { ...a, clientCourseLineId: a.clientCourseLineId }, {
        reason: "CHECKOUT",
        saleId: sale.id,
        staffId: ctx.staffId,
        now: ctx.now,
        timezone: settings.timezone,
      });
    }
  }
  await tx.appointment.updateMany({
    where: { id: { in: open.map((a) => a.id) } },
    data: { status: "COMPLETED", completedAt: ctx.now },
  });
  return { saleId: sale.id, alreadyPaid: false };
}

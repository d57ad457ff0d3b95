import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { unitsValue } from "@/lib/money";
import { staffIdOf, type OpContext } from "@/lib/op-context";
import { formatSalonDate, salonDateOf } from "@/lib/time";
import { consumedUnits } from "./consumed-units";
import { loadCourseOrThrow } from "./manage-course";

/**
 * Transfers what is left (the free units) to another client as a new client course. Sessions already
 * booked stay with their appointments. The value moves with the units, so the salon's liability is unchanged.
 */
export async function transferCourse(tx: Tx, input: { clientCourseId: number; toClientId: number; reason: string }, ctx: OpContext) {
  const { course, timezone } = await loadCourseOrThrow(tx, input.clientCourseId, ctx.now);
  if (course.status === "REFUNDED") throw new DomainError("INVALID_STATE", `${course.name} was refunded; nothing is left to transfer.`);
  if (input.toClientId === course.clientId) throw new DomainError("INVALID_INPUT", "Choose a different client to transfer to.", "toClientId");
  const recipient = await tx.client.findUnique({ where: { id: input.toClientId }, select: { id: true } });
  if (!recipient) throw new DomainError("NOT_FOUND", "That client no longer exists.", "toClientId");
  const moving = course.lines.filter((l) => l.balance.free > 0);
  if (moving.length === 0) throw new DomainError("INVALID_STATE", `Nothing is left on ${course.name} to transfer.`);

  const today = salonDateOf(ctx.now, timezone);
  // An expired course has nothing usable to give: extend it first if the salon wants to honour it.
  const expiry = course.expiry;
  if (expiry && expiry < today) {
    throw new DomainError("INVALID_STATE", `${course.name} expired on ${formatSalonDate(expiry)}; extend the expiry first if you want to transfer it.`);
  }
  const lines = [];
  for (const [i, l] of moving.entries()) {
    const valueMinor = unitsValue(l.valueMinor, l.quantity, await consumedUnits(tx, l.id), l.balance.free);
    const listValueMinor = Math.round((l.listValueMinor * l.balance.free) / Math.max(1, l.quantity));
    lines.push({ source: l, quantity: l.balance.free, valueMinor, listValueMinor, sortOrder: i });
  }
  const created = await tx.clientCourse.create({
    data: {
      clientId: recipient.id,
      templateId: course.templateId,
      name: course.name,
      kind: course.kind,
      unit: course.unit,
      pricePaidMinor: 0,
      listValueMinor: lines.reduce((a, l) => a + l.listValueMinor, 0),
      purchasedAt: ctx.now,
      purchasedOn: today,
      validityMonths: course.validityMonths,
      validityFrom: course.validityFrom,
      // The recipient keeps the same end date once the clock has started; an unstarted
      // "from first use" course starts again at the recipient's first session.
      expiresOn: expiry,
      transferredFromId: course.id,
      lines: {
        create: lines.map((l) => ({
          serviceId: l.source.serviceId,
          serviceName: l.source.serviceName,
          quantity: l.quantity,
          listValueMinor: l.listValueMinor,
          valueMinor: l.valueMinor,
          sortOrder: l.sortOrder,
        })),
      },
    },
  });
  for (const l of lines) {
    await tx.clientCourseChange.create({
      data: {
        clientCourseId: course.id,
        clientCourseLineId: l.source.id,
        kind: "TRANSFER_OUT",
        quantityDelta: -l.quantity,
        amountMinor: l.valueMinor,
        otherClientCourseId: created.id,
        reason: input.reason,
        staffId: staffIdOf(ctx),
        createdAt: ctx.now,
      },
    });
  }
  await tx.clientCourseChange.create({
    data: {
      clientCourseId: created.id,
      kind: "TRANSFER_IN",
      amountMinor: lines.reduce((a, l) => a + l.valueMinor, 0),
      otherClientCourseId: course.id,
      reason: input.reason,
      staffId: staffIdOf(ctx),
      createdAt: ctx.now,
    },
  });
  return created;
}

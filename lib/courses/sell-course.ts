import { single } from "@/lib/till/tender";
import { serviceRate, vatByRate } from "@/lib/till/vat";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { allocate } from "@/lib/money";
import type { OpContext } from "@/lib/op-context";
import { queueCourseReceipt } from "@/lib/messages/outbox";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf, validityEnd } from "@/lib/time";

/** A line's worth at list price: sessions × price, or minutes at the service's price per minute. */
export function lineListValue(unit: "SESSIONS" | "MINUTES", quantity: number, service: { priceMinor: number; durationMinutes: number }): number {
  return unit === "SESSIONS" ? quantity * service.priceMinor : Math.round((quantity * service.priceMinor) / service.durationMinutes);
}

/**
 * Sells a course: the client course is a snapshot of the template (lines, quantities, list values,
 * price paid, expiry), and its full price counts in today's sales.
 */
export async function sellCourse(
  tx: Tx,
  input: { clientId: number; templateId: number; paymentMethod: "CASH" | "CARD"; idempotencyKey?: string; notify?: boolean },
  ctx: OpContext,
): Promise<{ clientCourseId: number; saleId: number }> {
  if (input.idempotencyKey) {
    const earlier = await tx.sale.findUnique({
      where: { idempotencyKey: input.idempotencyKey },
      select: { id: true, lines: { select: { clientCourseId: true } } },
    });
    if (earlier?.lines[0]?.clientCourseId) return { clientCourseId: earlier.lines[0].clientCourseId, saleId: earlier.id };
  }
  const settings = await getSettings(tx);
  const [client, template] = await Promise.all([
    tx.client.findUnique({ where: { id: input.clientId }, select: { id: true } }),
    tx.courseTemplate.findUnique({
      where: { id: input.templateId },
      include: { lines: { orderBy: { sortOrder: "asc" }, include: { service: true } } },
    }),
  ]);
  if (!client) throw new DomainError("NOT_FOUND", "That client no longer exists.", "clientId");
  if (!template) throw new DomainError("NOT_FOUND", "That course no longer exists.", "templateId");
  if (!template.active) throw new DomainError("INVALID_STATE", `${template.name} is no longer sold.`, "templateId");
  if (template.lines.length === 0) throw new DomainError("INVALID_STATE", `${template.name} has no services.`, "templateId");

  const today = salonDateOf(ctx.now, settings.timezone);
  const listValues = template.lines.map((l) => lineListValue(template.unit, l.quantity, l.service));
  const values = allocate(template.priceMinor, listValues);
  const course = await tx.clientCourse.create({
    data: {
      clientId: client.id,
      templateId: template.id,
      name: template.name,
      kind: template.kind,
      unit: template.unit,
      pricePaidMinor: template.priceMinor,
      listValueMinor: listValues.reduce((a, b) => a + b, 0),
      purchasedAt: ctx.now,
      purchasedOn: today,
      validityMonths: template.validityMonths,
      validityFrom: template.validityFrom,
      expiresOn: template.validityMonths && template.validityFrom === "PURCHASE" ? validityEnd(today, template.validityMonths) : null,
      lines: {
        create: template.lines.map((l, i) => ({
          serviceId: l.serviceId,
          serviceName: l.service.name,
          quantity: l.quantity,
          listValueMinor: listValues[i],
          valueMinor: values[i],
          sortOrder: i,
        })),
      },
    },
  });
  const sale = await tx.sale.create({
    data: {
      clientId: client.id,
      staffId: ctx.staffId || null,
      saleOn: today,
      createdAt: ctx.now,
      totalMinor: template.priceMinor,
      paymentMethod: template.priceMinor === 0 ? "NONE" : input.paymentMethod,
      idempotencyKey: input.idempotencyKey ?? null,
      lines: {
        create: [
          {
            kind: "COURSE",
            description: template.name,
            amountMinor: template.priceMinor,
            clientCourseId: course.id,
            // A single-purpose voucher: its VAT is due today, pro-rata to what each line is worth.
            vat: { create: vatByRate(template.lines.map((l, i) => ({ grossMinor: values[i], rateBp: serviceRate(settings, l.service) }))) },
          },
        ],
      },
      payments: { create: single(input.paymentMethod, template.priceMinor) },
    },
  });
  // The receipt is written with the sale (a repeated sale returned above writes no second one).
  if (input.notify !== false) await queueCourseReceipt(tx, course.id, ctx.now);
  return { clientCourseId: course.id, saleId: sale.id };
}

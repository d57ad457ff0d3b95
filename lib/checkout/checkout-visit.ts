import { changeAppointment } from "@/lib/appointments/change-appointment";
import { earlyNotice, isEarly } from "@/lib/appointments/early";
import type { Tx } from "@/lib/db";
import { redeemAppointment } from "@/lib/courses/redeem";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf } from "@/lib/time";
import { DiscountError, discountVisit, type DiscountOn } from "@/lib/till/discounts";
import { settle, tenderFor, TenderError } from "@/lib/till/tender";
import { serviceRate, vatRowFor } from "@/lib/till/vat";

export type CheckoutInput = {
  /** The lines the desk ticked: only these are completed, charged or redeemed. */
  appointmentIds: number[];
  /** Ticked singles to redeem from a course line instead of charging ("Redeem from course"). */
  redeem?: { appointmentId: number; lineId: number }[];
  /** The whole amount by one method, unless `split` says how much goes on each. */
  paymentMethod: "CASH" | "CARD";
  split?: { cardMinor: number; cashMinor: number };
  /** Cash handed over (change is given from it); the cash part when not given. */
  cashReceivedMinor?: number;
  /** On a charged line (its appointment) or on the whole visit (null), with one reason for all. */
  discounts?: DiscountOn[];
  discountReason?: string;
  /** The same key on a retry (double click, network) finds the first sale instead of a second. */
  idempotencyKey?: string;
  /** The desk confirmed checking out lines that start well after now. */
  confirmEarly?: boolean;
};

// The live charge and redemption of each appointment (a voided one no longer counts).
const include = {
  service: { select: { name: true, vatRateBp: true } },
  saleLines: { where: { reversedAt: null }, select: { saleId: true } },
  redemptions: { where: { reversedAt: null }, select: { saleId: true } },
} as const;

/**
 * Takes payment for the ticked lines of a visit: course appointments are redeemed at no charge,
 * singles are charged (or redeemed from a course, when the desk chose so), and nothing else changes.
 * Idempotent three ways: the key, the appointments' state read inside this transaction, and the
 * database's one-redemption and one-charge-per-appointment keys.
 */
export async function checkoutVisit(tx: Tx, input: CheckoutInput, ctx: OpContext): Promise<{ saleId: number; alreadyPaid: boolean }> {
  if (input.idempotencyKey) {
    const earlier = await tx.sale.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
    if (earlier) return { saleId: earlier.id, alreadyPaid: true };
  }
  const settings = await getSettings(tx);
  const ids = [...new Set(input.appointmentIds)];
  const load = () => tx.appointment.findMany({ where: { id: { in: ids } }, include, orderBy: { startsAt: "asc" } });
  let appointments = await load();
  if (appointments.length !== ids.length) throw new DomainError("NOT_FOUND", "An appointment in this visit no longer exists.");
  if (new Set(appointments.map((a) => a.clientId)).size !== 1) throw new DomainError("INVALID_INPUT", "A visit is for one client.");
  const tz = settings.timezone;
  if (new Set(appointments.map((a) => salonDateOf(a.startsAt, tz))).size !== 1) {
    throw new DomainError("INVALID_INPUT", "A visit is one client's appointments on one day.");
  }

  const isOpen = (a: { status: string }) => a.status === "BOOKED" || a.status === "CHECKED_IN";
  const open = appointments.filter(isOpen);
  if (open.length === 0) {
    const paidBy = (a: (typeof appointments)[number]) => a.saleLines[0]?.saleId ?? a.redemptions[0]?.saleId ?? null;
    const paid = appointments.find((a) => paidBy(a) !== null);
    if (paid) return { saleId: paidBy(paid)!, alreadyPaid: true };
    throw new DomainError("INVALID_STATE", "There is nothing left to pay for in this visit.");
  }
  const today = salonDateOf(ctx.now, tz);
  if (salonDateOf(open[0].startsAt, tz) > today) throw new DomainError("INVALID_STATE", "An appointment in the future cannot be checked out yet.");
  const early = open.filter((a) => isEarly(a.startsAt, ctx.now));
  if (early.length > 0 && !input.confirmEarly) {
    const notices = early.map((a) => earlyNotice({ startsAt: a.startsAt, serviceName: a.service.name }, ctx.now, tz));
    throw new DomainError("CONFIRM_EARLY", `${notices.join(" ")} Check ${early.length === 1 ? "it" : "them"} out now?`);
  }

  // "Redeem from course" on a single: converted here, with every check a conversion has.
  for (const choice of input.redeem ?? []) {
    const a = open.find((x) => x.id === choice.appointmentId);
    if (!a) throw new DomainError("INVALID_INPUT", "Only a ticked line of this visit can be redeemed from a course.");
    if (a.clientCourseLineId === choice.lineId) continue;
    if (a.clientCourseLineId) throw new DomainError("INVALID_STATE", `${a.service.name} is already booked from a course.`);
    await changeAppointment(tx, { appointmentId: a.id, clientCourseLineId: choice.lineId }, ctx);
  }
  if (input.redeem?.length) appointments = await load();
  const toSettle = appointments.filter(isOpen);

  const singles = toSettle.filter((a) => !a.clientCourseLineId);
  const { lines, payments, discountReason } = price(singles, input);
  const totalMinor = lines.reduce((sum, l) => sum + l.amountMinor, 0);
  const sale = await tx.sale.create({
    data: {
      clientId: toSettle[0].clientId,
      staffId: ctx.staffId || null,
      saleOn: today,
      createdAt: ctx.now,
      totalMinor,
      paymentMethod: payments.summary,
      discountReason,
      idempotencyKey: input.idempotencyKey ?? null,
      lines: {
        create: singles.map((a, i) => ({
          kind: "SERVICE" as const,
          description: a.service.name,
          amountMinor: lines[i].amountMinor,
          listMinor: lines[i].discountMinor ? lines[i].listMinor : null,
          discountMinor: lines[i].discountMinor,
          appointmentId: a.id,
          vat: { create: vatRowFor(lines[i].amountMinor, serviceRate(settings, a.service)) },
        })),
      },
      payments: { create: payments.payments },
    },
  });
  for (const a of toSettle) {
    if (a.clientCourseLineId) {
      await redeemAppointment(tx, { ...a, clientCourseLineId: a.clientCourseLineId }, { reason: "CHECKOUT", saleId: sale.id, staffId: ctx.staffId, now: ctx.now, timezone: tz });
    }
  }
  await tx.appointment.updateMany({ where: { id: { in: toSettle.map((a) => a.id) } }, data: { status: "COMPLETED", completedAt: ctx.now } });
  return { saleId: sale.id, alreadyPaid: false };
}

/**
 * The charged lines after discounts and how they are paid, checked against each other: a discount on
 * a line that is not charged, more off than the price, or card and cash that do not add up to the
 * total are refused with words for the desk.
 */
function price(singles: { id: number; priceMinor: number }[], input: CheckoutInput) {
  try {
    const lines = discountVisit(singles.map((a) => ({ key: a.id, listMinor: a.priceMinor })), input.discounts ?? []);
    const dueMinor = lines.reduce((sum, l) => sum + l.amountMinor, 0);
    const payments = settle(dueMinor, tenderFor(dueMinor, { method: input.paymentMethod, split: input.split, cashReceivedMinor: input.cashReceivedMinor }));
    const discounted = lines.some((l) => l.discountMinor > 0);
    return { lines, payments, discountReason: discounted ? (input.discountReason ?? "").trim() || null : null };
  } catch (error) {
    if (error instanceof DiscountError || error instanceof TenderError) throw new DomainError("INVALID_INPUT", error.message);
    throw error;
  }
}

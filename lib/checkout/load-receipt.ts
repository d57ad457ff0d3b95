import type { Tx } from "@/lib/db";
import { sessionNumberOf } from "@/lib/courses/ledger";
import { loadClientCourses } from "@/lib/courses/load-courses";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDateOf, type SalonDate } from "@/lib/time";
import { fullName } from "@/lib/clients/display";
import { vatSummary, type VatRow } from "@/lib/till/vat";

export type ReceiptLine = {
  id: number;
  kind: "SERVICE" | "COURSE" | "OTHER";
  /** What the receipt prints: "Laser underarm", "Course: 6 × Laser underarm", "Refund: 6 × Laser underarm". */
  label: string;
  /** "10:00 with Anna Price" for a service; null otherwise. */
  detail: string | null;
  amountMinor: number;
  /** The price before a discount, and what was taken off (0: none). */
  listMinor: number;
  discountMinor: number;
};

/** How it was paid, a row per method; for cash what was handed over and the change. */
export type ReceiptPayment = { method: "CASH" | "CARD"; amountMinor: number; tenderedMinor: number | null; changeMinor: number };

export type ReceiptRedemption = {
  id: number;
  serviceName: string;
  /** "6 × Laser underarm, session 3 of 6" or "300 minutes of back massage, 30 minutes". */
  courseNote: string;
  /** "10:00 with Anna Price" */
  detail: string;
};

export type Receipt = {
  saleId: number;
  /** The printed sale number, "000123". */
  number: string;
  salonName: string;
  /** The salon's address (lines) and phone, as set under Manager → Settings; "" when not set. */
  salonAddress: string;
  salonPhone: string;
  currency: string;
  /** The day the sale counts in sales. */
  saleOn: SalonDate;
  /** When it was taken, in the salon's timezone. */
  takenOn: SalonDate;
  takenAt: string;
  client: { id: number; name: string } | null;
  takenBy: string | null;
  paymentMethod: "CASH" | "CARD" | "SPLIT" | "NONE";
  totalMinor: number;
  payments: ReceiptPayment[];
  /** Why lines were discounted; null when none was. */
  discountReason: string | null;
  /** A visit's checkout, a course or package bought, a refund (negative total), or a void's reversal. */
  kind: "VISIT" | "COURSE" | "REFUND" | "VOID";
  /** This visit's checkout was voided: who, when (salon time), why, and the receipt that reversed it. */
  voided: { by: string; when: string; reason: string; reversalSaleId: number | null } | null;
  /** This receipt reverses another (a void): that receipt. */
  reverses: { saleId: number; number: string } | null;
  lines: ReceiptLine[];
  redemptions: ReceiptRedemption[];
  /** The VAT in the sale per rate (empty when it carried none), and the salon's VAT number. */
  vat: (VatRow & { netMinor: number })[];
  vatNumber: string;
  /** The day of the visit's appointments (else the sale day): where "Back to calendar" goes. */
  calendarDate: SalonDate;
};

export function saleNumber(saleId: number): string {
  return String(saleId).padStart(6, "0");
}

/**
 * A sale as its receipt prints it: plain data, in a fixed number of queries (settings, the sale with
 * its lines and redemptions, and the client courses those redemptions came from).
 */
export async function loadReceipt(tx: Tx, saleId: number, now = new Date()): Promise<Receipt | null> {
  if (!Number.isSafeInteger(saleId) || saleId <= 0) return null;
  const settings = await getSettings(tx);
  const sale = await tx.sale.findUnique({
    where: { id: saleId },
    select: {
      id: true,
      saleOn: true,
      createdAt: true,
      totalMinor: true,
      paymentMethod: true,
      client: { select: { id: true, firstName: true, lastName: true } },
      staff: { select: { name: true } },
      void: { select: { reason: true, createdAt: true, reversalSaleId: true, staff: { select: { name: true } } } },
      voidOf: { select: { saleId: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          kind: true,
          description: true,
          amountMinor: true,
          listMinor: true,
          discountMinor: true,
          appointment: { select: { startsAt: true, staff: { select: { name: true } } } },
          clientCourse: { select: { kind: true } },
          vat: { select: { rateBp: true, grossMinor: true, vatMinor: true } },
        },
      },
      payments: { orderBy: { id: "asc" }, select: { method: true, amountMinor: true, tenderedMinor: true, changeMinor: true } },
      discountReason: true,
      redemptions: {
        orderBy: [{ appointment: { startsAt: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          appointmentId: true,
          clientCourseLineId: true,
          units: true,
          appointment: { select: { startsAt: true, staff: { select: { name: true } } } },
          clientCourseLine: { select: { serviceName: true, clientCourseId: true } },
        },
      },
    },
  });
  if (!sale) return null;

  const tz = settings.timezone;
  const courseIds = [...new Set(sale.redemptions.map((r) => r.clientCourseLine.clientCourseId))];
  const courses = courseIds.length ? await loadClientCourses(tx, { id: { in: courseIds } }, tz, now) : [];
  const when = (a: { startsAt: Date; staff: { name: string } }) => `${formatSalonTime(a.startsAt, tz)} with ${a.staff.name}`;

  const lines: ReceiptLine[] = sale.lines.map((l) => ({
    id: l.id,
    kind: l.kind,
    label: lineLabel(l),
    detail: l.appointment ? when(l.appointment) : null,
    amountMinor: l.amountMinor,
    listMinor: l.listMinor ?? l.amountMinor,
    discountMinor: l.discountMinor,
  }));

  const redemptions: ReceiptRedemption[] = sale.redemptions.map((r) => {
    const course = courses.find((c) => c.id === r.clientCourseLine.clientCourseId);
    const line = course?.lines.find((l) => l.id === r.clientCourseLineId);
    const n = line && course?.unit === "SESSIONS" ? sessionNumberOf(line.facts, r.appointmentId) : null;
    const which = n ? `, session ${n.number} of ${n.of}` : course?.unit === "MINUTES" ? `, ${r.units} minutes` : "";
    return {
      id: r.id,
      serviceName: r.clientCourseLine.serviceName,
      courseNote: `${course?.name ?? "a course"}${which}`,
      detail: when(r.appointment),
    };
  });

  const firstVisit = [...sale.lines.map((l) => l.appointment?.startsAt), ...sale.redemptions.map((r) => r.appointment.startsAt)]
    .filter((d): d is Date => !!d)
    .sort((a, b) => +a - +b)[0];
  const hasCourseLine = sale.lines.some((l) => l.kind === "COURSE");

  return {
    saleId: sale.id,
    number: saleNumber(sale.id),
    salonName: settings.name,
    salonAddress: settings.address,
    salonPhone: settings.phone,
    currency: settings.currency,
    saleOn: sale.saleOn,
    takenOn: salonDateOf(sale.createdAt, tz),
    takenAt: formatSalonTime(sale.createdAt, tz),
    client: sale.client ? { id: sale.client.id, name: fullName(sale.client) } : null,
    takenBy: sale.staff?.name ?? null,
    paymentMethod: sale.paymentMethod,
    totalMinor: sale.totalMinor,
    // A method is CASH or CARD on a payment row (SPLIT and NONE only summarise a sale).
    payments: sale.payments.map((p) => ({ ...p, method: p.method === "CASH" ? "CASH" : "CARD" })),
    discountReason: sale.discountReason,
    kind: sale.voidOf ? "VOID" : sale.totalMinor < 0 ? "REFUND" : hasCourseLine ? "COURSE" : "VISIT",
    voided: sale.void
      ? {
          by: sale.void.staff.name,
          when: `${formatSalonDate(salonDateOf(sale.void.createdAt, tz))}, ${formatSalonTime(sale.void.createdAt, tz)}`,
          reason: sale.void.reason,
          reversalSaleId: sale.void.reversalSaleId,
        }
      : null,
    reverses: sale.voidOf ? { saleId: sale.voidOf.saleId, number: saleNumber(sale.voidOf.saleId) } : null,
    lines,
    redemptions,
    vat: vatSummary(sale.lines.flatMap((l) => l.vat)),
    vatNumber: settings.vatNumber,
    calendarDate: firstVisit ? salonDateOf(firstVisit, tz) : sale.saleOn,
  };
}

/** A course line says what it is; a refund line already reads "Refund: …" as recorded. */
function lineLabel(l: { kind: "SERVICE" | "COURSE" | "OTHER"; description: string; amountMinor: number; clientCourse: { kind: "COURSE" | "PACKAGE" } | null }): string {
  if (l.kind !== "COURSE" || l.amountMinor < 0 || /^refund\b/i.test(l.description)) return l.description;
  return `${l.clientCourse?.kind === "PACKAGE" ? "Package" : "Course"}: ${l.description}`;
}

import type { Tx } from "@/lib/db";
import type { ClientCourseView } from "@/lib/courses/load-courses";
import { formatMoney } from "@/lib/money";
import { formatSalonDate, formatSalonTime, salonDateOf } from "@/lib/time";
import { fullName } from "@/lib/clients/display";

/**
 * The history of a client course, read straight from its records: the sale, every booking and
 * release (CourseBookingLog), every redemption, and every manager change with who, when and why.
 * Newest first. Links are left to the page (a manager's page and the client card link differently).
 */
export type HistoryKind =
  | "sold"
  | "booked"
  | "released"
  | "redeemed"
  | "forfeited"
  | "adjusted"
  | "extended"
  | "transferredOut"
  | "transferredIn"
  | "refunded"
  | "waived"
  | "voided";

export type HistoryEntry = {
  key: string;
  kind: HistoryKind;
  at: Date;
  /** "Mon 1 Jun 2026, 10:15" in the salon's time. */
  when: string;
  title: string;
  detail: string | null;
  by: string | null;
  reason: string | null;
  /** A receipt to link to. */
  saleId: number | null;
  /** The course on the other side of a transfer. */
  other: { courseId: number; clientId: number; clientName: string } | null;
  /** A forfeit that still stands: a manager may waive it (its redemption's id). */
  waivable: number | null;
};

const RANK: Record<HistoryKind, number> = {
  sold: 0,
  transferredIn: 0,
  booked: 1,
  redeemed: 2,
  forfeited: 2,
  released: 2,
  adjusted: 3,
  extended: 3,
  transferredOut: 3,
  refunded: 4,
  waived: 3,
  voided: 3,
};

type Settings = { timezone: string; currency: string };

const staffName = (s: { name: string } | null) => s?.name ?? null;

export async function loadCourseHistories(tx: Tx, courses: ClientCourseView[], settings: Settings): Promise<Map<number, HistoryEntry[]>> {
  const courseIds = courses.map((c) => c.id);
  const lineIds = courses.flatMap((c) => c.lines.map((l) => l.id));
  const appointment = { select: { startsAt: true, endsAt: true, service: { select: { name: true } }, staff: { select: { name: true } } } };
  const [logs, redemptions, changes, saleLines] = await Promise.all([
    tx.courseBookingLog.findMany({ where: { clientCourseLineId: { in: lineIds } }, include: { appointment, staff: { select: { name: true } } } }),
    tx.redemption.findMany({
      where: { clientCourseLineId: { in: lineIds } },
      include: { appointment, staff: { select: { name: true } }, reversal: { include: { staff: { select: { name: true } } } } },
    }),
    tx.clientCourseChange.findMany({ where: { clientCourseId: { in: courseIds } }, include: { staff: { select: { name: true } }, clientCourseLine: { select: { serviceName: true } } } }),
    tx.saleLine.findMany({ where: { clientCourseId: { in: courseIds } }, select: { saleId: true, clientCourseId: true, amountMinor: true, sale: { select: { paymentMethod: true } } } }),
  ]);
  const otherIds = [...new Set(changes.map((c) => c.otherClientCourseId).filter((id): id is number => id !== null))];
  const others = await tx.clientCourse.findMany({
    where: { id: { in: otherIds } },
    select: { id: true, client: { select: { id: true, firstName: true, lastName: true } } },
  });
  const otherOf = new Map(others.map((o) => [o.id, { courseId: o.id, clientId: o.client.id, clientName: fullName(o.client) }]));

  const { timezone, currency } = settings;
  const money = (minor: number) => formatMoney(minor, currency);
  const when = (d: Date) => `${formatSalonDate(salonDateOf(d, timezone))}, ${formatSalonTime(d, timezone)}`;
  const visit = (a: { startsAt: Date; service: { name: string }; staff: { name: string } }) => `${a.service.name} on ${when(a.startsAt)} with ${a.staff.name}`;

  const history = new Map<number, HistoryEntry[]>(courses.map((c) => [c.id, []]));
  const lineCourse = new Map(courses.flatMap((c) => c.lines.map((l) => [l.id, c] as const)));
  const entry = (e: Omit<HistoryEntry, "when" | "saleId" | "other" | "detail" | "by" | "reason" | "waivable"> & Partial<HistoryEntry>): HistoryEntry => ({
    when: when(e.at),
    detail: null,
    by: null,
    reason: null,
    saleId: null,
    other: null,
    waivable: null,
    ...e,
  });

  for (const c of courses) {
    const sale = saleLines.find((s) => s.clientCourseId === c.id && s.amountMinor > 0);
    if (sale || c.pricePaidMinor > 0) {
      history.get(c.id)!.push(
        entry({ key: `sold-${c.id}`, kind: "sold", at: c.purchasedAt, title: `Bought for ${money(c.pricePaidMinor)}`, saleId: sale?.saleId ?? null }),
      );
    }
  }

  for (const log of logs) {
    const course = lineCourse.get(log.clientCourseLineId)!;
    const session = course.unit === "SESSIONS" ? course.lines.flatMap((l) => l.circles).find((c) => c.appointmentId === log.appointmentId && c.state === "booked") : null;
    const minutes = course.unit === "MINUTES" ? ` (${Math.round((+log.appointment.endsAt - +log.appointment.startsAt) / 60_000)} min)` : "";
    history.get(course.id)!.push(
      entry({
        key: `log-${log.id}`,
        kind: log.action === "BOOKED" ? "booked" : "released",
        at: log.createdAt,
        title: `${log.action === "BOOKED" ? "Booked" : "Released"}: ${visit(log.appointment)}${minutes}`,
        detail: log.action === "BOOKED" && session ? `Holds session ${session.number}` : null,
        by: staffName(log.staff),
        reason: log.reason || null,
      }),
    );
  }

  for (const r of redemptions) {
    const course = lineCourse.get(r.clientCourseLineId)!;
    const line = course.lines.find((l) => l.id === r.clientCourseLineId)!;
    const circle = line.circles.find((c) => c.appointmentId === r.appointmentId);
    const forfeited = r.reason !== "CHECKOUT";
    const units = course.unit === "SESSIONS" ? (circle ? `Session ${circle.number}` : "1 session") : `${r.units} min`;
    history.get(course.id)!.push(
      entry({
        key: `redeemed-${r.id}`,
        kind: forfeited ? "forfeited" : "redeemed",
        at: r.redeemedAt,
        title: `${forfeited ? "Forfeited" : "Redeemed"}: ${visit(r.appointment)}`,
        detail: `${units}, worth ${money(r.valueMinor)}${forfeited ? ` (${r.reason === "NO_SHOW" ? "no-show" : "late cancellation"})` : ""}`,
        by: staffName(r.staff),
        saleId: r.saleId,
        waivable: forfeited && !r.reversal && course.status === "ACTIVE" ? r.id : null,
      }),
    );
    // A correction stays beside what it corrects: "waived by … because …", "checkout voided by …".
    if (r.reversal) {
      const waived = r.reversal.kind === "WAIVE";
      history.get(course.id)!.push(
        entry({
          key: `reversal-${r.reversal.id}`,
          kind: waived ? "waived" : "voided",
          at: r.reversal.createdAt,
          title: waived ? `Forfeit waived: ${visit(r.appointment)}` : `Checkout voided: ${visit(r.appointment)}`,
          detail: waived ? `The session is back on the course (${money(r.valueMinor)})` : "The session is booked again; the visit can be checked out again",
          by: staffName(r.reversal.staff),
          reason: r.reversal.reason,
          saleId: r.saleId,
        }),
      );
    }
  }

  for (const c of changes) {
    const course = courses.find((x) => x.id === c.clientCourseId)!;
    const unit = (n: number) => (course.unit === "SESSIONS" ? `${n} ${n === 1 ? "session" : "sessions"}` : `${n} min`);
    const other = c.otherClientCourseId ? (otherOf.get(c.otherClientCourseId) ?? null) : null;
    const base = { key: `change-${c.id}`, at: c.createdAt, by: staffName(c.staff), reason: c.reason, other };
    const delta = c.quantityDelta ?? 0;
    const refundSale = c.kind === "REFUND" ? saleLines.find((s) => s.clientCourseId === c.clientCourseId && s.amountMinor < 0) : undefined;
    const made = {
      ADJUST: () =>
        entry({
          ...base,
          kind: "adjusted",
          title: `Remaining ${c.clientCourseLine?.serviceName ?? ""} ${delta >= 0 ? "increased" : "reduced"} by ${unit(Math.abs(delta))}`,
          detail: delta < 0 && c.amountMinor ? `${money(c.amountMinor)} of value removed` : null,
        }),
      EXTEND: () =>
        entry({
          ...base,
          kind: "extended",
          title: `Expiry extended to ${c.newExpiresOn ? formatSalonDate(c.newExpiresOn) : "—"}`,
          detail: c.previousExpiresOn ? `Was ${formatSalonDate(c.previousExpiresOn)}` : "Had no fixed expiry",
        }),
      TRANSFER_OUT: () =>
        entry({
          ...base,
          kind: "transferredOut",
          title: `Transferred ${unit(Math.abs(delta))} of ${c.clientCourseLine?.serviceName ?? "the course"} to ${other?.clientName ?? "another client"}`,
          detail: c.amountMinor ? `Worth ${money(c.amountMinor)}` : null,
        }),
      TRANSFER_IN: () =>
        entry({
          ...base,
          kind: "transferredIn",
          title: `Transferred in from ${other?.clientName ?? "another client"}`,
          detail: c.amountMinor ? `Worth ${money(c.amountMinor)}` : null,
        }),
      REFUND: () =>
        entry({
          ...base,
          kind: "refunded",
          title: `Refunded ${money(c.amountMinor ?? 0)}`,
          detail: refundSale ? `Paid back by ${refundSale.sale.paymentMethod === "CASH" ? "cash" : refundSale.sale.paymentMethod === "CARD" ? "card" : "no payment"}` : null,
          saleId: refundSale?.saleId ?? null,
        }),
    }[c.kind];
    history.get(course.id)!.push(made());
  }

  // Newest first; records made in one operation share a time, so they follow cause and effect.
  const seq = (e: HistoryEntry) => Number(e.key.slice(e.key.lastIndexOf("-") + 1));
  for (const list of history.values()) list.sort((a, b) => +b.at - +a.at || RANK[b.kind] - RANK[a.kind] || seq(b) - seq(a));
  return history;
}

export async function loadCourseHistory(tx: Tx, course: ClientCourseView, settings: Settings): Promise<HistoryEntry[]> {
  return (await loadCourseHistories(tx, [course], settings)).get(course.id) ?? [];
}

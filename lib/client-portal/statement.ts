import { unitsValue } from "@/lib/money";

/**
 * A course line's statement for its client: every session it has held, as the client would list
 * them: booked, redeemed, forfeited (missed, or cancelled late), a forfeit the salon waived, or
 * cancelled with the session given back. Pure: lib/client-portal/load-portal.ts feeds it the line's
 * records (appointments, redemptions, manager changes); nothing here is stored.
 */

export type StatementKind = "booked" | "redeemed" | "forfeitedMissed" | "forfeitedLate" | "waived" | "returnedCancelled" | "returnedMissed";

export type StatementRow = {
  key: string;
  appointmentId: number;
  startsAt: Date;
  serviceName: string;
  staffName: string;
  kind: StatementKind;
  /** What the session is (or was) worth from the price paid; null when it cost the course nothing. */
  valueMinor: number | null;
};

export type LineRecords = {
  serviceName: string;
  /** Units sold and the line's share of the price paid. */
  quantity: number;
  valueMinor: number;
  unit: "SESSIONS" | "MINUTES";
  appointments: { id: number; startsAt: Date; endsAt: Date; status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW"; staffName: string }[];
  redemptions: { id: number; appointmentId: number; units: number; valueMinor: number; reason: "CHECKOUT" | "NO_SHOW" | "LATE_CANCELLATION"; reversal: "WAIVE" | "VOID" | null }[];
  /** Manager adjustments and transfers out: units (negative = removed) and the value they took. */
  changes: { quantityDelta: number; amountMinor: number }[];
};

const USED_KIND = { CHECKOUT: "redeemed", NO_SHOW: "forfeitedMissed", LATE_CANCELLATION: "forfeitedLate" } as const;

/** What the line's unused units are still worth: its value less what was redeemed, forfeited, removed or moved away. */
export function valueLeft(line: Pick<LineRecords, "valueMinor" | "redemptions" | "changes">): number {
  const used = line.redemptions.filter((r) => r.reversal === null).reduce((a, r) => a + r.valueMinor, 0);
  const removed = line.changes.reduce((a, c) => a + c.amountMinor, 0);
  return Math.max(0, line.valueMinor - used - removed);
}

export function lineStatement(line: LineRecords): StatementRow[] {
  const byId = new Map(line.appointments.map((a) => [a.id, a]));
  const rows: StatementRow[] = [];
  const explained = new Set<number>();
  const row = (a: LineRecords["appointments"][number], key: string, kind: StatementKind, valueMinor: number | null) =>
    rows.push({ key, appointmentId: a.id, startsAt: a.startsAt, serviceName: line.serviceName, staffName: a.staffName, kind, valueMinor });

  for (const r of line.redemptions) {
    const a = byId.get(r.appointmentId);
    // A voided checkout gave the unit back to the appointment itself: its state now tells the story.
    if (!a || r.reversal === "VOID") continue;
    explained.add(a.id);
    row(a, `r${r.id}`, r.reversal === "WAIVE" ? "waived" : USED_KIND[r.reason], r.valueMinor);
  }

  // Booked sessions are worth what they will redeem at: the next units of the line, in start order,
  // valued as checkout values them (money.unitsValue), never more than the line has left.
  const removedUnits = line.changes.reduce((a, c) => a + Math.max(0, -c.quantityDelta), 0);
  let consumed = line.redemptions.filter((r) => r.reversal === null).reduce((a, r) => a + r.units, 0) + removedUnits;
  let left = valueLeft(line);
  const held = line.appointments.filter((a) => a.status === "BOOKED" || a.status === "CHECKED_IN").sort((a, b) => +a.startsAt - +b.startsAt || a.id - b.id);
  for (const a of held) {
    if (line.redemptions.some((r) => r.appointmentId === a.id && r.reversal === null)) continue;
    const units = line.unit === "SESSIONS" ? 1 : Math.round((+a.endsAt - +a.startsAt) / 60_000);
    const value = Math.min(left, unitsValue(line.valueMinor, line.quantity, consumed, units));
    consumed += units;
    left -= value;
    explained.add(a.id);
    row(a, `b${a.id}`, "booked", value);
  }

  for (const a of line.appointments) {
    if (explained.has(a.id)) continue;
    if (a.status === "CANCELLED") row(a, `c${a.id}`, "returnedCancelled", null);
    else if (a.status === "NO_SHOW") row(a, `m${a.id}`, "returnedMissed", null);
  }
  return rows.sort((x, y) => +x.startsAt - +y.startsAt || x.key.localeCompare(y.key));
}

/** How each kind of row reads on the client's page. */
export const STATEMENT_TEXT: Record<StatementKind, string> = {
  booked: "Booked",
  redeemed: "Redeemed",
  forfeitedMissed: "Forfeited: missed",
  forfeitedLate: "Forfeited: cancelled late",
  waived: "Forfeit waived: session returned",
  returnedCancelled: "Cancelled: session returned",
  returnedMissed: "Missed: session returned",
};

/**
 * The course ledger: what is left on a client-course line, computed from the records, never stored.
 * Pure functions of plain data; lib/courses/load-courses.ts feeds them from the database.
 */

export type CircleState = "redeemed" | "booked" | "free";

export type LineFacts = {
  /** Sessions or minutes sold. */
  quantity: number;
  /** Sum of manager adjustments and transfers out (negative when units left). */
  changeDelta: number;
  /** Units used: redemptions at checkout and forfeits. */
  redemptions: { appointmentId: number; units: number; redeemedAt: Date }[];
  /** Live appointments (booked or checked in) holding units. */
  bookings: { appointmentId: number; units: number; startsAt: Date }[];
  /** A refunded course has nothing left to book. */
  closed: boolean;
};

export type LineBalance = {
  total: number;
  redeemed: number;
  booked: number;
  free: number;
  /** Units given up when the course was refunded. */
  refunded: number;
};

const sum = (xs: { units: number }[]) => xs.reduce((a, x) => a + x.units, 0);

export function lineBalance(facts: LineFacts): LineBalance {
  const redeemed = sum(facts.redemptions);
  const booked = sum(facts.bookings);
  const bought = facts.quantity + facts.changeDelta;
  if (facts.closed) {
    const total = redeemed + booked;
    return { total, redeemed, booked, free: 0, refunded: Math.max(0, bought - total) };
  }
  // Never negative: the operations refuse anything that would make it so; db:check reports it if it happens.
  return { total: bought, redeemed, booked, free: Math.max(0, bought - redeemed - booked), refunded: 0 };
}

export type Circle = {
  /** 1-based: "session 3 of 8". */
  number: number;
  state: CircleState;
  /** The appointment that redeemed or holds it. */
  appointmentId: number | null;
};

/** The circles of a sessions line: red (oldest redemption first), then orange (soonest first), then green. */
export function lineCircles(facts: LineFacts): Circle[] {
  const balance = lineBalance(facts);
  const redeemed = [...facts.redemptions].sort((a, b) => +a.redeemedAt - +b.redeemedAt || a.appointmentId - b.appointmentId);
  const booked = [...facts.bookings].sort((a, b) => +a.startsAt - +b.startsAt || a.appointmentId - b.appointmentId);
  const circles: Circle[] = [];
  for (const r of redeemed) circles.push({ number: circles.length + 1, state: "redeemed", appointmentId: r.appointmentId });
  for (const b of booked) circles.push({ number: circles.length + 1, state: "booked", appointmentId: b.appointmentId });
  for (let i = 0; i < balance.free; i++) circles.push({ number: circles.length + 1, state: "free", appointmentId: null });
  return circles;
}

/** "session 3 of 6" for an appointment's unit, or null if it holds none. */
export function sessionNumberOf(facts: LineFacts, appointmentId: number): { number: number; of: number } | null {
  const circles = lineCircles(facts);
  const circle = circles.find((c) => c.appointmentId === appointmentId);
  return circle ? { number: circle.number, of: circles.length } : null;
}

/** Units an appointment uses: one session, or its length in minutes. */
export function unitsFor(unit: "SESSIONS" | "MINUTES", startsAt: Date, endsAt: Date): number {
  return unit === "SESSIONS" ? 1 : Math.round((+endsAt - +startsAt) / 60_000);
}

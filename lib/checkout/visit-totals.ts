import type { VisitItem } from "./load-visit";

/**
 * What the checkout screen will do with the desk's choices: which lines are charged, redeemed or
 * left as they are, and the total. Pure, so the screen and its tests agree on the sums.
 */
export type CheckoutChoice = { ticked: ReadonlySet<number>; redeem: ReadonlyMap<number, number> };

export type VisitTotals = {
  charged: VisitItem[];
  redeemed: VisitItem[];
  /** Open lines not ticked: they stay booked or checked in. */
  leftOpen: VisitItem[];
  dueMinor: number;
  /** Ticked lines that start well after now (the desk confirms first). */
  early: VisitItem[];
};

const isOpen = (i: VisitItem) => i.status === "BOOKED" || i.status === "CHECKED_IN";

export function visitTotals(items: VisitItem[], choice: CheckoutChoice): VisitTotals {
  const open = items.filter(isOpen);
  const ticked = open.filter((i) => choice.ticked.has(i.appointmentId));
  const fromCourse = (i: VisitItem) => i.priceMinor === null || choice.redeem.has(i.appointmentId);
  const charged = ticked.filter((i) => !fromCourse(i));
  return {
    charged,
    redeemed: ticked.filter(fromCourse),
    leftOpen: open.filter((i) => !choice.ticked.has(i.appointmentId)),
    dueMinor: charged.reduce((sum, i) => sum + (i.priceMinor ?? 0), 0),
    early: ticked.filter((i) => i.early !== null),
  };
}

/**
 * Whether a single may still take "Redeem from course": its offer's line must have enough free
 * units once the other lines already redeeming from it have taken theirs.
 */
export function offerAvailable(items: VisitItem[], redeem: ReadonlyMap<number, number>, item: VisitItem): boolean {
  const offer = item.redeemOffer;
  if (!offer) return false;
  if (redeem.has(item.appointmentId)) return true;
  const taken = items
    .filter((i) => i.appointmentId !== item.appointmentId && redeem.get(i.appointmentId) === offer.lineId)
    .reduce((sum, i) => sum + (i.redeemOffer?.units ?? 0), 0);
  return offer.free - taken >= offer.units;
}

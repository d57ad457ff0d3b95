import { parseMoneyInput } from "@/lib/money";
import { discountOff, DiscountError, discountVisit, type DiscountOn } from "./discounts";
import { settle, TenderError } from "./tender";

export type TillMethod = "CARD" | "CASH" | "SPLIT";

/** What the checkout screen shows as the desk types, by the same rules the server applies. */
export type TillReading = {
  listMinor: number;
  discountMinor: number;
  dueMinor: number;
  /** What each discount takes off (null: it cannot be applied as it stands). */
  offMinor: (number | null)[];
  discountError: string | null;
  cashMinor: number;
  changeMinor: number | null;
  tenderError: string | null;
  /** What the server is sent: the split and the cash handed over, when given. */
  tender: { split?: { cardMinor: number; cashMinor: number }; cashReceivedMinor?: number };
};

const amount = (text: string): number | null => {
  if (text.trim() === "") return null;
  const read = parseMoneyInput(text);
  return read.ok ? read.minor : NaN;
};

export function readTill(
  charged: { appointmentId: number; priceMinor: number }[],
  discounts: readonly DiscountOn[],
  method: TillMethod,
  cardText: string,
  receivedText: string,
): TillReading {
  const list = charged.map((c) => ({ key: c.appointmentId, listMinor: c.priceMinor }));
  const listMinor = list.reduce((sum, l) => sum + l.listMinor, 0);
  const live = discounts.filter((d) => d.appointmentId === null || list.some((l) => l.key === d.appointmentId));
  let lines = list.map((l) => ({ ...l, discountMinor: 0, amountMinor: l.listMinor }));
  let discountError: string | null = null;
  try {
    lines = discountVisit(list, live);
  } catch (error) {
    if (!(error instanceof DiscountError)) throw error;
    discountError = error.message;
  }
  // Each discount's own row: what it takes off what it is on (a visit's: off what the lines leave).
  const tryOff = (base: number, d: DiscountOn) => {
    try {
      return discountOff(base, d);
    } catch {
      return null;
    }
  };
  const lineOff = (key: number, listMinor: number) => {
    const own = live.find((d) => d.appointmentId === key);
    return own ? (tryOff(listMinor, own) ?? 0) : 0;
  };
  const afterLines = list.reduce((sum, l) => sum + l.listMinor - lineOff(l.key, l.listMinor), 0);
  const offMinor = discounts.map((d) => {
    if (d.appointmentId === null) return tryOff(afterLines, d);
    const on = list.find((l) => l.key === d.appointmentId);
    return on ? tryOff(on.listMinor, d) : null;
  });
  const dueMinor = lines.reduce((sum, l) => sum + l.amountMinor, 0);
  const discountMinor = listMinor - dueMinor;

  // Nothing due (all discounted): nothing to tender, whatever method was chosen before.
  const card = dueMinor === 0 ? 0 : method === "SPLIT" ? amount(cardText) : method === "CARD" ? dueMinor : 0;
  const received = amount(receivedText);
  let tenderError: string | null = null;
  let cashMinor = 0;
  let changeMinor: number | null = null;
  const tender: TillReading["tender"] = {};
  if (card === null || Number.isNaN(card)) tenderError = card === null ? "Enter how much goes on the card." : "Enter the card amount like 45.00.";
  else if (card > dueMinor) tenderError = "The card part is more than the total due.";
  else {
    // The cash part stands once the card part does, so a mistyped "cash received" stays on screen to mend.
    cashMinor = dueMinor - card;
    if (Number.isNaN(received)) tenderError = "Enter the cash received like 50.00.";
    else {
      try {
        changeMinor = settle(dueMinor, { cardMinor: card, cashMinor, cashReceivedMinor: received }).changeMinor;
      } catch (error) {
        if (!(error instanceof TenderError)) throw error;
        tenderError = error.message;
      }
      if (method === "SPLIT" && dueMinor > 0) tender.split = { cardMinor: card, cashMinor };
      if (received !== null && cashMinor > 0) tender.cashReceivedMinor = received;
    }
  }
  return { listMinor, discountMinor, dueMinor, offMinor, discountError, cashMinor, changeMinor, tenderError: discountError ?? tenderError, tender };
}

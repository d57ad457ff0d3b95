/**
 * How a sale is paid: by card, by cash (with change given from what was handed over), or by both.
 * Amounts are what each method counts towards the sale; money paid back (a refund, a void) is a
 * negative amount by the method it goes back by. Pure: the checkout screen and the server agree.
 */

export type Method = "CARD" | "CASH";

/** The desk's split: what goes on the card and in cash, and the cash the client handed over. */
export type Tender = { cardMinor: number; cashMinor: number; cashReceivedMinor?: number | null };

export type PaymentRow = { method: Method; amountMinor: number; tenderedMinor: number | null; changeMinor: number };

export type Settled = { payments: PaymentRow[]; summary: "CARD" | "CASH" | "SPLIT" | "NONE"; changeMinor: number };

export class TenderError extends Error {}

/** Checks a tender against what is due and says what is recorded: a payment row per method used. */
export function settle(dueMinor: number, tender: Tender): Settled {
  const { cardMinor, cashMinor } = tender;
  if (![cardMinor, cashMinor].every((n) => Number.isSafeInteger(n) && n >= 0)) throw new TenderError("Amounts paid are pounds and pence, not below nothing.");
  if (cardMinor + cashMinor !== dueMinor) throw new TenderError("Card and cash must add up to the total due.");
  const received = tender.cashReceivedMinor ?? cashMinor;
  if (!Number.isSafeInteger(received) || received < cashMinor) throw new TenderError("The cash received is less than the cash part of the payment.");
  const changeMinor = received - cashMinor;
  const payments: PaymentRow[] = [];
  if (cardMinor > 0) payments.push({ method: "CARD", amountMinor: cardMinor, tenderedMinor: null, changeMinor: 0 });
  if (cashMinor > 0) payments.push({ method: "CASH", amountMinor: cashMinor, tenderedMinor: received, changeMinor });
  const summary = payments.length === 0 ? "NONE" : payments.length === 2 ? "SPLIT" : payments[0].method;
  return { payments, summary, changeMinor: cashMinor > 0 ? changeMinor : 0 };
}

/** The desk's choice as a tender: the whole amount by one method, or card and cash as split. */
export function tenderFor(
  dueMinor: number,
  choice: { method: Method; split?: { cardMinor: number; cashMinor: number }; cashReceivedMinor?: number | null },
): Tender {
  const received = choice.cashReceivedMinor ?? null;
  if (choice.split) return { ...choice.split, cashReceivedMinor: received };
  return choice.method === "CARD" ? { cardMinor: dueMinor, cashMinor: 0 } : { cardMinor: 0, cashMinor: dueMinor, cashReceivedMinor: received };
}

/** One method for the whole amount (a course sold, a refund paid back): no change. */
export function single(method: Method, amountMinor: number): PaymentRow[] {
  return amountMinor === 0 ? [] : [{ method, amountMinor, tenderedMinor: null, changeMinor: 0 }];
}

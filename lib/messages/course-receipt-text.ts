import { formatMoney } from "@/lib/money";
import type { SalonDate } from "@/lib/time";
import { detailLines, greeting, longDate, paragraphs, signOff, type SalonFacts } from "./wording";

/** A client course as sold (a snapshot: later template edits never change it), and how it was paid. */
export type CourseReceiptFacts = {
  salon: SalonFacts & { currency: string };
  clientFirstName: string;
  courseName: string;
  unit: "SESSIONS" | "MINUTES";
  lines: { serviceName: string; quantity: number }[];
  pricePaidMinor: number;
  paymentMethod: "CASH" | "CARD" | "SPLIT" | "NONE" | null;
  purchasedOn: SalonDate;
  expiresOn: SalonDate | null;
  validityMonths: number | null;
  validityFrom: "PURCHASE" | "FIRST_USE";
  saleId: number | null;
  /** The client's own page, where what is left can be seen (lib/client-portal). */
  clientPageUrl: string;
};

const PAID_BY = { CASH: " (cash)", CARD: " (card)", SPLIT: " (card and cash)", NONE: "", none: "" } as const;

export function courseReceiptMessage(f: CourseReceiptFacts): { subject: string; text: string } {
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
  const includes = f.lines.map((l) => `${plural(l.quantity, f.unit === "MINUTES" ? "minute" : "session")} of ${l.serviceName}`);
  const validity = f.expiresOn
    ? `until ${longDate(f.expiresOn)}`
    : f.validityMonths
      ? `${plural(f.validityMonths, "month")} from your first session`
      : "no expiry";
  const rows: [string, string][] = [
    ["Course", f.courseName],
    ...includes.map((line, i) => [i === 0 ? "Includes" : "", line] as [string, string]),
    ["Paid", `${formatMoney(f.pricePaidMinor, f.salon.currency)}${PAID_BY[f.paymentMethod ?? "none"]}`],
    ["Bought on", longDate(f.purchasedOn)],
    ["Valid", validity],
    ...(f.saleId ? [["Receipt no.", String(f.saleId)] as [string, string]] : []),
  ];
  return {
    subject: `Your receipt from ${f.salon.name}: ${f.courseName}`,
    text: paragraphs([
      greeting(f.clientFirstName),
      `Thank you for buying ${f.courseName} at ${f.salon.name}.`,
      detailLines(rows),
      `See what is left on your course, and book a session from it: ${f.clientPageUrl}`,
      `Thank you,\n${signOff(f.salon)}`,
    ]),
  };
}

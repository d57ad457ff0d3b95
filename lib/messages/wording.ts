import { TZDate } from "@date-fns/tz";
import { format, parseISO } from "date-fns";
import type { SalonDate } from "@/lib/time";

/** What every message says of the salon: its name, and where and how to reach it when set. */
export type SalonFacts = { name: string; timezone: string; address: string; phone: string };

/**
 * "Thursday 10 December at 14:30", in the salon's timezone (a British Summer Time date reads 14:30
 * too, not 13:30 UTC); the year only when it is not the year the message is written in.
 */
export function localWhen(instant: Date, timezone: string, now: Date): string {
  const local = new TZDate(instant.getTime(), timezone);
  const sameYear = local.getFullYear() === new TZDate(now.getTime(), timezone).getFullYear();
  return format(local, sameYear ? "EEEE d MMMM 'at' HH:mm" : "EEEE d MMMM yyyy 'at' HH:mm");
}

/** "Monday 1 June 2026" for a salon-local day. */
export function longDate(date: SalonDate): string {
  return format(parseISO(date), "EEEE d MMMM yyyy");
}

/** "45 minutes", "1 hour", "1 hour 30 minutes". */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 0 ? "" : h === 1 ? "1 hour" : `${h} hours`;
  const mins = m === 0 ? "" : m === 1 ? "1 minute" : `${m} minutes`;
  return [hours, mins].filter(Boolean).join(" ") || "0 minutes";
}

/** The stylist as clients know them: "Grace" for Grace Bennett. */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName;
}

/** "Hello Jane," (or "Hello," for a card with no first name). */
export function greeting(clientFirstName: string): string {
  const name = clientFirstName.trim();
  return name ? `Hello ${name},` : "Hello,";
}

/**
 * "Label: value" lines with the values lined up, so the details read as a small table in any mail
 * program; an empty label continues the row above.
 */
export function detailLines(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `  ${(label ? `${label}:` : "").padEnd(width)}${value}`).join("\n");
}

/** The salon's sign-off: its name, then its address and phone when they are set. */
export function signOff(salon: SalonFacts): string {
  const contact = [salon.address.trim(), salon.phone.trim()].filter(Boolean).join(" · ");
  return contact ? `${salon.name}\n${contact}` : salon.name;
}

/** Paragraphs separated by one blank line; empty ones dropped. */
export function paragraphs(parts: (string | null | undefined | false)[]): string {
  return `${parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join("\n\n")}\n`;
}

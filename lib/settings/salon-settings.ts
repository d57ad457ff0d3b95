import type { Tx } from "@/lib/db";
import { salonInstant, type SalonDate } from "@/lib/time";
import { isSqlTrue } from "@/lib/sql-flag";

export type SalonSettingsView = {
  name: string;
  currency: string;
  timezone: string;
  lateCancelHours: number;
  lateCancelPolicy: "RETURN" | "FORFEIT";
  noShowPolicy: "RETURN" | "FORFEIT";
  bookingHorizonDays: number;
  /** A patch test older than this is flagged when booking a service that needs one. */
  patchTestValidMonths: number;
  /** Printed on receipts under the salon's name ("" when not set). */
  address: string;
  phone: string;
  /** VAT registered: receipts show VAT by rate (prices are VAT-inclusive). */
  vatRegistered: boolean;
  /** The default VAT rate in basis points (2000 = 20%). */
  vatRateBp: number;
  vatNumber: string;
  /** Reminder emails go this many hours before an appointment; 0 = no reminders. */
  reminderHours: number;
};

const DEFAULTS: SalonSettingsView = {
  name: "Salon",
  currency: "GBP",
  timezone: "Europe/London",
  lateCancelHours: 24,
  lateCancelPolicy: "RETURN",
  noShowPolicy: "FORFEIT",
  bookingHorizonDays: 60,
  patchTestValidMonths: 6,
  address: "",
  phone: "",
  vatRegistered: false,
  vatRateBp: 2000,
  vatNumber: "",
  reminderHours: 24,
};

type Int = number | bigint;
type SettingsRow = Omit<SalonSettingsView, "lateCancelHours" | "bookingHorizonDays" | "patchTestValidMonths" | "vatRegistered" | "vatRateBp" | "reminderHours"> & {
  lateCancelHours: Int;
  bookingHorizonDays: Int;
  patchTestValidMonths: Int;
  vatRegistered: Int | boolean;
  vatRateBp: Int;
  reminderHours: Int;
};

/** Raw: every page and most actions read it (the calendar on each request), and Prisma's query cost three times the read itself. */
export async function getSettings(tx: Tx): Promise<SalonSettingsView> {
  const [row] = await tx.$queryRaw<SettingsRow[]>`
    SELECT "name", "currency", "timezone", "lateCancelHours", "lateCancelPolicy", "noShowPolicy", "bookingHorizonDays",
           "patchTestValidMonths", "address", "phone", "vatRegistered", "vatRateBp", "vatNumber", "reminderHours"
    FROM "SalonSettings" WHERE "id" = 1`;
  if (!row) return DEFAULTS;
  return {
    ...row,
    lateCancelHours: Number(row.lateCancelHours),
    bookingHorizonDays: Number(row.bookingHorizonDays),
    patchTestValidMonths: Number(row.patchTestValidMonths),
    vatRegistered: isSqlTrue(row.vatRegistered),
    vatRateBp: Number(row.vatRateBp),
    reminderHours: Number(row.reminderHours),
  };
}

export type DayHours = { opensAtMin: number; closesAtMin: number } | null;

/** Opening hours per weekday (0 = Sunday); a weekday without a row or times is closed. */
export async function getOpeningHours(tx: Tx): Promise<DayHours[]> {
  const rows = await tx.openingHours.findMany();
  return Array.from({ length: 7 }, (_, weekday) => {
    const row = rows.find((r) => r.weekday === weekday);
    return row && row.opensAtMin != null && row.closesAtMin != null
      ? { opensAtMin: row.opensAtMin, closesAtMin: row.closesAtMin }
      : null;
  });
}

/** The instant of a salon-local day and time ("2026-06-01", 600 → 10:00 in the salon's timezone). */
export async function salonInstantOf(tx: Tx, date: SalonDate, minutes: number): Promise<Date> {
  const { timezone } = await getSettings(tx);
  return salonInstant(date, minutes, timezone);
}

import { z } from "zod";
import { id, optionalId, salonDate, startMinutes } from "@/lib/validation/fields";
import { MAX_SERIES_ROWS, MAX_WEEKS_APART } from "./series-dates";

/**
 * A series of course sessions booked at the desk ("Book the remaining sessions"): one schema per
 * input, used by the drawer's series panel and its server actions (lib/actions/series.ts).
 */


const everyWeeks = z.coerce
  .number({ error: "Choose how many weeks apart." })
  .int("Choose how many weeks apart.")
  .min(1, "Choose how many weeks apart: every 1 to 8 weeks.")
  .max(MAX_WEEKS_APART, "Choose how many weeks apart: every 1 to 8 weeks.");

const howMany = z.coerce
  .number({ error: "Choose how many sessions." })
  .int("Choose how many sessions.")
  .min(1, "Book at least one session.")
  .max(MAX_SERIES_ROWS, "That is more sessions than a course holds.");

/** A stylist's id, or "any" / blank / null for anyone who does the service. */
export const seriesStaff = z.preprocess((v) => (v === "any" || v === "" || v === undefined ? null : v), id.nullable());

/** What the panel starts from: the line, and the drawer's chosen slot or the appointment open in it. */
export const seriesStartSchema = z.object({
  lineId: id,
  appointmentId: optionalId,
  staffId: optionalId,
  date: salonDate.optional(),
  startMin: startMinutes.optional(),
});

/** "Every 2 weeks from Mon 5 Jan at 10:00 with Grace, 5 sessions". */
export const seriesPlanSchema = z.object({
  lineId: id,
  staffId: seriesStaff,
  date: salonDate,
  startMin: startMinutes,
  everyWeeks,
  count: howMany,
});

const row = z.object({ date: salonDate, startMin: startMinutes, staffId: seriesStaff });

const rows = z
  .array(row, { error: "Show the dates first." })
  .min(1, "Show the dates first.")
  .max(MAX_SERIES_ROWS, "That is more sessions than a course holds.");

/** The rows as the desk has adjusted them, checked again. */
export const seriesCheckSchema = z.object({ lineId: id, rows });

/** Booked as shown: every row has its stylist by now. */
export const seriesBookSchema = z.object({
  lineId: id,
  rows: z
    .array(row.extend({ staffId: id }), { error: "Show the dates first." })
    .min(1, "Show the dates first.")
    .max(MAX_SERIES_ROWS, "That is more sessions than a course holds."),
});

export type SeriesPlan = z.output<typeof seriesPlanSchema>;
export type SeriesRowInput = z.output<typeof row>;

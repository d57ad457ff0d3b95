import { z } from "zod";
import { DAY_MINUTES } from "@/lib/settings/hours";
import { formatMinutes } from "@/lib/time";
import { checkbox, id, quarterHourTime, salonDate } from "@/lib/validation/fields";
import type { HoursRow } from "./working-hours";

/**
 * What a manager types into a staff member's rota (seven weekdays) and date exceptions, checked the
 * same way in the browser and in the action. Rules that need the database (the salon's opening
 * hours, today's date) live in save-rota.ts and save-day-exception.ts.
 */

const time = quarterHourTime;

const times = { startMin: time, endMin: time, breakStartMin: time, breakEndMin: time };
type Times = { startMin?: number; endMin?: number; breakStartMin?: number; breakEndMin?: number };
type TimeField = keyof Times;

/** Start and end given, end after start, and a break (optional, both ends) strictly inside the hours. */
export function timesProblems(t: Times): { field: TimeField; message: string }[] {
  const out: { field: TimeField; message: string }[] = [];
  const { startMin: start, endMin: end, breakStartMin: bs, breakEndMin: be } = t;
  if (start === undefined) out.push({ field: "startMin", message: "Choose when they start." });
  else if (start >= DAY_MINUTES) out.push({ field: "startMin", message: "Choose a start before midnight." });
  if (end === undefined) out.push({ field: "endMin", message: "Choose when they finish." });
  const hoursOk = start !== undefined && end !== undefined && end > start;
  if (start !== undefined && end !== undefined && !hoursOk) out.push({ field: "endMin", message: "They must finish after they start." });
  if ((bs === undefined) !== (be === undefined)) {
    out.push(bs === undefined ? { field: "breakStartMin", message: "Choose when the break starts, or clear both break times." } : { field: "breakEndMin", message: "Choose when the break ends, or clear both break times." });
  } else if (bs !== undefined && be !== undefined) {
    if (be <= bs) out.push({ field: "breakEndMin", message: "The break must end after it starts." });
    else if (hoursOk && (bs <= start! || be >= end!)) {
      out.push({ field: "breakStartMin", message: `The break must be inside their hours (${formatMinutes(start!)}–${formatMinutes(end!)}).` });
    }
  }
  return out;
}

const toRow = (t: Times): HoursRow => ({ startMin: t.startMin!, endMin: t.endMin!, breakStartMin: t.breakStartMin ?? null, breakEndMin: t.breakEndMin ?? null });
const DAY_OFF: HoursRow = { startMin: null, endMin: null, breakStartMin: null, breakEndMin: null };

/** One weekday of the rota; index in the list = weekday (0 = Sunday). Times of a day off are ignored. */
const rotaDay = z.object({ working: checkbox, ...times });

export const weekRotaSchema = z
  .object({ staffId: id, days: z.array(rotaDay, { error: "Give the week as seven days." }).length(7, "Give all seven days.") })
  .superRefine((s, ctx) => {
    s.days.forEach((d, weekday) => {
      if (!d.working) return;
      for (const p of timesProblems(d)) ctx.addIssue({ code: "custom", path: ["days", weekday, p.field], message: p.message });
    });
  })
  .transform(({ staffId, days }) => ({ staffId, days: days.map((d) => (d.working ? toRow(d) : DAY_OFF)) }));

export type WeekRotaFormValues = z.input<typeof weekRotaSchema>;
export type WeekRotaInput = z.output<typeof weekRotaSchema>;

export const staffOnlySchema = z.object({ staffId: id });

const note = z
  .string()
  .trim()
  .max(60, "Keep the note under 60 characters.")
  .refine((v) => !/\p{Cc}/u.test(v), "The note can't contain control characters.")
  .optional()
  .default("");

/** One date unlike the rota: a day off (a holiday, say), or different hours that day. */
export const dayExceptionSchema = z
  .object({
    staffId: id,
    date: z.string({ error: "Choose a date." }).trim().min(1, "Choose a date.").pipe(salonDate),
    kind: z.enum(["OFF", "HOURS"], { error: "Choose day off or different hours." }),
    ...times,
    note,
  })
  .superRefine((s, ctx) => {
    if (s.kind !== "HOURS") return;
    for (const p of timesProblems(s)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
  })
  .transform((s) => ({ staffId: s.staffId, date: s.date, note: s.note, hours: s.kind === "HOURS" ? toRow(s) : DAY_OFF }));

export type DayExceptionFormValues = z.input<typeof dayExceptionSchema>;
export type DayExceptionInput = z.output<typeof dayExceptionSchema>;

export const removeDayExceptionSchema = z.object({ staffId: id, exceptionId: id });

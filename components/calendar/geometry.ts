import type { CSSProperties } from "react";
import type { CalendarAppointment } from "@/lib/calendar/load-day";
import type { DayHours } from "@/lib/settings/salon-settings";

/** The grid's unit: one row is 15 minutes. Pure geometry, shared by the grid and the drag. */
export const SLOT_MIN = 15;
/**
 * Height of one 15-minute row in pixels with a mouse: a 15-minute appointment still fits one line of
 * text. On a touch screen a row is 44 px, a finger's target (`--row` in app/globals.css): the grid
 * is laid out in rows of `var(--row)` (rowsCss), and code that needs pixels asks rowPx().
 */
export const ROW_PX = 24;

/** The row height the browser is using (24 px, or 44 px on a touch screen); ROW_PX on the server. */
export function rowPx(): number {
  if (typeof document === "undefined") return ROW_PX;
  return parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--row")) || ROW_PX;
}

/** A CSS length of `rows` rows, plus `px` pixels: "calc(var(--row) * 4 + 1px)". */
export function rowsCss(rows: number, px = 0): string {
  return `calc(var(--row) * ${rows}${px ? ` ${px < 0 ? "-" : "+"} ${Math.abs(px)}px` : ""})`;
}

/** Where `minute` falls in the grid, as a CSS length (see rowsCss). */
export function minuteTop(minute: number, range: GridRange, px = 0): string {
  return rowsCss((minute - range.startMin) / SLOT_MIN, px);
}
/** Height of the sticky staff header row. */
export const HEADER_PX = 48;

export type AppointmentStatus = CalendarAppointment["status"];

/** Statuses that occupy a staff member's time (the server's overlap rule uses the same set). */
export function isLive(status: AppointmentStatus): boolean {
  return status === "BOOKED" || status === "CHECKED_IN" || status === "COMPLETED";
}

/** Only appointments not yet paid for or cancelled can move. */
export function isMovable(status: AppointmentStatus): boolean {
  return status === "BOOKED" || status === "CHECKED_IN";
}

export type GridRange = {
  /** First and last minute drawn (multiples of 15). */
  startMin: number;
  endMin: number;
  /** The opening hours: only these slots are bookable. */
  hours: DayHours;
};

const floorSlot = (m: number) => Math.floor(m / SLOT_MIN) * SLOT_MIN;
const ceilSlot = (m: number) => Math.ceil(m / SLOT_MIN) * SLOT_MIN;

/**
 * The opening hours, widened to show any appointment that falls outside them (hours changed after it
 * was booked), so nothing on the day is ever hidden. Null when there is nothing to draw.
 */
export function gridRange(hours: DayHours, appointments: CalendarAppointment[]): GridRange | null {
  let start = hours ? floorSlot(hours.opensAtMin) : Infinity;
  let end = hours ? ceilSlot(hours.closesAtMin) : -Infinity;
  for (const a of appointments) {
    start = Math.min(start, floorSlot(a.startMin));
    end = Math.max(end, ceilSlot(Math.max(a.endMin, a.startMin + SLOT_MIN)));
  }
  if (!Number.isFinite(start) || end <= start) return null;
  return { startMin: start, endMin: end, hours };
}

/** Where `minute` falls in the grid in pixels, for scrolling (rowPx: the browser's row height). */
export function minuteToY(minute: number, range: GridRange, row = rowPx()): number {
  return ((minute - range.startMin) / SLOT_MIN) * row;
}

export function isBookable(minute: number, hours: DayHours): boolean {
  return hours !== null && minute >= hours.opensAtMin && minute + SLOT_MIN <= hours.closesAtMin;
}

/**
 * The runs of rows outside opening hours, drawn as one hatched block each: before opening and after
 * closing (the grid widens past the hours to show an appointment booked there), or the whole day.
 */
export function closedBlocks(range: GridRange): { startMin: number; endMin: number }[] {
  const blocks: { startMin: number; endMin: number }[] = [];
  let runStart: number | null = null;
  for (let m = range.startMin; m < range.endMin; m += SLOT_MIN) {
    if (!isBookable(m, range.hours)) runStart ??= m;
    else if (runStart !== null) {
      blocks.push({ startMin: runStart, endMin: m });
      runStart = null;
    }
  }
  if (runStart !== null) blocks.push({ startMin: runStart, endMin: range.endMin });
  return blocks;
}

/**
 * How much of a staff column is drawn. With dozens of staff only the columns near the visible part
 * of the board carry their appointments ("appointments") and, nearer still, their free-slot buttons
 * ("all"); the rest are their name and an empty day until scrolled near. Keeps a 60-stylist day a few
 * hundred elements, so the page, opening the drawer and every re-render stay quick.
 */
export type ColumnDrawn = "all" | "appointments" | "none";

/** Before the browser has measured the board, the server draws this many columns' appointments. */
export const FIRST_PAINT_COLUMNS = 10;
/** Columns beside the visible ones that get slot buttons, so arrow keys always land on one. */
const SLOT_MARGIN = 2;

export function columnDrawn(column: number, inView: { first: number; last: number } | null): ColumnDrawn {
  if (!inView) return column < FIRST_PAINT_COLUMNS ? "appointments" : "none";
  if (column >= inView.first - SLOT_MARGIN && column <= inView.last + SLOT_MARGIN) return "all";
  // A screen's width of columns on each side already carries its appointments when scrolled to.
  const margin = Math.max(4, inView.last - inView.first + 1);
  return column >= inView.first - margin && column <= inView.last + margin ? "appointments" : "none";
}

/**
 * Where a dragged appointment would start: the pointer's row (keeping the grab offset), snapped to
 * 15 minutes and kept inside opening hours so the whole appointment fits.
 */
export function snapStart(yInColumn: number, durationMin: number, range: GridRange, row = rowPx()): number {
  const raw = range.startMin + Math.round(yInColumn / row) * SLOT_MIN;
  const lo = range.hours ? ceilSlot(range.hours.opensAtMin) : range.startMin;
  const hi = range.hours ? floorSlot(range.hours.closesAtMin - durationMin) : range.endMin - durationMin;
  return Math.max(lo, Math.min(Math.max(lo, hi), raw));
}

export type Lane = { lane: number; lanes: number };

/**
 * Side-by-side layout for one staff member's appointments: overlapping ones share the width of their
 * cluster. A cluster with no live appointment (only cancelled / no-shows) keeps a free lane, so the
 * time under it stays visibly bookable.
 */
export function layoutLanes(appointments: CalendarAppointment[]): Map<number, Lane> {
  const sorted = [...appointments].sort((a, b) => a.startMin - b.startMin || b.endMin - a.endMin || a.id - b.id);
  const out = new Map<number, Lane>();
  let cluster: { id: number; lane: number; live: boolean }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;

  const flush = () => {
    const anyLive = cluster.some((c) => c.live);
    const lanes = laneEnds.length + (anyLive ? 0 : 1);
    for (const c of cluster) out.set(c.id, { lane: c.lane, lanes });
    cluster = [];
    laneEnds = [];
  };

  for (const a of sorted) {
    const end = Math.max(a.endMin, a.startMin + SLOT_MIN);
    if (a.startMin >= clusterEnd && cluster.length) flush();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= a.startMin);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    cluster.push({ id: a.id, lane, live: isLive(a.status) });
    clusterEnd = cluster.length === 1 ? end : Math.max(clusterEnd, end);
  }
  if (cluster.length) flush();
  return out;
}

/** Start minutes of the slots a staff member's live appointments cover (those slots are not bookable). */
export function coveredSlots(appointments: CalendarAppointment[]): Set<number> {
  const covered = new Set<number>();
  for (const a of appointments) {
    if (!isLive(a.status)) continue;
    for (let m = floorSlot(a.startMin); m < Math.max(a.endMin, a.startMin + 1); m += SLOT_MIN) covered.add(m);
  }
  return covered;
}

/** Would this slot clash with a live appointment (other than `exceptId`)? Drawn as a warning while dragging. */
export function clashes(appointments: CalendarAppointment[], staffId: number, startMin: number, endMin: number, exceptId: number): boolean {
  return appointments.some((a) => a.id !== exceptId && a.staffId === staffId && isLive(a.status) && a.startMin < endMin && a.endMin > startMin);
}

/** The longest an appointment may be resized to: until closing (or its current end, if that is later). Minutes. */
export function maxLength(startMin: number, endMin: number, range: GridRange): number {
  const limit = range.hours ? range.hours.closesAtMin : range.endMin;
  return Math.max(endMin - startMin, Math.floor((limit - startMin) / SLOT_MIN) * SLOT_MIN, SLOT_MIN);
}

/**
 * The length an appointment's bottom edge dragged to `yInColumn` gives: whole quarter hours, at
 * least one, never past maxLength.
 */
export function snapLength(yInColumn: number, appointment: { startMin: number; endMin: number }, range: GridRange, row = rowPx()): number {
  const startY = ((appointment.startMin - range.startMin) / SLOT_MIN) * row;
  const length = Math.round((yInColumn - startY) / row) * SLOT_MIN;
  return Math.max(SLOT_MIN, Math.min(maxLength(appointment.startMin, appointment.endMin, range), length));
}

/**
 * A day column's height, and where its first hour and half-hour lines fall (the grid may start at
 * 9:30): the background in .staff-day (app/globals.css) repeats them from there.
 */
export function dayStyle(range: GridRange): CSSProperties {
  const rowsTo = (every: number) => ((every - (range.startMin % every)) % every) / SLOT_MIN;
  return {
    height: rowsCss((range.endMin - range.startMin) / SLOT_MIN),
    "--hour-y": rowsCss(rowsTo(60)),
    "--half-y": rowsCss(rowsTo(30)),
  } as CSSProperties;
}

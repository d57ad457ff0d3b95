/**
 * Plans the demo's appointments on a 15-minute grid per staff member per day, before any is written:
 * the operations refuse overlaps, so the seed never asks for one. A client has at most one
 * appointment a day.
 */
import { weekdayOf, type SalonDate } from "@/lib/time";
import type { Rng } from "./random";

export const SLOT_MINUTES = 15;

export type PlannerStaff = { key: string; skills: string[]; days: number[] };
export type Placement = { staffKey: string; startMin: number };

type Day = {
  open: number;
  close: number;
  /** Per staff member working that day: one flag per slot, true = taken. */
  grid: Map<string, boolean[]>;
  clients: Set<number>;
  count: Map<string, number>;
};

export type PlaceRequest = {
  date: SalonDate;
  category: string;
  minutes: number;
  client: number;
  /** Earliest start (minutes after midnight). */
  fromMin?: number;
  /** Prefer a slot running at this time (minutes after midnight). */
  atMin?: number;
};

export class SlotPlanner {
  private readonly days = new Map<SalonDate, Day | null>();

  constructor(
    private readonly rng: Rng,
    private readonly staff: PlannerStaff[],
    /** Opening hours per weekday, [open, close] in minutes; close <= open is closed. */
    private readonly hours: [number, number][],
  ) {}

  private day(date: SalonDate): Day | null {
    let day = this.days.get(date);
    if (day === undefined) {
      const weekday = weekdayOf(date);
      const [open, close] = this.hours[weekday];
      day = null;
      if (close > open) {
        const slots = (close - open) / SLOT_MINUTES;
        const working = this.staff.filter((s) => s.days.includes(weekday));
        day = {
          open,
          close,
          grid: new Map(working.map((s) => [s.key, Array.from({ length: slots }, () => false)])),
          clients: new Set(),
          count: new Map(working.map((s) => [s.key, 0])),
        };
      }
      this.days.set(date, day);
    }
    return day;
  }

  isOpen(date: SalonDate): boolean {
    return this.day(date) !== null;
  }

  hoursOf(date: SalonDate): { open: number; close: number } | null {
    const day = this.day(date);
    return day && { open: day.open, close: day.close };
  }

  /** Staff working on `date` (who do `category`, if given). */
  staffOn(date: SalonDate, category?: string): string[] {
    const day = this.day(date);
    if (!day) return [];
    return this.staff.filter((s) => day.grid.has(s.key) && (!category || s.skills.includes(category))).map((s) => s.key);
  }

  isClientFree(date: SalonDate, client: number): boolean {
    const day = this.day(date);
    return !!day && !day.clients.has(client);
  }

  claimClient(date: SalonDate, client: number): void {
    this.day(date)?.clients.add(client);
  }

  /** Free starts for `minutes` in a staff member's day, at or after `fromMin`. */
  private freeStarts(day: Day, staffKey: string, minutes: number, fromMin: number): number[] {
    const grid = day.grid.get(staffKey)!;
    const need = Math.ceil(minutes / SLOT_MINUTES);
    const starts: number[] = [];
    for (let i = 0; i + need <= grid.length; i++) {
      const startMin = day.open + i * SLOT_MINUTES;
      if (startMin < fromMin) continue;
      let free = true;
      for (let k = i; k < i + need && free; k++) free = !grid[k];
      if (free) starts.push(startMin);
    }
    return starts;
  }

  private mark(day: Day, staffKey: string, startMin: number, minutes: number): void {
    const grid = day.grid.get(staffKey)!;
    const first = (startMin - day.open) / SLOT_MINUTES;
    for (let k = first; k < first + Math.ceil(minutes / SLOT_MINUTES); k++) grid[k] = true;
    day.count.set(staffKey, (day.count.get(staffKey) ?? 0) + 1);
  }

  /** Books a slot for the client on that day, or null if there is none (or the client is already in). */
  place(request: PlaceRequest): Placement | null {
    const day = this.day(request.date);
    if (!day || day.clients.has(request.client)) return null;
    const options = this.rng
      .shuffle(this.staffOn(request.date, request.category))
      .map((staffKey) => ({ staffKey, starts: this.freeStarts(day, staffKey, request.minutes, request.fromMin ?? 0) }))
      .filter((o) => o.starts.length > 0);
    if (options.length === 0) return null;
    let chosen: Placement | null = null;
    if (request.atMin !== undefined) {
      const at = request.atMin;
      for (const o of options) {
        const start = o.starts.filter((s) => s <= at && at < s + request.minutes).pop();
        if (start !== undefined) {
          chosen = { staffKey: o.staffKey, startMin: start };
          break;
        }
      }
    }
    if (!chosen) {
      // No slot running at `atMin`: one starting after it. Else the least busy staff member, so
      // course sessions spread over the team.
      const later = options
        .map((o) => ({ ...o, starts: o.starts.filter((s) => request.atMin === undefined || s > request.atMin) }))
        .filter((o) => o.starts.length > 0)
        .sort((a, b) => (day.count.get(a.staffKey) ?? 0) - (day.count.get(b.staffKey) ?? 0));
      if (later.length === 0) return null;
      chosen = { staffKey: later[0].staffKey, startMin: this.rng.pick(later[0].starts) };
    }
    this.mark(day, chosen.staffKey, chosen.startMin, request.minutes);
    day.clients.add(request.client);
    return chosen;
  }

  /**
   * Fills a staff member's day up to `target` appointments with gaps spread between them.
   * `pick(room)` chooses a service that fits in `room` minutes (or null); the caller picks clients.
   */
  fill<T extends { minutes: number }>(
    date: SalonDate,
    staffKey: string,
    target: number,
    averageMinutes: number,
    pick: (room: number) => T | null,
  ): { startMin: number; item: T }[] {
    const day = this.day(date);
    const grid = day?.grid.get(staffKey);
    if (!day || !grid) return [];
    const need = target - (day.count.get(staffKey) ?? 0);
    if (need <= 0) return [];
    const freeMinutes = grid.filter((taken) => !taken).length * SLOT_MINUTES;
    const meanGapSlots = Math.max(0, freeMinutes - need * averageMinutes) / (need + 1) / SLOT_MINUTES;
    const placed: { startMin: number; item: T }[] = [];
    let i = 0;
    let gapTaken = false;
    while (i < grid.length && placed.length < need) {
      if (grid[i]) {
        i++;
        continue;
      }
      if (!gapTaken) {
        gapTaken = true;
        const gap = Math.round(this.rng.next() * 2 * meanGapSlots);
        if (gap > 0) {
          i += gap;
          continue;
        }
      }
      let run = 0;
      while (i + run < grid.length && !grid[i + run]) run++;
      const item = pick(run * SLOT_MINUTES);
      if (!item) {
        i += run;
        continue;
      }
      const startMin = day.open + i * SLOT_MINUTES;
      this.mark(day, staffKey, startMin, item.minutes);
      placed.push({ startMin, item });
      i += Math.ceil(item.minutes / SLOT_MINUTES);
      gapTaken = false;
    }
    return placed;
  }
}

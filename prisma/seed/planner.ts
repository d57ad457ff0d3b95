/**
 * Plans the demo's appointments on a 15-minute grid per staff member and per room per day, before
 * any is written: the operations refuse overlaps, services a stylist does not do and clashing
 * rooms, and warn outside a stylist's hours, so the seed never asks for any of those. Time outside a
 * staff member's spans (breaks, late starts, exceptions) starts out taken. Each booking names its
 * room, chosen here the way the app would (the first free one): the app's own pick, made in
 * booking order rather than time order, could paint itself into a corner. A client has at most one
 * appointment a day.
 */
import type { Span } from "@/lib/rota/working-hours";
import { weekdayOf, type SalonDate } from "@/lib/time";
import type { Rng } from "./random";

export const SLOT_MINUTES = 15;

export type PlannerStaff = {
  key: string;
  /** Does this service (key). */
  does: (serviceKey: string) => boolean;
  /** Their length for a service: their own, else the menu's. */
  minutesFor: (serviceKey: string) => number;
};
export type PlannerRoom = { name: string; kind: string };
export type Placement = { staffKey: string; startMin: number; minutes: number; room: string | null };

type Day = {
  open: number;
  close: number;
  /** Per staff member working that day: one flag per slot, true = taken (or not working). */
  grid: Map<string, boolean[]>;
  /** Per room: one flag per slot, true = held. */
  rooms: Map<string, boolean[]>;
  clients: Set<number>;
  count: Map<string, number>;
};

export type PlaceRequest = {
  date: SalonDate;
  service: string;
  /** The room kind the service needs, if any. */
  kind: string | null;
  /** A fixed length (a minutes-course appointment); else the stylist's length for the service. */
  minutes?: number;
  client: number;
  /** Earliest start (minutes after midnight). */
  fromMin?: number;
  /** Prefer a slot running at this time (minutes after midnight). */
  atMin?: number;
};

/** What `fill` offers: a service with its length for that stylist and the room kind it needs. */
export type FillItem = { minutes: number; kind: string | null };

export class SlotPlanner {
  private readonly days = new Map<SalonDate, Day | null>();

  constructor(
    private readonly rng: Rng,
    private readonly staff: PlannerStaff[],
    /** Opening hours per weekday, [open, close] in minutes; close <= open is closed. */
    private readonly hours: [number, number][],
    /** When each staff member works on a date (the app's own rule: rota, breaks, exceptions). */
    private readonly spans: (staffKey: string, date: SalonDate) => Span[],
    private readonly roomList: PlannerRoom[],
  ) {}

  private day(date: SalonDate): Day | null {
    let day = this.days.get(date);
    if (day === undefined) {
      const [open, close] = this.hours[weekdayOf(date)];
      day = null;
      if (close > open) {
        const slots = (close - open) / SLOT_MINUTES;
        const grid = new Map<string, boolean[]>();
        for (const s of this.staff) {
          const spans = this.spans(s.key, date);
          if (spans.length === 0) continue;
          const worked = (k: number) => spans.some((sp) => open + k * SLOT_MINUTES >= sp.start && open + (k + 1) * SLOT_MINUTES <= sp.end);
          grid.set(s.key, Array.from({ length: slots }, (_, k) => !worked(k)));
        }
        day = {
          open,
          close,
          grid,
          rooms: new Map(this.roomList.map((r) => [r.name, Array.from({ length: slots }, () => false)])),
          clients: new Set(),
          count: new Map([...grid.keys()].map((key) => [key, 0])),
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

  /** Staff working on `date` (who do `service`, if given). */
  staffOn(date: SalonDate, service?: string): string[] {
    const day = this.day(date);
    if (!day) return [];
    return this.staff.filter((s) => day.grid.has(s.key) && (!service || s.does(service))).map((s) => s.key);
  }

  isClientFree(date: SalonDate, client: number): boolean {
    const day = this.day(date);
    return !!day && !day.clients.has(client);
  }

  claimClient(date: SalonDate, client: number): void {
    this.day(date)?.clients.add(client);
  }

  private freeRun(slots: boolean[], first: number, count: number): boolean {
    if (first < 0 || first + count > slots.length) return false;
    for (let k = first; k < first + count; k++) if (slots[k]) return false;
    return true;
  }

  /** The first room of `kind` free for the whole time; "" when no room is needed; null when none is free. */
  private roomFor(day: Day, kind: string | null, startMin: number, minutes: number): string | null {
    if (!kind) return "";
    const first = (startMin - day.open) / SLOT_MINUTES;
    const count = Math.ceil(minutes / SLOT_MINUTES);
    return this.roomList.find((r) => r.kind === kind && this.freeRun(day.rooms.get(r.name)!, first, count))?.name ?? null;
  }

  /** Free starts for `minutes` in a staff member's day (with a room, if needed), at or after `fromMin`. */
  private freeStarts(day: Day, staffKey: string, minutes: number, kind: string | null, fromMin: number): number[] {
    const grid = day.grid.get(staffKey)!;
    const need = Math.ceil(minutes / SLOT_MINUTES);
    const starts: number[] = [];
    for (let i = 0; i + need <= grid.length; i++) {
      const startMin = day.open + i * SLOT_MINUTES;
      if (startMin >= fromMin && this.freeRun(grid, i, need) && this.roomFor(day, kind, startMin, minutes) !== null) starts.push(startMin);
    }
    return starts;
  }

  private mark(day: Day, staffKey: string, startMin: number, minutes: number, room: string | null): void {
    const first = (startMin - day.open) / SLOT_MINUTES;
    const slots = [day.grid.get(staffKey)!, ...(room ? [day.rooms.get(room)!] : [])];
    for (const grid of slots) for (let k = first; k < first + Math.ceil(minutes / SLOT_MINUTES); k++) grid[k] = true;
    day.count.set(staffKey, (day.count.get(staffKey) ?? 0) + 1);
  }

  private lengthFor(staffKey: string, request: PlaceRequest): number {
    return request.minutes ?? this.staff.find((s) => s.key === staffKey)!.minutesFor(request.service);
  }

  /** Books a slot for the client on that day, or null if there is none (or the client is already in). */
  place(request: PlaceRequest): Placement | null {
    const day = this.day(request.date);
    if (!day || day.clients.has(request.client)) return null;
    const options = this.rng
      .shuffle(this.staffOn(request.date, request.service))
      .map((staffKey) => {
        const minutes = this.lengthFor(staffKey, request);
        return { staffKey, minutes, starts: this.freeStarts(day, staffKey, minutes, request.kind, request.fromMin ?? 0) };
      })
      .filter((o) => o.starts.length > 0);
    if (options.length === 0) return null;
    let chosen: { staffKey: string; minutes: number; startMin: number } | null = null;
    if (request.atMin !== undefined) {
      const at = request.atMin;
      for (const o of options) {
        const start = o.starts.filter((s) => s <= at && at < s + o.minutes).pop();
        if (start !== undefined) {
          chosen = { staffKey: o.staffKey, minutes: o.minutes, startMin: start };
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
      chosen = { staffKey: later[0].staffKey, minutes: later[0].minutes, startMin: this.rng.pick(later[0].starts) };
    }
    const room = this.roomFor(day, request.kind, chosen.startMin, chosen.minutes) || null;
    this.mark(day, chosen.staffKey, chosen.startMin, chosen.minutes, room);
    day.clients.add(request.client);
    return { ...chosen, room };
  }

  /**
   * Fills a staff member's day up to `target` appointments with gaps spread between them.
   * `pick(fits)` chooses an item that `fits` at the next free time (its length fits the free run
   * and a room of its kind is free), or null; the caller picks clients.
   */
  fill<T extends FillItem>(
    date: SalonDate,
    staffKey: string,
    target: number,
    averageMinutes: number,
    pick: (fits: (item: T) => boolean) => T | null,
  ): { startMin: number; item: T; room: string | null }[] {
    const day = this.day(date);
    const grid = day?.grid.get(staffKey);
    if (!day || !grid) return [];
    const need = target - (day.count.get(staffKey) ?? 0);
    if (need <= 0) return [];
    const freeMinutes = grid.filter((taken) => !taken).length * SLOT_MINUTES;
    const meanGapSlots = Math.max(0, freeMinutes - need * averageMinutes) / (need + 1) / SLOT_MINUTES;
    const placed: { startMin: number; item: T; room: string | null }[] = [];
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
      const startMin = day.open + i * SLOT_MINUTES;
      const item = pick((it) => it.minutes <= run * SLOT_MINUTES && this.roomFor(day, it.kind, startMin, it.minutes) !== null);
      if (!item) {
        // Nothing fits here (too short, or the rooms are taken): try a quarter of an hour later.
        i++;
        continue;
      }
      const room = this.roomFor(day, item.kind, startMin, item.minutes) || null;
      this.mark(day, staffKey, startMin, item.minutes, room);
      placed.push({ startMin, item, room });
      i += Math.ceil(item.minutes / SLOT_MINUTES);
      gapTaken = false;
    }
    return placed;
  }
}

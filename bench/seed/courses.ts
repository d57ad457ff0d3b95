/**
 * Plans the client courses: each is sold on a day, then claims appointments of its services from the
 * planned calendar every few weeks, within its validity, never more than its lines hold. Some are
 * used up, some expire with sessions left, some are refunded, adjusted or extended; a few regulars
 * hold several at once (the drawer benchmark's client).
 */
import { addMonths, format, parseISO } from "date-fns";
import { allocate } from "@/lib/money";
import { lineListValue } from "@/lib/courses/sell-course";
import { addDaysToDate, validityEnd, type SalonDate } from "@/lib/time";
import type { Rng } from "@/prisma/seed/random";
import type { BenchRefs, BenchTemplate } from "./reference";
import { pickClient, type Day, type PlannedAppointment } from "./schedule";

const MINUTE = 60_000;

export type PlannedLine = { id: number; serviceId: number; serviceName: string; quantity: number; listValueMinor: number; valueMinor: number; sortOrder: number; minutes: number };

export type PlannedChange =
  | { kind: "ADJUST"; lineId: number; delta: number; at: number }
  | { kind: "EXTEND"; previous: SalonDate; next: SalonDate; at: number }
  | { kind: "REFUND"; at: number };

export type PlannedCourse = {
  id: number;
  clientId: number;
  template: BenchTemplate;
  purchasedAt: number;
  purchasedOn: SalonDate;
  /** Stored expiry; for "from first use" filled in by the rows step from the first redemption. */
  expiresOn: SalonDate | null;
  lines: PlannedLine[];
  changes: PlannedChange[];
  claimed: PlannedAppointment[];
};

type Options = { count: number; clientCount: number; now: number; lastDay: number; regulars: number; perRegular: number };

export class CoursePlanner {
  private lineSeq = 0;
  readonly courses: PlannedCourse[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly refs: BenchRefs,
    private readonly days: Day[],
    private readonly services: Map<number, PlannedAppointment[]>,
  ) {}

  plan(o: Options): void {
    const sellable = this.refs.templates;
    const today = this.days.findIndex((d) => d.offset >= 0);
    for (let k = 0; k < o.count; k++) {
      // The first regulars hold several courses each; everyone else is a random client.
      const clientId = k < o.regulars * o.perRegular ? 1 + Math.floor(k / o.perRegular) : pickClient(this.rng, o.clientCount);
      const recent = k < o.regulars * o.perRegular;
      const template = this.rng.weighted(sellable, (t) => (t.active === false ? 0.2 : 1));
      const day = recent ? this.rng.int(today - 60, today) : this.rng.int(0, today);
      this.planCourse(clientId, template, this.days[day], o);
    }
  }

  private planCourse(clientId: number, template: BenchTemplate, day: Day, o: Options): void {
    const unit = template.unit ?? "SESSIONS";
    const purchasedAt = day.openAt + this.rng.int(2, (day.close - day.open) / 5 - 12) * 5 * MINUTE;
    if (purchasedAt > o.now) return this.planCourse(clientId, template, this.days[day.index - 1], o);
    const services = template.lines.map((l) => this.refs.services.get(l.service)!);
    const listValues = template.lines.map((l, i) => lineListValue(unit, l.quantity, { priceMinor: services[i].price, durationMinutes: services[i].minutes }));
    const values = allocate(template.price, listValues);
    const course: PlannedCourse = {
      id: this.courses.length + 1,
      clientId,
      template,
      purchasedAt,
      purchasedOn: day.date,
      expiresOn: template.validityMonths && template.validityFrom !== "FIRST_USE" ? validityEnd(day.date, template.validityMonths) : null,
      lines: template.lines.map((l, i) => ({
        id: ++this.lineSeq,
        serviceId: services[i].id,
        serviceName: services[i].name,
        quantity: l.quantity,
        listValueMinor: listValues[i],
        valueMinor: values[i],
        sortOrder: i,
        minutes: services[i].minutes,
      })),
      changes: [],
      claimed: [],
    };
    this.courses.push(course);

    let lastDate = this.days[o.lastDay].date;
    if (course.expiresOn && this.rng.chance(0.03) && course.expiresOn > addDaysToDate(day.date, 60)) {
      // Extended a few weeks before it would have run out (only if that moment has come).
      const at = parseISO(addDaysToDate(course.expiresOn, -this.rng.int(5, 40)));
      const when = this.days.find((d) => d.date >= format(at, "yyyy-MM-dd"));
      if (when && when.offset < 0) {
        const next = format(addMonths(parseISO(course.expiresOn), 3), "yyyy-MM-dd");
        course.changes.push({ kind: "EXTEND", previous: course.expiresOn, next, at: when.openAt + 90 * MINUTE });
        course.expiresOn = next;
      }
    }
    if (course.expiresOn && course.expiresOn < lastDate) lastDate = course.expiresOn;
    if (day.offset <= -60 && this.rng.chance(0.03)) {
      const refundDay = this.days[Math.min(this.rng.int(day.index + 15, day.index + 300), this.days.findIndex((d) => d.offset >= 0) - 1)];
      if (refundDay && refundDay.index > day.index) {
        course.changes.push({ kind: "REFUND", at: refundDay.openAt + 60 * MINUTE });
        lastDate = addDaysToDate(refundDay.date, -1);
      }
    }
    const up = this.rng.chance(0.02) ? 1 : 0;
    if (up) {
      const at = Math.min(purchasedAt + this.rng.int(1, 30) * 24 * 60 * MINUTE, o.now - MINUTE);
      course.changes.push({ kind: "ADJUST", lineId: course.lines[0].id, delta: 1, at: Math.max(at, purchasedAt + MINUTE) });
    }

    // How much of each line gets used: all, part, or hardly any.
    const roll = this.rng.next();
    const share = roll < 0.35 ? 1 : roll < 0.8 ? this.rng.next() : 0.1;
    const room = course.lines.map((l, i) => (i === 0 ? up : 0) + l.quantity);
    const wanted = course.lines.map((l) => Math.round((l.quantity * share) / (unit === "MINUTES" ? l.minutes : 1)));
    const units = this.rng.shuffle(wanted.flatMap((n, line) => Array.from({ length: n }, () => line)));

    let cursor = day.index + this.rng.int(1, 10);
    let ahead = 0;
    let firstUse: SalonDate | null = null;
    for (const line of units) {
      const target = this.days[cursor];
      if (!target || target.date > lastDate || (firstUse && template.validityMonths && target.date > validityEnd(firstUse, template.validityMonths))) break;
      if (target.offset > 0 && ++ahead > 2) break; // at most two sessions booked ahead
      const claimed = this.claim(course, course.lines[line], target.index, lastDate, room, line, unit, clientId);
      if (claimed && !firstUse && claimed.fate !== "cancel") firstUse = this.days[claimed.day].date;
      cursor = (claimed ? claimed.day : cursor) + this.rng.int(10, 40);
    }
  }

  /** Takes the first free appointment of the line's service on or after `fromDay`, if the line has room. */
  private claim(course: PlannedCourse, line: PlannedLine, fromDay: number, lastDate: SalonDate, room: number[], lineIndex: number, unit: string, clientId: number) {
    const list = this.services.get(line.serviceId);
    if (!list) return null;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].day < fromDay) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < Math.min(list.length, lo + 400); i++) {
      const a = list[i];
      if (this.days[a.day].date > lastDate) return null;
      if (a.lineId !== null) continue;
      // A minutes course uses the booking's real length (the stylist's own, if they have one).
      const units = unit === "MINUTES" ? (a.end - a.start) / MINUTE : 1;
      const fate = this.rng.next();
      a.fate = fate < 0.04 ? "cancel" : fate < 0.07 ? "noShow" : "attend";
      // A cancelled booking gives its unit back; anything else keeps or uses it.
      if (a.fate !== "cancel") {
        if (room[lineIndex] < units) return null;
        room[lineIndex] -= units;
      }
      a.lineId = line.id;
      a.clientId = clientId;
      course.claimed.push(a);
      return a;
    }
    return null;
  }
}

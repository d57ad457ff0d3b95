/**
 * Plans the demo's course histories and two weeks of appointments, then turns them into timeline
 * steps that run the real operations. Nothing here writes to the database directly.
 */
import { addMonths, differenceInCalendarDays, format, parseISO } from "date-fns";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { checkIn } from "@/lib/appointments/check-in";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { adjustRemaining, extendExpiry, loadCourseOrThrow } from "@/lib/courses/manage-course";
import { refundCourse, unredeemedValue } from "@/lib/courses/refund-course";
import { sellCourse } from "@/lib/courses/sell-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import type { Tx } from "@/lib/db";
import { addDaysToDate, formatMinutes, salonDateOf, salonInstant, salonMinutesOf, validityEnd, type SalonDate } from "@/lib/time";
import { WEEK_HOURS } from "@/prisma/factories";
import { ROOM_KIND, ROOMS, servicesOf, type ServiceSeed, type TemplateSeed } from "./catalogue";
import { APPOINTMENT_NOTES, type CourseSpec } from "./course-plans";
import { SLOT_MINUTES, SlotPlanner } from "./planner";
import type { Rng } from "./random";
import type { Refs } from "./reference";
import { rotaSpans } from "./rota";
import { Timeline } from "./timeline";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The two weeks of appointments: a week back to a week ahead. */
const WINDOW_BACK = 7;
const WINDOW_AHEAD = 7;

type CourseRun = {
  label: string;
  client: number;
  template: TemplateSeed & { id: number };
  clientCourseId?: number;
  lineIds: number[];
  /** Bookings from it are made after this (its sale, or the transfer that created it)… */
  readyAt: Date;
  /** …and before this (a transfer or refund ends them). */
  closesAt?: Date;
};

type Fate = "attend" | "noShow" | "cancel";

type PlannedAppointment = {
  date: SalonDate;
  startMin: number;
  minutes: number;
  staffKey: string;
  serviceKey: string;
  /** The room it holds, chosen by the planner (null: the service needs none). */
  room: string | null;
  client: number;
  course?: { run: CourseRun; line: number };
  fate: Fate;
  source: "DESK" | "ONLINE";
  convert?: "change" | "check-in";
  notes?: string;
  notBefore: Date;
  notAfter?: Date;
  id?: number;
};

/** One appointment of a course: its line, and its length when the course counts minutes (else the stylist's). */
type Unit = { line: number; minutes?: number };

export class DemoPlan {
  readonly timeline = new Timeline();
  private readonly planner: SlotPlanner;
  private readonly today: SalonDate;
  private readonly nowMin: number;
  private readonly appointments: PlannedAppointment[] = [];
  private readonly runs: CourseRun[] = [];
  /** Services each client holds a course for: their singles are other services. */
  private readonly covered = new Map<number, Set<string>>();

  constructor(
    private readonly rng: Rng,
    private readonly refs: Refs,
    private readonly now: Date,
    private readonly timezone: string,
    /** Indices (into the clients) of the clients who hold courses. */
    private readonly courseClients: number[],
  ) {
    const bookable = [...refs.staff.values()].filter((s) => s.takesAppointments);
    const team = bookable.map((s) => {
      const does = new Set(servicesOf(s).map((sv) => sv.key));
      return { key: s.key, does: (key: string) => does.has(key), minutesFor: (key: string) => s.ownMinutes?.[key] ?? this.service(key).minutes };
    });
    this.planner = new SlotPlanner(rng, team, WEEK_HOURS, rotaSpans(bookable, refs.exceptions), ROOMS);
    this.today = salonDateOf(now, timezone);
    this.nowMin = salonMinutesOf(now, timezone);
  }

  // ---- time helpers ----

  private dateAt(offset: number): SalonDate {
    return addDaysToDate(this.today, offset);
  }

  private offsetOf(date: SalonDate): number {
    return differenceInCalendarDays(parseISO(date), parseISO(this.today));
  }

  private instant(date: SalonDate, minutes: number): Date {
    return salonInstant(date, minutes, this.timezone);
  }

  /** The nearest open day at or before `offset`. */
  private openDayBefore(offset: number): number {
    while (!this.planner.isOpen(this.dateAt(offset))) offset--;
    return offset;
  }

  /** A moment on an open day, between `from` and `to` minutes, on a 5-minute grid. */
  private momentOn(offset: number, from: number, to: number): Date {
    return this.instant(this.dateAt(offset), from + 5 * this.rng.int(0, Math.floor((to - from) / 5)));
  }

  /** A moment at the desk during opening hours, `daysAgo` days back (moved to an open day). */
  private deskMoment(daysAgo: number): Date {
    const offset = this.openDayBefore(-daysAgo);
    const hours = this.planner.hoursOf(this.dateAt(offset))!;
    return this.momentOn(offset, hours.open + 30, hours.close - 60);
  }

  private between(from: Date, to: Date, low: number, high: number): Date {
    const fraction = low + this.rng.next() * (high - low);
    return new Date(+from + Math.max(1, Math.round(((+to - +from) * fraction) / MINUTE)) * MINUTE);
  }

  private get desk(): number {
    return this.rng.chance(0.85) ? this.refs.staff.get("olivia")!.id : this.manager;
  }

  private get manager(): number {
    return this.refs.staff.get("sophie")!.id;
  }

  private service(key: string): ServiceSeed & { id: number } {
    return this.refs.services.get(key)!;
  }

  // ---- courses ----

  planCourses(specs: CourseSpec[]): void {
    for (const spec of specs) this.planCourse(spec);
  }

  private newRun(template: TemplateSeed & { id: number }, client: number, readyAt: Date): CourseRun {
    const run: CourseRun = { label: `${template.name} (client ${client + 1})`, client, template, lineIds: [], readyAt };
    this.runs.push(run);
    const services = this.covered.get(client) ?? new Set<string>();
    for (const line of template.lines) services.add(line.service);
    this.covered.set(client, services);
    return run;
  }

  private planCourse(spec: CourseSpec): void {
    const template = this.refs.templates.get(spec.template);
    if (!template) throw new Error(`seed: no course template ${spec.template}`);
    const client = this.courseClients[spec.client];
    const purchase = this.openDayBefore(-spec.boughtDaysAgo);
    const purchasedAt = this.deskMoment(-purchase);
    const run = this.newRun(template, client, purchasedAt);
    this.checkCapacity(spec, template);

    const salePayment = this.rng.chance(0.8) ? "CARD" : "CASH";
    this.timeline.add({
      at: purchasedAt,
      staffId: this.desk,
      label: `sell ${run.label}`,
      run: async (tx, ctx) => {
        const sold = await sellCourse(tx, { clientId: this.refs.clientIds[client], templateId: template.id, paymentMethod: salePayment, notify: +purchasedAt > +this.now - 14 * DAY }, ctx);
        run.clientCourseId = sold.clientCourseId;
        run.lineIds = await lineIdsOf(tx, sold.clientCourseId);
      },
    });

    let lastPast = -1;
    if (spec.expired) {
      const expiry = this.offsetOf(validityEnd(this.dateAt(purchase), template.validityMonths!));
      lastPast = Math.min(lastPast, expiry - this.rng.int(15, 45));
    }
    let upcomingFrom = run.readyAt;
    if (spec.extend) {
      const extend = spec.extend;
      const at = this.deskMoment(extend.daysAgo);
      lastPast = Math.min(lastPast, this.offsetOf(salonDateOf(at, this.timezone)) - 2);
      upcomingFrom = at;
      this.timeline.add({
        at,
        staffId: this.manager,
        label: `extend ${run.label}`,
        run: async (tx, ctx) => {
          const { course } = await loadCourseOrThrow(tx, run.clientCourseId!, ctx.now);
          const expiresOn = format(addMonths(parseISO(course.expiresOn!), extend.months), "yyyy-MM-dd");
          await extendExpiry(tx, { clientCourseId: run.clientCourseId!, expiresOn, reason: extend.reason }, ctx);
        },
      });
    }
    if (spec.adjust) {
      const adjust = spec.adjust;
      this.timeline.add({
        at: this.deskMoment(adjust.daysAgo),
        staffId: this.manager,
        label: `adjust ${run.label}`,
        run: async (tx, ctx) => {
          const { course } = await loadCourseOrThrow(tx, run.clientCourseId!, ctx.now);
          const { total, redeemed } = course.lines[0].balance;
          await adjustRemaining(tx, { clientCourseLineId: run.lineIds[0], remaining: total - redeemed + adjust.delta, reason: adjust.reason }, ctx);
        },
      });
    }
    if (spec.transfer) {
      const transfer = spec.transfer;
      const at = this.deskMoment(transfer.daysAgo);
      const day = this.offsetOf(salonDateOf(at, this.timezone));
      lastPast = Math.min(lastPast, day - 2);
      run.closesAt = new Date(+at - HOUR);
      const recipient = this.newRun(template, this.courseClients[transfer.toClient], new Date(+at + MINUTE));
      recipient.label = `${template.name} (transferred to client ${recipient.client + 1})`;
      this.timeline.add({
        at,
        staffId: this.manager,
        label: `transfer ${run.label}`,
        run: async (tx, ctx) => {
          const created = await transferCourse(tx, { clientCourseId: run.clientCourseId!, toClientId: this.refs.clientIds[recipient.client], reason: transfer.reason }, ctx);
          recipient.clientCourseId = created.id;
          recipient.lineIds = await lineIdsOf(tx, created.id);
        },
      });
      const unit: Unit = { line: 0 };
      this.planPast(recipient, Array.from({ length: transfer.used }, () => unit), day + 1, -1, 0, 0);
      this.planUpcoming(recipient, Array.from({ length: transfer.upcoming }, () => unit), recipient.readyAt, {});
    }
    if (spec.refund) {
      const refund = spec.refund;
      const at = this.deskMoment(refund.daysAgo);
      lastPast = Math.min(lastPast, this.offsetOf(salonDateOf(at, this.timezone)) - 1);
      run.closesAt = new Date(+at - HOUR);
      this.timeline.add({
        at,
        staffId: this.manager,
        label: `refund ${run.label}`,
        run: async (tx, ctx) => {
          const { course } = await loadCourseOrThrow(tx, run.clientCourseId!, ctx.now);
          // Its booked sessions stay in the calendar as single (paid) appointments.
          const booked = course.lines.flatMap((l) => l.facts.bookings.map((b) => ({ appointmentId: b.appointmentId, action: "SINGLE" as const })));
          const amountMinor = await unredeemedValue(tx, course);
          await refundCourse(tx, { clientCourseId: course.id, amountMinor, paymentMethod: "CARD", reason: refund.reason, booked }, ctx);
        },
      });
    }

    this.planPast(run, this.units(spec, template, "used"), purchase + 1, lastPast, spec.noShows ?? 0, spec.cancelled ?? 0, spec.convert === "check-in");
    this.planUpcoming(run, this.units(spec, template, "upcoming"), upcomingFrom, {
      now: spec.now,
      online: spec.online,
      change: spec.convert === "change",
      cancelled: spec.upcomingCancelled ?? 0,
    });
  }

  /** The sessions (or minutes appointments) of a spec, one unit per appointment, packages interleaved. */
  private units(spec: CourseSpec, template: TemplateSeed, which: "used" | "upcoming"): Unit[] {
    if (spec.minutes) return spec.minutes[which].map((minutes) => ({ line: 0, minutes }));
    const raw = spec[which] ?? 0;
    const counts = typeof raw === "number" ? [raw] : raw;
    const units: Unit[] = counts.flatMap((n, line) => Array.from({ length: n }, () => ({ line })));
    return counts.length > 1 ? this.rng.shuffle(units) : units;
  }

  /** Used + booked (+ cancelled ones, held for a while) must fit each line, after a manager's reduction. */
  private checkCapacity(spec: CourseSpec, template: TemplateSeed): void {
    const countOf = (value: number | number[] | undefined, line: number) => (typeof value === "number" ? (line === 0 ? value : 0) : (value?.[line] ?? 0));
    template.lines.forEach((line, i) => {
      let planned = countOf(spec.used, i) + countOf(spec.upcoming, i);
      let room = line.quantity;
      if (i === 0) {
        planned += (spec.cancelled ?? 0) + (spec.upcomingCancelled ?? 0) + (spec.transfer ? spec.transfer.used + spec.transfer.upcoming : 0);
        room += Math.min(0, spec.adjust?.delta ?? 0);
      }
      if (spec.minutes) planned = [...spec.minutes.used, ...spec.minutes.upcoming].reduce((a, b) => a + b, 0);
      if (planned > room) throw new Error(`seed: the plan for ${template.name} (course client ${spec.client}) uses more than it holds`);
    });
  }

  /** Past sessions, spread between the purchase and `lastDay`; some missed, some cancelled. */
  private planPast(run: CourseRun, units: Unit[], firstDay: number, lastDay: number, noShows: number, cancelled: number, convertOne = false): void {
    if (units.length === 0 && cancelled === 0) return;
    if (lastDay < firstDay) throw new Error(`seed: no room for the past sessions of ${run.label}`);
    const first = firstDay + this.rng.int(0, Math.min(10, Math.floor((lastDay - firstDay) / 4)));
    const last = lastDay - this.rng.int(0, Math.min(25, Math.floor((lastDay - first) / 3)));
    const n = units.length;
    const missed = new Set(this.rng.shuffle(Array.from({ length: Math.max(0, n - 1) }, (_, k) => k + 1)).slice(0, noShows));
    units.forEach((unit, k) => {
      const target = n === 1 ? this.rng.int(first, last) : first + Math.round((k * (last - first)) / (n - 1));
      const fate: Fate = missed.has(k) ? "noShow" : "attend";
      this.placeSession(run, unit, target, firstDay, lastDay, { fate, convert: convertOne && k === n - 1 ? "check-in" : undefined });
    });
    for (let c = 0; c < cancelled; c++) {
      const unit: Unit = { line: 0, minutes: units.find((u) => u.line === 0)?.minutes };
      this.placeSession(run, unit, this.rng.int(first, last), firstDay, lastDay, { fate: "cancel" });
    }
  }

  /** Sessions booked from today to a week ahead. */
  private planUpcoming(
    run: CourseRun,
    units: Unit[],
    notBefore: Date,
    options: { now?: boolean; online?: boolean; change?: boolean; cancelled?: number },
  ): void {
    units.forEach((unit, k) => {
      const first = k === 0;
      this.placeSession(run, unit, first && options.now ? 0 : this.rng.int(0, WINDOW_AHEAD), 0, WINDOW_AHEAD, {
        fate: "attend",
        atNow: first && options.now,
        online: first && options.online,
        convert: first && options.change ? "change" : undefined,
        notBefore,
      });
    });
    for (let c = 0; c < (options.cancelled ?? 0); c++) {
      const unit: Unit = { line: 0, minutes: units.find((u) => u.line === 0)?.minutes };
      this.placeSession(run, unit, this.rng.int(0, WINDOW_AHEAD), 0, WINDOW_AHEAD, { fate: "cancel", notBefore });
    }
  }

  /** Places a course appointment on the open day nearest `target` within [from, to] that has room. */
  private placeSession(
    run: CourseRun,
    unit: Unit,
    target: number,
    from: number,
    to: number,
    options: { fate: Fate; atNow?: boolean; online?: boolean; convert?: "change" | "check-in"; notBefore?: Date },
  ): void {
    const serviceKey = run.template.lines[unit.line].service;
    const kind = ROOM_KIND[this.service(serviceKey).category] ?? null;
    for (let step = 0; step <= 2 * (to - from) + 1; step++) {
      const offset = target + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
      if (offset < from || offset > to) continue;
      const date = this.dateAt(offset);
      const today = offset === 0;
      const placement = this.planner.place({
        date,
        service: serviceKey,
        kind,
        minutes: unit.minutes,
        client: run.client,
        fromMin: today && !options.atNow ? this.slotAfterNow() : undefined,
        atMin: today && options.atNow ? this.nowMin : undefined,
      });
      if (!placement) continue;
      this.appointments.push({
        date,
        startMin: placement.startMin,
        minutes: placement.minutes,
        staffKey: placement.staffKey,
        serviceKey,
        room: placement.room,
        client: run.client,
        course: { run, line: unit.line },
        fate: options.fate,
        source: options.online ? "ONLINE" : "DESK",
        convert: options.convert,
        notBefore: options.notBefore ?? run.readyAt,
        notAfter: run.closesAt,
      });
      return;
    }
    throw new Error(`seed: no slot for a session of ${run.label} near day ${target}`);
  }

  /** The first slot that starts at least 15 minutes from now (today). */
  private slotAfterNow(): number {
    return Math.ceil((this.nowMin + 15) / SLOT_MINUTES) * SLOT_MINUTES;
  }

  // ---- single appointments ----

  /** Fills each working staff member's day, a week back to a week ahead, with 6–9 appointments. */
  planSingles(): void {
    for (let offset = -WINDOW_BACK; offset <= WINDOW_AHEAD; offset++) {
      const date = this.dateAt(offset);
      for (const staffKey of this.planner.staffOn(date)) {
        const member = this.refs.staff.get(staffKey)!;
        // Their services in their own time, with the room each needs.
        const menu = servicesOf(member)
          .filter((s) => (s.active ?? true) && s.weight > 0)
          .map((s) => ({ ...this.service(s.key), minutes: member.ownMinutes?.[s.key] ?? s.minutes, kind: ROOM_KIND[s.category] ?? null }));
        const average = menu.reduce((a, s) => a + s.minutes * s.weight, 0) / menu.reduce((a, s) => a + s.weight, 0);
        const placed = this.planner.fill<(typeof menu)[number]>(date, staffKey, this.rng.int(6, 9), average, (fits) => {
          const fitting = menu.filter(fits);
          return fitting.length > 0 ? this.rng.weighted(fitting, (s) => s.weight) : null;
        });
        for (const { startMin, item: service, room } of placed) {
          const client = this.pickClient(date, service.key);
          if (client === null) continue; // the slot stays free
          const roll = this.rng.next();
          const fate: Fate = roll < 0.05 ? "cancel" : offset <= 0 && roll < 0.08 ? "noShow" : "attend";
          this.appointments.push({
            date,
            startMin,
            minutes: service.minutes,
            staffKey,
            serviceKey: service.key,
            room,
            client,
            fate,
            source: (service.online ?? true) && this.rng.chance(0.1) ? "ONLINE" : "DESK",
            notes: this.rng.chance(0.05) ? this.rng.pick(APPOINTMENT_NOTES) : undefined,
            notBefore: new Date(+this.now - 60 * DAY),
          });
        }
      }
    }
  }

  private pickClient(date: SalonDate, serviceKey: string): number | null {
    const count = this.refs.clientIds.length;
    for (let attempt = 0; attempt < 40; attempt++) {
      const client = this.rng.int(0, count - 1);
      if (!this.planner.isClientFree(date, client) || this.covered.get(client)?.has(serviceKey)) continue;
      this.planner.claimClient(date, client);
      return client;
    }
    return null;
  }

  // ---- appointment steps ----

  /** Turns every planned appointment into its steps: book, (convert), check in, check out / cancel / no-show. */
  scheduleAppointments(): void {
    for (const a of this.appointments) this.scheduleAppointment(a);
  }

  private bookingTime(a: PlannedAppointment, start: Date): Date {
    const lower = +a.notBefore + 5 * MINUTE;
    const upper = Math.min(+start - 15 * MINUTE, +this.now - MINUTE, a.notAfter ? +a.notAfter : Infinity);
    if (upper <= lower) throw new Error(`seed: no time to book ${a.serviceKey} on ${a.date} for client ${a.client + 1}`);
    let day = addDaysToDate(a.date, -this.rng.int(1, 21));
    if (a.source === "DESK" && !this.planner.isOpen(day)) day = addDaysToDate(day, -1);
    const minute = a.source === "ONLINE" ? 5 * this.rng.int(7 * 12, 22 * 12 + 11) : 5 * this.rng.int(9 * 12 + 3, 18 * 12);
    let at = +this.instant(day, minute);
    const slack = Math.min(2 * HOUR, (upper - lower) / 2);
    if (at < lower) at = lower + Math.round((this.rng.next() * slack) / MINUTE) * MINUTE;
    if (at > upper) at = upper - Math.round((this.rng.next() * slack) / MINUTE) * MINUTE;
    return new Date(at);
  }

  private scheduleAppointment(a: PlannedAppointment): void {
    const start = this.instant(a.date, a.startMin);
    const end = new Date(+start + a.minutes * MINUTE);
    const bookedAt = this.bookingTime(a, start);
    const label = `${a.serviceKey} ${a.date} ${formatMinutes(a.startMin)} with ${a.staffKey} for client ${a.client + 1}${a.course ? ` from ${a.course.run.label}` : ""}`;
    const lineId = () => a.course!.run.lineIds[a.course!.line];
    const settled = +this.now < +start ? this.now : start;

    const checkInAt = new Date(+start - this.rng.int(0, 10) * MINUTE);
    const checkoutAt = new Date(+end + this.rng.int(1, 10) * MINUTE);
    const noShowAt = new Date(+start + this.rng.int(20, 45) * MINUTE);
    const missed = a.fate === "noShow" && +noShowAt <= +this.now;
    const attends = a.fate !== "cancel" && !missed;
    const checksIn = attends && +checkInAt <= +this.now;
    // The check-in prompt converts a single only if the client is checked in; otherwise book from the course.
    const convert = a.convert === "check-in" && !checksIn ? undefined : a.convert;
    const bookAsCourse = !!a.course && !convert;
    const online = a.source === "ONLINE";
    const cancelToken = online ? this.rng.hex(32) : undefined;

    this.timeline.add({
      at: bookedAt,
      // The online page has no staff member, but the booking log of a course booking needs one (see report).
      staffId: online && !bookAsCourse ? 0 : this.desk,
      label: `book ${label}`,
      run: async (tx, ctx) => {
        const appointment = await bookAppointment(
          tx,
          {
            clientId: this.refs.clientIds[a.client],
            staffId: this.refs.staff.get(a.staffKey)!.id,
            startsAt: start,
            serviceId: this.service(a.serviceKey).id,
            clientCourseLineId: bookAsCourse ? lineId() : null,
            durationMinutes: a.minutes,
            // The room the planner kept for it (the app would take the first free one too).
            resourceId: a.room ? this.refs.rooms.get(a.room)! : null,
            source: a.source,
            notes: a.notes,
            cancelToken,
            // Emails only about what is still ahead: the rest of the replayed history's would have gone
            // long ago. The demo's Manager → Messages then shows the week's confirmations, kept, not sent.
            notify: +start > +this.now,
          },
          ctx,
        );
        a.id = appointment.id;
      },
    });

    let last = bookedAt;
    if (convert === "change") {
      last = this.between(bookedAt, settled, 0.3, 0.7);
      this.timeline.add({
        at: last,
        staffId: this.desk,
        label: `convert ${label}`,
        run: (tx, ctx) => changeAppointment(tx, { appointmentId: a.id!, clientCourseLineId: lineId() }, ctx),
      });
    }
    if (a.fate === "cancel") {
      this.timeline.add({
        at: this.between(last, settled, 0.2, 0.9),
        staffId: this.desk,
        label: `cancel ${label}`,
        run: (tx, ctx) => cancelAppointment(tx, { appointmentId: a.id!, kind: "CANCEL", notify: +start > +this.now }, ctx),
      });
      return;
    }
    if (missed) {
      this.timeline.add({
        at: noShowAt,
        staffId: this.desk,
        label: `no-show ${label}`,
        run: (tx, ctx) => cancelAppointment(tx, { appointmentId: a.id!, kind: "NO_SHOW" }, ctx),
      });
      return;
    }
    if (!checksIn) return;
    const checkedOut = +checkoutAt <= +this.now;
    // Past visits go straight to checkout (the check-in step only costs seed time); today's are
    // checked in, and so is a visit whose single is converted at the check-in prompt.
    if (!checkedOut || a.date === this.today || convert === "check-in") {
      this.timeline.add({
        at: checkInAt,
      staffId: this.desk,
      label: `check in ${label}`,
        // The desk's answers: the redeem prompt (redeem or keep it single), and yes if it is early.
        run: (tx, ctx) =>
          checkIn(tx, { appointmentId: a.id!, answer: convert === "check-in" ? { redeemFromLineId: lineId() } : { asSingle: true }, confirmEarly: true }, ctx),
      });
    }
    if (!checkedOut) return;
    const paymentMethod = this.rng.chance(0.75) ? "CARD" : "CASH";
    this.timeline.add({
      at: checkoutAt,
      staffId: this.desk,
      label: `check out ${label}`,
      run: (tx, ctx) => checkoutVisit(tx, { appointmentIds: [a.id!], paymentMethod }, ctx),
    });
  }
}

async function lineIdsOf(tx: Tx, clientCourseId: number): Promise<number[]> {
  const lines = await tx.clientCourseLine.findMany({ where: { clientCourseId }, orderBy: { sortOrder: "asc" }, select: { id: true } });
  return lines.map((l) => l.id);
}

import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { staffIdOf, type OpContext } from "@/lib/op-context";
import { getSettings } from "@/lib/settings/salon-settings";
import { addMonthsToDate, formatSalonDate, salonDateOf, type SalonDate } from "@/lib/time";
import { unitsValue } from "@/lib/money";
import { consumedUnits } from "./consumed-units";
import { loadClientCourse, type ClientCourseView } from "./load-courses";
import { sessionsOutsideValidity } from "./validity";

/** The furthest an expiry may be moved: typing 9999 is a slip, not a promise. */
export const MAX_EXPIRY_YEARS = 5;

/** Manager changes: each is a record with who, when, how much and why; balances follow from them. */

export async function loadCourseOrThrow(tx: Tx, clientCourseId: number, now: Date): Promise<{ course: ClientCourseView; timezone: string }> {
  const { timezone } = await getSettings(tx);
  const course = await loadClientCourse(tx, clientCourseId, timezone, now);
  if (!course) throw new DomainError("NOT_FOUND", "That client course no longer exists.");
  return { course, timezone };
}

function assertOpen(course: ClientCourseView) {
  if (course.status === "REFUNDED") throw new DomainError("INVALID_STATE", `${course.name} was refunded; it can no longer be changed.`);
}

/** Sets what is left on a line (total less redeemed). Never below what is already booked. */
export async function adjustRemaining(
  tx: Tx,
  input: { clientCourseLineId: number; remaining: number; reason: string },
  ctx: OpContext,
) {
  const line = await tx.clientCourseLine.findUnique({ where: { id: input.clientCourseLineId }, select: { clientCourseId: true } });
  if (!line) throw new DomainError("NOT_FOUND", "That course line no longer exists.");
  const { course } = await loadCourseOrThrow(tx, line.clientCourseId, ctx.now);
  assertOpen(course);
  const view = course.lines.find((l) => l.id === input.clientCourseLineId)!;
  const { total, redeemed, booked } = view.balance;
  if (input.remaining < booked) {
    throw new DomainError("INVALID_INPUT", `${booked} ${course.unit === "SESSIONS" ? "sessions are" : "minutes are"} already booked; remaining cannot be less than that.`, "remaining");
  }
  const delta = input.remaining - (total - redeemed);
  if (delta === 0) throw new DomainError("INVALID_INPUT", "That is what is left already; nothing changed.", "remaining");
  // Units taken away carry their value out of the liability; units added are a gift worth nothing.
  const amountMinor = delta < 0 ? unitsValue(view.valueMinor, view.quantity, await consumedUnits(tx, view.id), -delta) : 0;
  return tx.clientCourseChange.create({
    data: {
      clientCourseId: course.id,
      clientCourseLineId: view.id,
      kind: "ADJUST",
      quantityDelta: delta,
      amountMinor,
      reason: input.reason,
      staffId: staffIdOf(ctx),
      createdAt: ctx.now,
    },
  });
}

/** Moves the expiry later (or fixes it for a course valid from first use that has not started). */
export async function extendExpiry(tx: Tx, input: { clientCourseId: number; expiresOn: SalonDate; reason: string }, ctx: OpContext) {
  const { course, timezone } = await loadCourseOrThrow(tx, input.clientCourseId, ctx.now);
  assertOpen(course);
  if (!course.validityMonths && !course.expiresOn) {
    throw new DomainError("INVALID_STATE", `${course.name} never expires; there is no expiry to extend.`, "expiresOn");
  }
  const today = salonDateOf(ctx.now, timezone);
  const current = course.expiry;
  if (current && input.expiresOn <= current) {
    throw new DomainError("INVALID_INPUT", `The new expiry must be after the current one (${formatSalonDate(current)}).`, "expiresOn");
  }
  if (input.expiresOn < today) throw new DomainError("INVALID_INPUT", "The new expiry cannot be in the past.", "expiresOn");
  const latest = addMonthsToDate(today, MAX_EXPIRY_YEARS * 12);
  if (input.expiresOn > latest) {
    throw new DomainError("INVALID_INPUT", `The expiry can be at most ${MAX_EXPIRY_YEARS} years from today (${formatSalonDate(latest)}).`, "expiresOn");
  }
  const [outside] = sessionsOutsideValidity({ ...course, expiresOn: input.expiresOn }, course.sessions);
  if (outside) {
    throw new DomainError("INVALID_INPUT", `A session on ${formatSalonDate(outside.session.date)} would fall after that expiry.`, "expiresOn");
  }
  await tx.clientCourse.update({ where: { id: course.id }, data: { expiresOn: input.expiresOn } });
  return tx.clientCourseChange.create({
    data: {
      clientCourseId: course.id,
      kind: "EXTEND",
      previousExpiresOn: current,
      newExpiresOn: input.expiresOn,
      reason: input.reason,
      staffId: staffIdOf(ctx),
      createdAt: ctx.now,
    },
  });
}

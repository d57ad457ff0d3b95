import { randomBytes } from "node:crypto";
import { assertNoOverlap } from "@/lib/appointments/guards";
import { findRedeemableLines } from "@/lib/courses/find-redeemable";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getOpeningHours, getSettings } from "@/lib/settings";
import { salonDateOf, weekdayOf } from "@/lib/time";
import { loadFreeTimes } from "./availability";
import { openingWindow, STEP_MINUTES } from "./free-times";
import { matchOrCreateClient, type OnlineClientDetails } from "./match-client";

export type OnlineBookingInput = { serviceId: number; staffId: number | null; startsAt: Date; client: OnlineClientDetails };

export type OnlineBooking = { appointmentId: number; clientId: number; cancelToken: string; courseName: string | null };

/** Said when the time was free when shown but is not any more (another client took it, or it passed). */
export const TIME_GONE = "Sorry, that time has just gone. Please choose another time.";

/** 192 random bits, URL-safe: the only key to the client's cancel link. */
export function newCancelToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Books one service online, all in the caller's transaction: the time must still be free (checked
 * here, inside the write, so two clients racing for the last time get one booking between them);
 * the client card is matched or created; and a valid course with a free unit for exactly this
 * service on this day (the one expiring first) pays for it, as a desk booking from a circle would.
 * No staff member acts, so nothing is attributed to one (createdById and the log's staffId are null).
 */
export async function bookOnline(tx: Tx, input: OnlineBookingInput, now: Date): Promise<OnlineBooking> {
  const { timezone } = await getSettings(tx);
  const date = salonDateOf(input.startsAt, timezone);
  const day = await loadFreeTimes(tx, { serviceId: input.serviceId, staffId: input.staffId, date }, now);
  if (day.refusal) throw new DomainError("INVALID_INPUT", day.refusal, "startsAt");
  if (+input.startsAt <= +now) throw new DomainError("INVALID_INPUT", "That time has already passed. Choose a later time.", "startsAt");
  const window = openingWindow(date, (await getOpeningHours(tx))[weekdayOf(date)], timezone);
  if (!window) throw new DomainError("OUTSIDE_HOURS", "The salon is closed on that day. Choose another day.", "startsAt");
  const offset = +input.startsAt - +window.start;
  if (offset < 0 || offset % (STEP_MINUTES * 60_000) !== 0 || +input.startsAt + day.service.durationMinutes * 60_000 > +window.end) {
    throw new DomainError("OUTSIDE_HOURS", "That is not one of the times offered. Choose a time from the list.", "startsAt");
  }
  const free = day.times.find((t) => +t.startsAt === +input.startsAt);
  if (!free) throw new DomainError("SLOT_TAKEN", TIME_GONE, "startsAt");

  // "Anyone": the first free staff member in calendar order.
  const staffId = free.staffIds[0];
  const startsAt = input.startsAt;
  const endsAt = new Date(+startsAt + day.service.durationMinutes * 60_000);
  await assertNoOverlap(tx, { staffId, startsAt, endsAt }, timezone);

  const client = await matchOrCreateClient(tx, input.client);
  const [line] = await findRedeemableLines(tx, { clientId: client.id, serviceId: day.service.id, startsAt, endsAt }, timezone, now);

  const cancelToken = newCancelToken();
  const appointment = await tx.appointment.create({
    data: {
      clientId: client.id,
      staffId,
      serviceId: day.service.id,
      startsAt,
      endsAt,
      priceMinor: day.service.priceMinor,
      clientCourseLineId: line?.lineId ?? null,
      source: "ONLINE",
      cancelToken,
      createdById: null,
      createdAt: now,
    },
    select: { id: true },
  });
  if (line) {
    await tx.courseBookingLog.create({
      data: { clientCourseLineId: line.lineId, appointmentId: appointment.id, action: "BOOKED", reason: "booked online", staffId: null, createdAt: now },
    });
  }
  return { appointmentId: appointment.id, clientId: client.id, cancelToken, courseName: line?.course.name ?? null };
}

"use server";

import { redirect } from "next/navigation";
import { inTransaction } from "@/lib/db";
import { loadFreeTimes } from "@/lib/online-booking/availability";
import { bookOnline } from "@/lib/online-booking/book-online";
import { cancelOnlineBooking } from "@/lib/online-booking/cancel-online";
import { nextFreeTimes } from "@/lib/online-booking/free-times";
import { definePublicAction } from "@/lib/online-booking/public-action";
import { bookingLimiter, cancelLimiter } from "@/lib/online-booking/rate-limit";
import { db } from "@/lib/db";
import { formatSalonTime, salonDateOf } from "@/lib/time";
import { cancelBookingSchema, onlineBookingSchema } from "./schemas";

/** What the details form shows after a refused booking: the message, and new times if it was taken. */
export type BookingFormState = {
  error?: string;
  code?: string;
  fieldErrors?: Record<string, string[]>;
  /** The next free times of that day, when the chosen one has just gone. */
  nextTimes?: { startsAt: string; label: string }[];
};

const book = definePublicAction(
  { schema: onlineBookingSchema, limiter: bookingLimiter, honeypot: true },
  ({ serviceId, staffId, startsAt, ...client }, { now }) => inTransaction((tx) => bookOnline(tx, { serviceId, staffId, startsAt, client }, now)),
);

/** Loads the times still free that day; a failure here must not hide the "time has gone" message. */
async function timesAfter(serviceId: unknown, staffId: unknown, startsAt: unknown): Promise<BookingFormState["nextTimes"]> {
  const parsed = onlineBookingSchema.pick({ serviceId: true, staffId: true, startsAt: true }).safeParse({ serviceId, staffId, startsAt });
  if (!parsed.success) return [];
  try {
    const now = new Date();
    const settings = await db.salonSettings.findUnique({ where: { id: 1 }, select: { timezone: true } });
    const tz = settings?.timezone ?? "Europe/London";
    const day = await loadFreeTimes(db, { ...parsed.data, date: salonDateOf(parsed.data.startsAt, tz) }, now);
    return nextFreeTimes(day.times, parsed.data.startsAt).map((t) => ({ startsAt: t.startsAt.toISOString(), label: formatSalonTime(t.startsAt, tz) }));
  } catch {
    return [];
  }
}

export async function bookOnlineAction(_previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  const result = await book(formData);
  if (!result.ok) {
    const nextTimes = result.code === "SLOT_TAKEN" ? await timesAfter(formData.get("serviceId"), formData.get("staffId"), formData.get("startsAt")) : undefined;
    return { error: result.error, code: result.code, fieldErrors: result.fieldErrors, nextTimes };
  }
  // Outside any try: Next's redirect works by throwing.
  redirect(`/book/confirmed/${result.data.cancelToken}`);
}

export type CancelFormState = { error?: string; done?: boolean };

const cancel = definePublicAction({ schema: cancelBookingSchema, limiter: cancelLimiter }, (input, { now }) =>
  inTransaction((tx) => cancelOnlineBooking(tx, input, now)),
);

export async function cancelOnlineAction(_previous: CancelFormState, formData: FormData): Promise<CancelFormState> {
  const result = await cancel(formData);
  return result.ok ? { done: true } : { error: result.error };
}

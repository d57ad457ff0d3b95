"use server";

import { redirect } from "next/navigation";
import { db, inTransaction } from "@/lib/db";
import { nextTimesAfter } from "@/lib/online-booking/availability";
import { bookOnline } from "@/lib/online-booking/book-online";
import { cancelOnlineBooking } from "@/lib/online-booking/cancel-online";
import { definePublicAction } from "@/lib/online-booking/public-action";
import { bookingLimiter, cancelLimiter } from "@/lib/online-booking/rate-limit";
import { cancelBookingSchema, onlineBookingSchema } from "@/lib/online-booking/schemas";

/** The public booking page's two actions (no sign-in; rate limited per address). */

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
  return nextTimesAfter(db, { serviceId: parsed.data.serviceId, staffId: parsed.data.staffId, after: parsed.data.startsAt }, new Date()).catch(() => []);
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

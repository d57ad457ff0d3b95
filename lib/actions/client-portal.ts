"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { inTransaction } from "@/lib/db";
import { bookCourseSession } from "@/lib/client-portal/book-session";
import { cancelMyAppointment } from "@/lib/client-portal/cancel-visit";
import { endClientSession, setClientCookie } from "@/lib/client-portal/client-cookie";
import { linkLimiter, pageLimiter, signInLimiter } from "@/lib/client-portal/limiters";
import { defineClientAction, definePortalAction } from "@/lib/client-portal/portal-action";
import { linkSentText, LINK_SPENT } from "@/lib/client-portal/words";
import { requestSignInLink } from "@/lib/client-portal/request-link";
import { bookSessionSchema, cancelMineSchema, requestLinkSchema, signInLinkSchema } from "@/lib/client-portal/schemas";
import { consumeSignInLink } from "@/lib/client-portal/sign-in";
import { HONEYPOT_FIELD } from "@/lib/online-booking/honeypot";
import { settingsForRequest } from "@/lib/settings/for-request";

/** The client's page's actions: asking for and using a sign-in link (anyone), then the signed-in client's own. */

export type LinkRequestState = { sent?: string; error?: string; fieldErrors?: Record<string, string[]> };

/** Every answer to a valid request takes at least this long, known email or not, so timing does not tell. */
const ANSWER_FLOOR_MS = 450;
const waitUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

const requestLink = definePortalAction(
  { schema: requestLinkSchema, limiter: linkLimiter, unexpected: "Something went wrong and no link was sent. Please try again, or call the salon." },
  (input, { now }) => inTransaction((tx) => requestSignInLink(tx, input, now)),
);

export async function requestLinkAction(_previous: LinkRequestState, formData: FormData): Promise<LinkRequestState> {
  const started = Date.now();
  const sent = linkSentText((await settingsForRequest()).name);
  // A bot that fills the hidden field is told the same as anyone and nothing is sent.
  const trap = formData instanceof FormData ? formData.get(HONEYPOT_FIELD) : null;
  if (typeof trap === "string" && trap.trim() !== "") {
    await waitUntil(started + ANSWER_FLOOR_MS);
    return { sent };
  }
  const result = await requestLink(formData);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors };
  await waitUntil(started + ANSWER_FLOOR_MS);
  return { sent };
}

export type SignInState = { error?: string; spent?: boolean };

const signIn = definePortalAction(
  { schema: signInLinkSchema, limiter: signInLimiter, unexpected: "Something went wrong and you are not signed in. Please try again." },
  ({ token }, { now }) => inTransaction((tx) => consumeSignInLink(tx, token, now)),
);

/** "Continue" on a sign-in link's page: uses the link once, sets the client's cookie, opens their page. */
export async function continueSignInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const result = await signIn(formData);
  if (!result.ok) return { error: result.error };
  if (!result.data) return { error: LINK_SPENT, spent: true };
  await setClientCookie(result.data.sessionToken, result.data.expiresAt);
  // Outside any try: Next's redirect works by throwing.
  redirect("/book/me");
}

export async function signOutClientAction(): Promise<void> {
  await endClientSession();
  redirect("/book/me");
}

export type SessionFormState = { error?: string; code?: string; fieldErrors?: Record<string, string[]> };

const book = defineClientAction(
  { schema: bookSessionSchema, limiter: pageLimiter, unexpected: "Something went wrong and nothing was booked. Please try again, or call the salon." },
  (input, { clientId, now }) => inTransaction((tx) => bookCourseSession(tx, clientId, input, now)),
);

export async function bookCourseSessionAction(_previous: SessionFormState, formData: FormData): Promise<SessionFormState> {
  const result = await book(formData);
  if (!result.ok) return { error: result.error, code: result.code, fieldErrors: result.fieldErrors };
  revalidatePath("/book/me");
  redirect(`/book/me?booked=${result.data.appointmentId}`);
}

export type CancelMineState = { error?: string };

const cancel = defineClientAction(
  { schema: cancelMineSchema, limiter: pageLimiter, unexpected: "Something went wrong and nothing was cancelled. Please try again, or call the salon." },
  (input, { clientId, now }) => inTransaction((tx) => cancelMyAppointment(tx, clientId, input, now)),
);

export async function cancelMyAppointmentAction(_previous: CancelMineState, formData: FormData): Promise<CancelMineState> {
  const result = await cancel(formData);
  if (!result.ok) return { error: result.error };
  revalidatePath("/book/me");
  redirect(`/book/me?cancelled=${result.data.appointmentId}`);
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/login";
import { safeNextPath } from "@/lib/auth/routing";

/** What the sign-in form shows after a failed attempt. The password is never sent back. */
export type SignInState = { error?: string; fieldErrors?: Record<string, string[]>; email?: string };

/** The address a sign-in came from, for the per-address rate limit. */
function clientAddress(requestHeaders: Headers): string {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || requestHeaders.get("x-real-ip") || "unknown").slice(0, 100);
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const result = await signIn(email, password, clientAddress(await headers()));
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, email: email.trim().slice(0, 254) };
  redirect(safeNextPath(formData.get("next")));
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { SIGN_IN_FORM_MISSING } from "@/lib/auth/credentials";
import { signIn } from "@/lib/auth/login";
import { LOGIN_PATH, safeNextPath } from "@/lib/auth/routing";
import { destroySession } from "@/lib/auth/session";

/** What the sign-in form shows after a failed attempt. The password is never sent back. */
export type SignInState = { error?: string; fieldErrors?: Record<string, string[]>; email?: string };

/** A text field of the form; a file or anything else where text belongs counts as empty. */
function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  // The form always sends FormData; anything else (undefined, a plain object) is a hand-made call.
  if (!(formData instanceof FormData)) return { error: SIGN_IN_FORM_MISSING };
  const email = field(formData, "email");
  const password = field(formData, "password");
  const result = await signIn(email, password, clientAddress(await headers()));
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, email: email.trim().slice(0, 254) };
  redirect(safeNextPath(formData.get("next")));
}

/** Ends this browser's session. Safe to call when already signed out. */
export async function signOut(): Promise<void> {
  await destroySession();
  redirect(LOGIN_PATH);
}

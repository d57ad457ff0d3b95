"use server";

import { redirect } from "next/navigation";
import { destroySession } from "@/lib/auth/session";
import { LOGIN_PATH } from "@/lib/auth/routing";

/** Ends this browser's session. Safe to call when already signed out. */
export async function signOut(): Promise<void> {
  await destroySession();
  redirect(LOGIN_PATH);
}

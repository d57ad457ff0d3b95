import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getCurrentStaff, type SignedInStaff } from "./current-staff";
import { hasRole, type StaffRole } from "./roles";
import { loginPath, PATHNAME_HEADER } from "./routing";

/**
 * The one guard for pages (the proxy is only a shortcut, not security). Anonymous visitors go to
 * the sign-in page; a front-desk user on a manager page sees app/forbidden.tsx.
 */
export async function requireStaff(least: StaffRole = "FRONT_DESK"): Promise<SignedInStaff> {
  const staff = await getCurrentStaff();
  if (!staff) redirect(loginPath((await headers()).get(PATHNAME_HEADER)));
  if (!hasRole(staff, least)) forbidden();
  return staff;
}

import "server-only";
import { readSessionStaff } from "./session";

export type SignedInStaff = { id: number; name: string; email: string; role: "FRONT_DESK" | "MANAGER" };

/** Who is signed in on this request; null when nobody is, the session has expired, or the staff member was deactivated. */
export async function getCurrentStaff(): Promise<SignedInStaff | null> {
  const staff = await readSessionStaff();
  if (!staff || !staff.active) return null;
  return { id: staff.id, name: staff.name, email: staff.email ?? "", role: staff.role };
}

import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { saveStaffServices } from "@/lib/rota/save-skills";
import { isPaletteColour } from "./palette";
import type { StaffInput } from "./staff-input";
import { assertNoUpcomingAppointments } from "./upcoming";

/**
 * Manager → Staff: add, edit, deactivate and reactivate. Nobody is deleted: appointments, sales and
 * course history name them. Signing in needs an active account with an email and a password; a
 * deactivated account's sessions are deleted in the same transaction, so it is signed out at once.
 * The services they do are saved in the same transaction when the form sends them.
 */

/** The form's fields, with the new password already hashed (outside the transaction: scrypt is slow). */
export type StaffFields = Omit<StaffInput, "staffId" | "password"> & { passwordHash?: string };

type Current = { id: number; name: string; email: string | null; passwordHash: string | null; role: string; active: boolean; takesAppointments: boolean; color: string };

async function assertEmailFree(tx: Tx, email: string | undefined, exceptId?: number): Promise<void> {
  if (!email) return;
  const owner = await tx.staff.findUnique({ where: { email }, select: { id: true, name: true } });
  if (owner && owner.id !== exceptId) {
    throw new DomainError("INVALID_INPUT", `${owner.name} already signs in with ${email}. Each person needs their own email.`, "email");
  }
}

/** The database's unique email is the last word (another process may have won the race): same message. */
async function emailUnique<T>(email: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string })?.code === "P2002") {
      throw new DomainError("INVALID_INPUT", `Someone already signs in with ${email}. Each person needs their own email.`, "email");
    }
    throw error;
  }
}

function assertColour(color: string, current?: string): void {
  if (!isPaletteColour(color) && color !== current?.toLowerCase()) {
    throw new DomainError("INVALID_INPUT", "Choose one of the calendar colours.", "color");
  }
}

/** A manager keeps their own access: another manager must demote or deactivate them. */
function assertNotLockingSelfOut(fields: Pick<StaffFields, "role" | "active">, staffId: number, ctx: OpContext): void {
  if (staffId !== ctx.staffId) return;
  if (!fields.active) throw new DomainError("FORBIDDEN", "You can't deactivate your own account. Ask another manager to do it.", "active");
  if (fields.role !== "MANAGER") {
    throw new DomainError("FORBIDDEN", "You can't take away your own manager role. Ask another manager to do it.", "role");
  }
}

/** Leaving the calendar (deactivated, or no longer taking appointments) with clients still booked is refused. */
async function assertCalendarExit(tx: Tx, current: Current, next: { active: boolean; takesAppointments: boolean }, now: Date): Promise<void> {
  const wasOnCalendar = current.active && current.takesAppointments;
  if (!wasOnCalendar || (next.active && next.takesAppointments)) return;
  await assertNoUpcomingAppointments(tx, current, now, next.active ? "turn off “Takes appointments”" : "deactivate them");
}

export async function addStaff(tx: Tx, fields: StaffFields): Promise<{ id: number; name: string }> {
  assertColour(fields.color);
  await assertEmailFree(tx, fields.email);
  if (fields.email && !fields.passwordHash) {
    throw new DomainError("INVALID_INPUT", "Set a password, so they can sign in with this email.", "password");
  }
  const last = await tx.staff.aggregate({ _max: { sortOrder: true } });
  const added = await emailUnique(fields.email, () => tx.staff.create({
    data: {
      name: fields.name,
      email: fields.email ?? null,
      passwordHash: fields.email ? fields.passwordHash : null,
      role: fields.role,
      color: fields.color,
      takesAppointments: fields.takesAppointments,
      active: fields.active,
      sortOrder: (last._max.sortOrder ?? 0) + 1,
    },
    select: { id: true, name: true },
  }));
  if (fields.services) await saveStaffServices(tx, added.id, fields.services);
  return added;
}

export type StaffSaved = { id: number; name: string; signedOut: boolean };

export async function editStaff(tx: Tx, staffId: number, fields: StaffFields, ctx: OpContext): Promise<StaffSaved> {
  const current = await tx.staff.findUnique({ where: { id: staffId } });
  if (!current) throw new DomainError("NOT_FOUND", "That staff member no longer exists.");
  assertNotLockingSelfOut(fields, staffId, ctx);
  assertColour(fields.color, current.color);
  await assertEmailFree(tx, fields.email, staffId);
  await assertCalendarExit(tx, current, fields, ctx.now);

  const email = fields.email ?? null;
  // Without an email there is no sign-in, so no password is kept for it either.
  const passwordHash = email ? (fields.passwordHash ?? current.passwordHash) : null;
  if (email && !passwordHash) throw new DomainError("INVALID_INPUT", "Set a password, so they can sign in with this email.", "password");

  // Sessions end when the account can no longer be used as it was: deactivated, its sign-in email
  // changed or removed, or a manager set a new password for someone else.
  const signOut =
    staffId !== ctx.staffId && (!fields.active || email !== current.email || (fields.passwordHash !== undefined && Boolean(current.passwordHash)));
  await emailUnique(email ?? undefined, () =>
    tx.staff.update({
      where: { id: staffId },
      data: { name: fields.name, email, passwordHash, role: fields.role, color: fields.color, takesAppointments: fields.takesAppointments, active: fields.active },
    }),
  );
  if (fields.services) await saveStaffServices(tx, staffId, fields.services);
  const ended = signOut ? (await tx.staffSession.deleteMany({ where: { staffId } })).count : 0;
  return { id: staffId, name: fields.name, signedOut: ended > 0 };
}

/** The row's Deactivate / Reactivate button: the same rules as the form's Active box. */
export async function setStaffActive(tx: Tx, staffId: number, active: boolean, ctx: OpContext): Promise<StaffSaved & { active: boolean }> {
  const current = await tx.staff.findUnique({ where: { id: staffId } });
  if (!current) throw new DomainError("NOT_FOUND", "That staff member no longer exists.");
  if (current.active === active) return { id: staffId, name: current.name, signedOut: false, active };
  if (!active) {
    if (staffId === ctx.staffId) throw new DomainError("FORBIDDEN", "You can't deactivate your own account. Ask another manager to do it.");
    await assertCalendarExit(tx, current, { active, takesAppointments: current.takesAppointments }, ctx.now);
  }
  await tx.staff.update({ where: { id: staffId }, data: { active } });
  const ended = active ? 0 : (await tx.staffSession.deleteMany({ where: { staffId } })).count;
  return { id: staffId, name: current.name, signedOut: ended > 0, active };
}

import type { Tx } from "@/lib/db";

export type StaffRow = {
  id: number;
  name: string;
  email: string | null;
  role: "FRONT_DESK" | "MANAGER";
  color: string;
  active: boolean;
  takesAppointments: boolean;
  /** Has an email and a password: can sign in (when active). */
  canSignIn: boolean;
};

const select = { id: true, name: true, email: true, role: true, color: true, active: true, takesAppointments: true, passwordHash: true } as const;

function toRow({ passwordHash, ...s }: { passwordHash: string | null } & Omit<StaffRow, "canSignIn">): StaffRow {
  return { ...s, canSignIn: Boolean(s.email && passwordHash) };
}

/** Everyone, active first, in the calendar's column order. The password hash never leaves this file. */
export async function listStaff(tx: Tx): Promise<StaffRow[]> {
  const rows = await tx.staff.findMany({ orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }], select });
  return rows.map(toRow);
}

export async function loadStaffMember(tx: Tx, staffId: number): Promise<StaffRow | null> {
  const row = await tx.staff.findUnique({ where: { id: staffId }, select });
  return row ? toRow(row) : null;
}

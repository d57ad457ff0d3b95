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
  /** Active services they do: none for someone taking appointments needs the manager's attention. */
  serviceCount: number;
};

const select = {
  id: true,
  name: true,
  email: true,
  role: true,
  color: true,
  active: true,
  takesAppointments: true,
  passwordHash: true,
  _count: { select: { services: { where: { service: { active: true } } } } },
} as const;

type Selected = { passwordHash: string | null; _count: { services: number } } & Omit<StaffRow, "canSignIn" | "serviceCount">;

function toRow({ passwordHash, _count, ...s }: Selected): StaffRow {
  return { ...s, canSignIn: Boolean(s.email && passwordHash), serviceCount: _count.services };
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

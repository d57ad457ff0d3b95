"use server";

import { defineAction } from "@/lib/actions/define-action";
import { hashPassword } from "@/lib/auth/password";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { addStaff, editStaff, setStaffActive } from "@/lib/staff/save-staff";
import { staffActiveSchema, staffSchema } from "./schemas";

// Staff are the calendar's columns.
const REVALIDATE = ["/manager/staff", "/calendar"];

/** Adds a staff member, or changes one when staffId is given. Managers only. */
export const saveStaffAction = defineAction({ role: "MANAGER", schema: staffSchema, revalidate: REVALIDATE }, async ({ staffId, password, ...fields }, me) => {
  // Hashed before the transaction: scrypt takes a while and must not hold the write lock.
  const passwordHash = password ? await hashPassword(password) : undefined;
  const input = { ...fields, passwordHash };
  return inTransaction((tx) => (staffId ? editStaff(tx, staffId, input, opContext(me.id)) : addStaff(tx, input).then((s) => ({ ...s, signedOut: false }))));
});

/** Deactivate (signed out, off the calendar; history kept) or reactivate. Managers only. */
export const setStaffActiveAction = defineAction({ role: "MANAGER", schema: staffActiveSchema, revalidate: REVALIDATE }, ({ staffId, active }, me) =>
  inTransaction((tx) => setStaffActive(tx, staffId, active, opContext(me.id))),
);

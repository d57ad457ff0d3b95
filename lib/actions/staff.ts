"use server";

import { hashPassword } from "@/lib/auth/password";
import { addStaff, editStaff, setStaffActive } from "@/lib/staff/save-staff";
import { staffActiveSchema, staffSchema } from "@/lib/staff/staff-input";
import { defineAction } from "./define-action";

// Staff are the calendar's columns.
const REVALIDATE = ["/manager/staff", "/calendar"];

/** Adds a staff member, or changes one when staffId is given. Managers only. */
export const saveStaffAction = defineAction({ role: "MANAGER", schema: staffSchema, revalidate: REVALIDATE }, async ({ staffId, password, ...fields }, { op, transaction }) => {
  // Hashed before the transaction: scrypt takes a while and must not hold the write lock.
  const passwordHash = password ? await hashPassword(password) : undefined;
  const input = { ...fields, passwordHash };
  return transaction((tx) => (staffId ? editStaff(tx, staffId, input, op) : addStaff(tx, input).then((s) => ({ ...s, signedOut: false }))));
});

/** Deactivate (signed out, off the calendar; history kept) or reactivate. Managers only. */
export const setStaffActiveAction = defineAction({ role: "MANAGER", schema: staffActiveSchema, revalidate: REVALIDATE, write: true }, ({ staffId, active }, { tx, op }) =>
  setStaffActive(tx, staffId, active, op),
);

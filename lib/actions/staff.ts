"use server";

import { hashPassword } from "@/lib/auth/password";
import { dayExceptionSchema, removeDayExceptionSchema, staffOnlySchema, weekRotaSchema } from "@/lib/rota/rota-input";
import { removeDayException, saveDayException } from "@/lib/rota/save-day-exception";
import { followSalonHours, saveWeekRota } from "@/lib/rota/save-rota";
import { addStaff, editStaff, setStaffActive } from "@/lib/staff/save-staff";
import { staffActiveSchema, staffSchema } from "@/lib/staff/staff-input";
import { defineAction } from "./define-action";

// Staff are the calendar's columns; who does what and when also decides online free times.
const REVALIDATE = ["/manager/staff", "/manager/services", "/calendar", "/book"];
// Hours show on the staff pages (the rota page is under them), the calendar's shading and online free times.
const REVALIDATE_HOURS: (string | [string, "layout" | "page"])[] = [["/manager/staff", "layout"], "/calendar", "/book"];

/** Adds a staff member, or changes one when staffId is given, with the services they do. Managers only. */
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

/** Their week: all seven weekdays, inside the salon's opening hours. Managers only. */
export const saveRotaAction = defineAction({ role: "MANAGER", schema: weekRotaSchema, revalidate: REVALIDATE_HOURS, write: true }, ({ staffId, days }, { tx, op }) =>
  saveWeekRota(tx, staffId, days, op.now),
);

/** No rota of their own: they work the salon's opening hours again. Managers only. */
export const followSalonHoursAction = defineAction({ role: "MANAGER", schema: staffOnlySchema, revalidate: REVALIDATE_HOURS, write: true }, ({ staffId }, { tx, op }) =>
  followSalonHours(tx, staffId, op.now),
);

/** A day off or different hours on one date (replaces what that date had). Managers only. */
export const saveDayExceptionAction = defineAction({ role: "MANAGER", schema: dayExceptionSchema, revalidate: REVALIDATE_HOURS, write: true }, (input, { tx, op }) =>
  saveDayException(tx, input, op),
);

/** Takes a date off their list: the rota applies that day again. Managers only. */
export const removeDayExceptionAction = defineAction({ role: "MANAGER", schema: removeDayExceptionSchema, revalidate: REVALIDATE_HOURS, write: true }, ({ staffId, exceptionId }, { tx, op }) =>
  removeDayException(tx, staffId, exceptionId, op.now),
);

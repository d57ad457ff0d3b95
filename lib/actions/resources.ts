"use server";

import { resourceActiveSchema, resourceSchema } from "@/lib/resources/resource-input";
import { addResource, editResource, setResourceActive } from "@/lib/resources/save-resource";
import { defineAction } from "./define-action";

// Rooms show on the calendar's appointments and in the drawer; the kinds on the service form; free rooms decide online times.
const REVALIDATE = ["/manager/rooms", "/manager/services", "/calendar", "/book"];

/** Adds a room or machine, or changes one when resourceId is given. Managers only. */
export const saveResourceAction = defineAction({ role: "MANAGER", schema: resourceSchema, revalidate: REVALIDATE, write: true }, ({ resourceId, ...fields }, { tx, op }) =>
  resourceId ? editResource(tx, resourceId, fields, op.now) : addResource(tx, fields),
);

/** Deactivate (no new bookings get it; booked ones keep it) or reactivate. Managers only. */
export const setResourceActiveAction = defineAction({ role: "MANAGER", schema: resourceActiveSchema, revalidate: REVALIDATE, write: true }, ({ resourceId, active }, { tx, op }) =>
  setResourceActive(tx, resourceId, active, op.now),
);

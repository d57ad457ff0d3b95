"use server";

import { defineAction } from "@/lib/actions/define-action";
import { inTransaction } from "@/lib/db";
import { addService, editService, setServiceActive } from "@/lib/services/save-service";
import { serviceActiveSchema, serviceSchema } from "./schemas";

// The menu shows in the calendar's drawer, on the course form and on the online booking page.
const REVALIDATE = ["/manager/services", "/manager/courses", "/calendar", "/book"];

/** Adds a service, or changes one when serviceId is given. Managers only. */
export const saveServiceAction = defineAction({ role: "MANAGER", schema: serviceSchema, revalidate: REVALIDATE }, ({ serviceId, ...fields }) =>
  inTransaction((tx) => (serviceId ? editService(tx, serviceId, fields) : addService(tx, fields))),
);

/** Deactivate (off the menu; nothing is deleted) or reactivate. Managers only. */
export const setServiceActiveAction = defineAction({ role: "MANAGER", schema: serviceActiveSchema, revalidate: REVALIDATE }, ({ serviceId, active }) =>
  inTransaction((tx) => setServiceActive(tx, serviceId, active, new Date())),
);

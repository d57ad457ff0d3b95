"use server";

import { addService, editService, setServiceActive } from "@/lib/services/save-service";
import { serviceActiveSchema, serviceSchema } from "@/lib/services/service-input";
import { defineAction } from "./define-action";

// The menu shows in the calendar's drawer, on the course form and on the online booking page.
const REVALIDATE = ["/manager/services", "/manager/staff", "/manager/courses", "/calendar", "/book"];

/** Adds a service, or changes one when serviceId is given. Managers only. */
export const saveServiceAction = defineAction({ role: "MANAGER", schema: serviceSchema, revalidate: REVALIDATE, write: true }, ({ serviceId, ...fields }, { tx }) =>
  serviceId ? editService(tx, serviceId, fields) : addService(tx, fields),
);

/** Deactivate (off the menu; nothing is deleted) or reactivate. Managers only. */
export const setServiceActiveAction = defineAction({ role: "MANAGER", schema: serviceActiveSchema, revalidate: REVALIDATE, write: true }, ({ serviceId, active }, { tx, op }) =>
  setServiceActive(tx, serviceId, active, op.now),
);

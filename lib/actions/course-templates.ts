"use server";

import { sellCourseAtDesk } from "@/lib/course-templates/sell-at-desk";
import { addCourseTemplate, editCourseTemplate, setCourseTemplateActive } from "@/lib/course-templates/save-template";
import { sellCourseSchema, templateActiveSchema } from "@/lib/course-templates/schemas";
import { courseTemplateSchema } from "@/lib/course-templates/template-input";
import { defineAction } from "./define-action";

// The purchase screen lists what is on sale, so it changes with the templates.
const REVALIDATE = ["/manager/courses", "/purchase"];

/** Adds a course template, or replaces one when templateId is given. Managers only. */
export const saveCourseTemplateAction = defineAction({ role: "MANAGER", schema: courseTemplateSchema, revalidate: REVALIDATE, write: true }, ({ templateId, ...fields }, { tx }) =>
  templateId ? editCourseTemplate(tx, templateId, fields) : addCourseTemplate(tx, fields),
);

/** Deactivate (no longer sold; nothing is deleted) or reactivate. Managers only. */
export const setCourseTemplateActiveAction = defineAction(
  { role: "MANAGER", schema: templateActiveSchema, revalidate: REVALIDATE, write: true },
  ({ templateId, active }, { tx }) => setCourseTemplateActive(tx, templateId, active),
);

/** Sells a course to a client and takes payment; its full price counts in today's sales. Front desk and managers. */
export const sellCourseAction = defineAction(
  { role: "FRONT_DESK", schema: sellCourseSchema, revalidate: ["/purchase", "/manager/client-courses"], write: true },
  (input, { tx, op }) => sellCourseAtDesk(tx, input, op),
);

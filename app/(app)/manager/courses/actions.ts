"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addCourseTemplate, editCourseTemplate, setCourseTemplateActive } from "@/lib/course-templates/save-template";
import { inTransaction } from "@/lib/db";
import { courseTemplateSchema, templateActiveSchema } from "./schemas";

// The purchase screen lists what is on sale, so it changes with the templates.
const REVALIDATE = ["/manager/courses", "/purchase"];

/** Adds a course template, or replaces one when templateId is given. Managers only. */
export const saveCourseTemplateAction = defineAction({ role: "MANAGER", schema: courseTemplateSchema, revalidate: REVALIDATE }, ({ templateId, ...fields }) =>
  inTransaction((tx) => (templateId ? editCourseTemplate(tx, templateId, fields) : addCourseTemplate(tx, fields))),
);

/** Deactivate (no longer sold; nothing is deleted) or reactivate. Managers only. */
export const setCourseTemplateActiveAction = defineAction(
  { role: "MANAGER", schema: templateActiveSchema, revalidate: REVALIDATE },
  ({ templateId, active }) => inTransaction((tx) => setCourseTemplateActive(tx, templateId, active)),
);

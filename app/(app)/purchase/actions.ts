"use server";

import { defineAction } from "@/lib/actions/define-action";
import { sellCourseAtDesk } from "@/lib/course-templates/sell-at-desk";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { sellCourseSchema } from "./schemas";

/** Sells a course to a client and takes payment; its full price counts in today's sales. */
export const sellCourseAction = defineAction(
  { role: "FRONT_DESK", schema: sellCourseSchema, revalidate: ["/purchase", "/manager/client-courses"] },
  (input, staff) => inTransaction((tx) => sellCourseAtDesk(tx, input, opContext(staff.id))),
);

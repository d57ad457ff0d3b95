"use server";

import { defineAction } from "@/lib/actions/define-action";
import { inTransaction } from "@/lib/db";
import { saveSalonSettings } from "@/lib/settings-admin/save-settings";
import { salonSettingsSchema } from "./schemas";

/** Saves the salon's name, opening hours and policies together. Managers only. */
export const saveSalonSettingsAction = defineAction(
  // The form refreshes the router after saving, so the header shows a new salon name at once.
  { role: "MANAGER", schema: salonSettingsSchema, revalidate: ["/manager/settings", "/calendar", "/book"] },
  (input) => inTransaction((tx) => saveSalonSettings(tx, input, new Date())),
);

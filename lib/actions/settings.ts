"use server";

import { saveSalonSettings } from "@/lib/settings/save-settings";
import { salonSettingsSchema } from "@/lib/settings/settings-input";
import { defineAction } from "./define-action";

/** Saves the salon's name, opening hours and policies together. Managers only. */
export const saveSalonSettingsAction = defineAction(
  // The form refreshes the router after saving, so the header shows a new salon name at once.
  { role: "MANAGER", schema: salonSettingsSchema, revalidate: ["/manager/settings", "/calendar", "/book"], write: true },
  (input, { tx, op }) => saveSalonSettings(tx, input, op.now),
);

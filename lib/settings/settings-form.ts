import type { Tx } from "@/lib/db";
import { getOpeningHours, getSettings, type DayHours, type SalonSettingsView } from "@/lib/settings/salon-settings";

export type SettingsFormData = SalonSettingsView & { hours: DayHours[] };

/** What the settings page starts from: the saved row (or the defaults) and the seven days. */
export async function loadSettingsForm(tx: Tx): Promise<SettingsFormData> {
  const [settings, hours] = await Promise.all([getSettings(tx), getOpeningHours(tx)]);
  return { ...settings, hours };
}

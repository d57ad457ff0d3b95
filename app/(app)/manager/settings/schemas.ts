/** One schema for the settings form (as the manager types) and the server action. */
export { salonSettingsSchema } from "@/lib/settings-admin/settings-input";

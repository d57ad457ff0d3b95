import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/salon-settings";

/** The salon's settings, read once per request however many server components ask (layout and page). */
export const settingsForRequest = cache(() => getSettings(db));

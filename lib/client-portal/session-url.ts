import type { SalonDate } from "@/lib/time";

/** Where the client is in booking a session from a course line; every step is a plain link. */
export type SessionPlace = {
  line: number;
  /** undefined: not chosen yet; null: "anyone". */
  staff?: number | null;
  date?: SalonDate;
  /** First day of the day strip. */
  from?: SalonDate;
  at?: Date;
};

export const PORTAL_PATH = "/book/me";

export function sessionHref(place: SessionPlace): string {
  const params = new URLSearchParams({ line: String(place.line) });
  if (place.staff !== undefined) params.set("staff", place.staff === null ? "any" : String(place.staff));
  if (place.from) params.set("from", place.from);
  if (place.date) params.set("date", place.date);
  if (place.at) params.set("at", place.at.toISOString());
  return `${PORTAL_PATH}/book?${params.toString()}`;
}

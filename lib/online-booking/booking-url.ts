import type { SalonDate } from "@/lib/time";

/** Where the client is in the booking steps; every step is a plain link, so Back and reload just work. */
export type BookingPlace = {
  service?: number;
  /** undefined: not chosen yet; null: "anyone". */
  staff?: number | null;
  date?: SalonDate;
  /** First day of the day strip. */
  from?: SalonDate;
  at?: Date;
};

export function bookingHref(place: BookingPlace): string {
  const params = new URLSearchParams();
  if (place.service !== undefined) params.set("service", String(place.service));
  if (place.staff !== undefined) params.set("staff", place.staff === null ? "any" : String(place.staff));
  if (place.from) params.set("from", place.from);
  if (place.date) params.set("date", place.date);
  if (place.at) params.set("at", place.at.toISOString());
  const query = params.toString();
  return query ? `/book?${query}` : "/book";
}

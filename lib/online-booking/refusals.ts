/**
 * What an online client is told when the time they chose cannot be booked after all. The desk's
 * booking may refuse or warn (overlap, no free room, outside the stylist's hours, a service they do
 * not do); online nobody may say "Book anyway", so each is said as "that time has gone" (code
 * SLOT_TAKEN), and the form offers the next free times.
 */
import { DomainError, isDomainError } from "@/lib/errors";

/** Another client took it between showing and booking. */
export const TIME_GONE = "Sorry, that time has just gone: someone else booked it a moment ago.";
/** The room or machine the treatment needs was taken. */
export const ROOM_GONE = "Sorry, that time has just gone: the room this treatment needs was booked a moment ago.";
/** The salon's rules refused it at the last moment (hours or skills changed since it was shown). */
export const TIME_UNAVAILABLE = "Sorry, that time can no longer be booked: the salon's diary changed a moment ago.";

const SAID: Partial<Record<string, string>> = {
  OVERLAP: TIME_GONE,
  NO_RESOURCE: ROOM_GONE,
  NEEDS_CONFIRMATION: TIME_UNAVAILABLE,
  NOT_THEIR_SERVICE: TIME_UNAVAILABLE,
  OUTSIDE_HOURS: TIME_UNAVAILABLE,
};

/** The client's version of a refusal from the desk's booking, or null when it is not one of these. */
export function onlineRefusal(error: unknown): DomainError | null {
  const said = isDomainError(error) ? SAID[error.code] : undefined;
  return said ? new DomainError("SLOT_TAKEN", said, "startsAt") : null;
}

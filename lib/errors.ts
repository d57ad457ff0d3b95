/**
 * An expected refusal (a taken circle, an overlap, an expired course): its message is written for
 * the person at the desk and is safe to show. Anything else thrown is a bug and is never shown raw.
 */
export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export type DomainErrorCode =
  | "NOT_FOUND"
  | "OVERLAP"
  | "CIRCLE_TAKEN"
  | "COURSE_NOT_VALID"
  | "WRONG_SERVICE"
  | "INVALID_STATE"
  | "INVALID_INPUT"
  | "OUTSIDE_HOURS"
  | "SLOT_TAKEN"
  | "CONFIRM_EARLY"
  | "FORBIDDEN"
  /** The staff member does not do that service (the message lists who does). */
  | "NOT_THEIR_SERVICE"
  /** Outside the stylist's hours or in the past: the desk may "Book anyway". */
  | "NEEDS_CONFIRMATION"
  /** No room or machine of the kind the service needs is free (the message offers the next free times). */
  | "NO_RESOURCE";

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

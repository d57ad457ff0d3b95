import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { inputToObject } from "@/lib/actions/define-action";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { clientAddress } from "@/lib/auth/client-address";
import { isDomainError } from "@/lib/errors";
import { HONEYPOT_FIELD } from "./honeypot";
import type { RateLimiter } from "./rate-limit";

type PublicActionOptions<S extends z.ZodType> = {
  schema: S;
  /** Attempts per address. */
  limiter: RateLimiter;
  /** Refuse the submission when the honeypot field has anything in it. */
  honeypot?: boolean;
  /** Said when something unexpected went wrong (default: the booking page's line). */
  unexpected?: string;
  /** Where the unexpected error is logged from. */
  logAs?: string;
};

export type PublicMeta = { address: string; now: Date };

/**
 * The public twin of lib/actions/define-action.ts for pages with no sign-in: no role, but a rate
 * limit per address and an optional honeypot, then zod safeParse, the domain call, and expected
 * failures as data. Nothing raw ever reaches the browser.
 */
export async function runPublicAction<S extends z.ZodType, T>(
  options: PublicActionOptions<S>,
  handler: (input: z.output<S>, meta: PublicMeta) => Promise<T>,
  raw: unknown,
  meta: PublicMeta,
): Promise<ActionResult<T>> {
  if (!options.limiter.hit(meta.address, +meta.now)) {
    return fail("Too many attempts from your connection. Please wait a few minutes, or call the salon.", undefined, "RATE_LIMITED");
  }
  const input = inputToObject(raw);
  if (options.honeypot && input && typeof input === "object") {
    const trap = (input as Record<string, unknown>)[HONEYPOT_FIELD];
    if (typeof trap === "string" && trap.trim() !== "") {
      return fail("We could not take this booking. Please try again, or call the salon.", undefined, "REJECTED");
    }
  }
  const parsed = options.schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    const first = Object.values(fieldErrors).flat()[0] ?? parsed.error.issues[0]?.message;
    return fail(first ? `Please check the form: ${first}` : "Please check the form.", fieldErrors, "INVALID_INPUT");
  }
  try {
    return ok(await handler(parsed.data, meta));
  } catch (error) {
    if (isDomainError(error)) return fail(error.message, error.field ? { [error.field]: [error.message] } : undefined, error.code);
    console.error(`[${options.logAs ?? "online booking"}] unexpected error`, error);
    return fail(options.unexpected ?? "Something went wrong and nothing was booked. Please try again, or call the salon.", undefined, "UNEXPECTED");
  }
}

/** Wraps a handler as a server action body: reads the caller's address from the request, as the sign-in does. */
export function definePublicAction<S extends z.ZodType, T>(
  options: PublicActionOptions<S>,
  handler: (input: z.output<S>, meta: PublicMeta) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => runPublicAction(options, handler, raw, { address: clientAddress(await headers()), now: new Date() });
}

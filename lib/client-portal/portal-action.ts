import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { inputToObject } from "@/lib/actions/define-action";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { clientAddress } from "@/lib/auth/client-address";
import { isDomainError } from "@/lib/errors";
import type { RateLimiter } from "@/lib/online-booking/rate-limit";
import { currentClient } from "./client-cookie";

type Options<S extends z.ZodType> = { schema: S; limiter: RateLimiter; /** Said when something unexpected went wrong. */ unexpected: string };

export type PortalMeta = { address: string; now: Date };

/** Said when a client's page is used after their sign-in has ended (code SIGNED_OUT: not a staff sign-in). */
export const SIGNED_OUT = "Your sign-in has ended. Ask for a new link on this page to carry on.";

/**
 * The client's side's twin of lib/online-booking/public-action.ts: a rate limit per address, zod
 * safeParse, the domain call, expected failures as data, and a plain line for anything else.
 */
export async function runPortalAction<S extends z.ZodType, T>(options: Options<S>, handler: (input: z.output<S>, meta: PortalMeta) => Promise<T>, raw: unknown, meta: PortalMeta): Promise<ActionResult<T>> {
  if (!options.limiter.hit(meta.address, +meta.now)) {
    return fail("Too many attempts from your connection. Please wait a few minutes, or call the salon.", undefined, "RATE_LIMITED");
  }
  const parsed = options.schema.safeParse(inputToObject(raw));
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    const first = Object.values(fieldErrors).flat()[0] ?? parsed.error.issues[0]?.message;
    return fail(first ? `Please check the form: ${first}` : "Please check the form.", fieldErrors, "INVALID_INPUT");
  }
  try {
    return ok(await handler(parsed.data, meta));
  } catch (error) {
    if (isDomainError(error)) return fail(error.message, error.field ? { [error.field]: [error.message] } : undefined, error.code);
    console.error("[client page] unexpected error", error);
    return fail(options.unexpected, undefined, "UNEXPECTED");
  }
}

/** An action body for anyone (asking for a link, using one): the caller's address read from the request. */
export function definePortalAction<S extends z.ZodType, T>(options: Options<S>, handler: (input: z.output<S>, meta: PortalMeta) => Promise<T>) {
  return async (raw: unknown) => runPortalAction(options, handler, raw, { address: clientAddress(await headers()), now: new Date() });
}

/** An action body for the signed-in client only: the handler gets their client id, never one from the form. */
export function defineClientAction<S extends z.ZodType, T>(options: Options<S>, handler: (input: z.output<S>, meta: PortalMeta & { clientId: number }) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const client = await currentClient();
    if (!client) return fail(SIGNED_OUT, undefined, "SIGNED_OUT");
    return runPortalAction(options, (input, meta) => handler(input, { ...meta, clientId: client.clientId }), raw, { address: clientAddress(await headers()), now: new Date() });
  };
}

import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { fail, type ActionResult } from "@/lib/actions/result";
import { clientAddress } from "@/lib/auth/client-address";
import { runPublicAction } from "@/lib/online-booking/public-action";
import type { RateLimiter } from "@/lib/online-booking/rate-limit";
import { currentClient } from "./client-cookie";

type Options<S extends z.ZodType> = { schema: S; limiter: RateLimiter; /** Said when something unexpected went wrong. */ unexpected: string };

export type PortalMeta = { address: string; now: Date };

/** Said when a client's page is used after their sign-in has ended (code SIGNED_OUT: not a staff sign-in). */
export const SIGNED_OUT = "Your sign-in has ended. Ask for a new link on this page to carry on.";

/** The public actions' runner (lib/online-booking/public-action.ts) with the client page's words. */
export function runPortalAction<S extends z.ZodType, T>(options: Options<S>, handler: (input: z.output<S>, meta: PortalMeta) => Promise<T>, raw: unknown, meta: PortalMeta): Promise<ActionResult<T>> {
  return runPublicAction({ ...options, logAs: "client page" }, handler, raw, meta);
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

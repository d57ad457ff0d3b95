import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentStaff, type SignedInStaff } from "@/lib/auth/current-staff";
import { hasRole, type StaffRole } from "@/lib/auth/roles";
import { db, inTransaction, type Tx } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { opContext, type OpContext } from "@/lib/op-context";
import { fail, ok, type ActionResult } from "./result";

type ActionOptions<S extends z.ZodType> = {
  /** The least role that may call it. */
  role: StaffRole;
  schema: S;
  /** Paths to revalidate after a success: a list, or a path with its type ("layout" refreshes every page under it). */
  revalidate?: (string | [string, "layout" | "page"])[];
  /** Run the handler in one write transaction (retried on a busy database); otherwise it reads `db`. */
  write?: boolean;
};

/**
 * What a handler gets besides its input: who is calling, the operation's actor and clock, and the
 * database (the transaction, for `write`). `transaction` is for a handler that must do slow work
 * first (hashing a password) and write after, without holding the write lock meanwhile.
 */
export type ActionContext = { staff: SignedInStaff; op: OpContext; tx: Tx; transaction: <R>(fn: (tx: Tx) => Promise<R>) => Promise<R> };

/** FormData from a <form action>, or a plain object from a client call. */
export function inputToObject(input: unknown): unknown {
  if (typeof FormData !== "undefined" && input instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of input.entries()) {
      if (key.startsWith("$ACTION")) continue;
      const current = out[key];
      if (current === undefined) out[key] = value;
      else out[key] = Array.isArray(current) ? [...current, value] : [current, value];
    }
    return out;
  }
  return input;
}

/**
 * The one way to write a server action: who is calling (role), zod safeParse, the domain call in one
 * transaction when it writes, revalidate. Expected failures come back as data; a bug is logged and
 * answered with a generic line.
 */
export function defineAction<S extends z.ZodType, T>(
  options: ActionOptions<S>,
  handler: (input: z.output<S>, context: ActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => {
    const staff = await getCurrentStaff();
    if (!staff) return fail("Your session has ended. Please sign in again.", undefined, "UNAUTHENTICATED");
    if (!hasRole(staff, options.role)) return fail("Only a manager can do that.", undefined, "FORBIDDEN");

    const parsed = options.schema.safeParse(inputToObject(raw));
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
      const first = Object.values(fieldErrors).flat()[0] ?? parsed.error.issues[0]?.message;
      return fail(first ? `Please check the form: ${first}` : "Please check the form.", fieldErrors, "INVALID_INPUT");
    }

    try {
      const op = opContext(staff.id);
      const transaction = <R,>(fn: (tx: Tx) => Promise<R>) => inTransaction(fn);
      const data = options.write
        ? await inTransaction((tx) => handler(parsed.data, { staff, op, tx, transaction }))
        : await handler(parsed.data, { staff, op, tx: db, transaction });
      for (const path of options.revalidate ?? []) {
        if (typeof path === "string") revalidatePath(path);
        else revalidatePath(...path);
      }
      return ok(data);
    } catch (error) {
      if (isDomainError(error)) {
        return fail(error.message, error.field ? { [error.field]: [error.message] } : undefined, error.code);
      }
      console.error("[action] unexpected error", error);
      return fail("Something went wrong and nothing was saved. Please try again.", undefined, "UNEXPECTED");
    }
  };
}

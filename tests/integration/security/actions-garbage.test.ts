import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSession } from "@/lib/auth/session";
import { garbageForm, garbageInput } from "../../helpers/fast-check-garbage";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, sell, type Salon } from "../../helpers/salon-fixture";
import { discoverSchemas, ZOD_DEFAULT_MESSAGE } from "../../unit/security/schema-shape";
import { discoverActionFiles } from "./access-matrix";
import { fakeRequest, nextHeadersMock, nextInterrupt, rowCounts, type FakeRequest } from "./fake-request";

// Garbage through the real server actions (defineAction → zod → domain) on a real database, as a
// signed-in manager (who may call everything): never a crash, never a write, always words.
const request = vi.hoisted(() => ({ current: null as unknown as FakeRequest }));
vi.mock("next/headers", () => ({
  cookies: () => nextHeadersMock(request.current).cookies(),
  headers: () => nextHeadersMock(request.current).headers(),
  draftMode: () => nextHeadersMock(request.current).draftMode(),
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
}));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
// defineAction logs real bugs; a garbage run that hits one fails below on code UNEXPECTED anyway.
vi.spyOn(console, "error").mockImplementation(() => undefined);

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20260329), numRuns: 20 });

type Action = (...args: unknown[]) => Promise<unknown>;
const SKIP = new Set(["actions/auth.ts#signOut"]); // takes no input
// Tables a refused public call may touch on purpose: failed sign-ins are counted for the rate limit.
const COUNTERS = new Set(["LoginAttempt", "RateLimitHit", "RateLimit"]);

const actions: { key: string; fn: Action; keys: string[] }[] = [];
// Field names to aim at: every key of every input schema in lib/ (a superset of any action's is fine).
const schemaKeys = [...new Set((await discoverSchemas()).flatMap((s) => s.keys))];
for (const { file, key } of discoverActionFiles()) {
  const mod = (await import(file)) as Record<string, unknown>;
  const keys = [...schemaKeys];
  if (key === "actions/auth.ts") keys.push("email", "password", "next");
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === "function" && !SKIP.has(`${key}#${name}`)) actions.push({ key: `${key}#${name}`, fn: value as Action, keys });
  }
}

const db = getTestDb();
let s: Salon;
beforeAll(async () => {
  s = await buildSalon(db);
  await sell(db, s, s.jane.id, s.facialPackage.id);
});

const without = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([t]) => !COUNTERS.has(t)));

/** The message a person would read from whatever the action answered. */
function messageOf(answer: unknown): { failed: boolean; message?: string; code?: string } {
  const a = answer as { ok?: boolean; error?: unknown; code?: string } | undefined;
  if (a && typeof a === "object" && (a.ok === false || (a.ok === undefined && a.error !== undefined))) {
    return { failed: true, message: typeof a.error === "string" ? a.error : String(a.error), code: a.code };
  }
  return { failed: false };
}

function expectReadable(message: string | undefined, where: string): void {
  expect(typeof message, where).toBe("string");
  expect(message!.trim().length, where).toBeGreaterThan(0);
  expect(message!.length, `${where}: ${message!.slice(0, 80)}`).toBeLessThan(400);
  // No stack trace or database error reaches the page.
  expect(message, where).not.toMatch(/\[object \w+\]|\bat .+:\d+:\d+|prisma|sqlite|invocation|constraint/i);
  // zod's own English for a hand-made request is fine ("expected string, received undefined");
  // our own words never name a JavaScript value.
  const own = message!.replace(/^Please check the form: /, "");
  if (!ZOD_DEFAULT_MESSAGE.test(own)) expect(own, where).not.toMatch(/\b(undefined|NaN)\b/);
}

describe("server actions fed garbage, as a manager", () => {
  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(10);
  });

  it.each(actions)("$key never crashes, never writes, and answers in words", async ({ key, fn, keys }) => {
    request.current = fakeRequest();
    await createSession(s.manager.id);
    // An (input) action gets any value; a (previousState, formData) action gets a form post.
    const input = fn.length >= 2 ? garbageForm(keys).map((form) => [{}, form] as unknown[]) : garbageInput(keys).map((v) => [v, new FormData()] as unknown[]);
    await fc.assert(
      fc.asyncProperty(input, async (args) => {
        const before = await rowCounts(db);
        let answer: unknown;
        try {
          answer = await fn(...args);
        } catch (error) {
          // A public action may redirect (e.g. on success); anything else thrown would be a 500.
          if (nextInterrupt(error)?.redirectTo) return;
          throw error;
        }
        const { failed, message, code } = messageOf(answer);
        if (!failed) return; // garbage that happens to be valid input
        expect(code, `${key}: ${message}`).not.toBe("UNEXPECTED");
        expectReadable(message, key);
        expect(without(await rowCounts(db)), `${key} wrote after refusing: ${message}`).toEqual(without(before));
      }),
    );
  }, 120_000);
});

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession } from "@/lib/auth/session";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, type Salon } from "../../helpers/salon-fixture";
import {
  ACTIONS,
  discoverActionFiles,
  discoverPages,
  discoverRouteHandlers,
  howToAdd,
  MATRIX_FILE,
  PAGES,
  ROUTE_HANDLERS,
  type Access,
} from "./access-matrix";
import { fakeRequest, nextHeadersMock, nextInterrupt, rowCounts } from "./fake-request";

// Every server action is called the way Next would: one request with a cookie jar. Sessions are real
// rows (lib/auth/session.ts); only the request and revalidation, which need a Next server, are faked.
const request = vi.hoisted(() => ({ current: null as unknown as import("./fake-request").FakeRequest }));
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
// next.config.ts turns on authInterrupts for the app; forbidden() reads this at run time.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

type Action = (...args: unknown[]) => Promise<unknown>;
const discovered: { key: string; fn: Action }[] = [];
for (const { file, key } of discoverActionFiles()) {
  const mod = (await import(file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === "function") discovered.push({ key: `${key}#${name}`, fn: value as Action });
  }
}

const db = getTestDb();
let s: Salon;
type Who = "anonymous" | "FRONT_DESK" | "MANAGER";
type Outcome = "unauthenticated" | "forbidden" | "allowed";

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  request.current = fakeRequest();
});

async function signInAs(who: Who): Promise<void> {
  if (who === "anonymous") return;
  await createSession(who === "MANAGER" ? s.manager.id : s.anna.id);
}

/**
 * Calls the action with junk (an empty object and an empty form: both an `(input)` action and a
 * `(previousState, formData)` one get something) and says how it answered.
 */
async function call(fn: Action, access: Access): Promise<{ outcome: Outcome; answer: string }> {
  try {
    const result = (await fn({}, new FormData())) as { ok?: boolean; code?: string } | undefined;
    const answer = JSON.stringify(result)?.slice(0, 200) ?? "undefined";
    if (result?.ok === false && result.code === "UNAUTHENTICATED") return { outcome: "unauthenticated", answer };
    if (result?.ok === false && result.code === "FORBIDDEN") return { outcome: "forbidden", answer };
    return { outcome: "allowed", answer };
  } catch (error) {
    const interrupt = nextInterrupt(error);
    if (!interrupt) throw error;
    // A public action may end in a redirect (signing out goes to the sign-in page).
    if (access === "public" && interrupt.redirectTo) return { outcome: "allowed", answer: `redirect ${interrupt.redirectTo}` };
    if (interrupt.redirectTo?.startsWith("/login") || interrupt.status === 401) return { outcome: "unauthenticated", answer: `redirect ${interrupt.redirectTo ?? interrupt.status}` };
    if (interrupt.status === 403) return { outcome: "forbidden", answer: "forbidden()" };
    return { outcome: "allowed", answer: `redirect ${interrupt.redirectTo ?? interrupt.status}` };
  }
}

function expected(access: Access, who: Who): Outcome {
  if (access === "public" || who === "MANAGER") return "allowed";
  if (who === "anonymous") return "unauthenticated";
  return access === "MANAGER" ? "forbidden" : "allowed";
}

describe("the matrix lists everything under app/", () => {
  it("every page", () => {
    const pages = discoverPages();
    const missing = pages.filter((page) => !PAGES[page]);
    expect(missing, howToAdd("PAGES", missing)).toEqual([]);
    for (const listed of Object.keys(PAGES)) expect(pages, `${listed} is in ${MATRIX_FILE} PAGES but there is no such page: remove it`).toContain(listed);
  });

  it("every route handler", () => {
    const routes = discoverRouteHandlers();
    const missing = routes.filter((route) => !ROUTE_HANDLERS[route]);
    expect(missing, howToAdd("ROUTE_HANDLERS", missing)).toEqual([]);
    for (const listed of Object.keys(ROUTE_HANDLERS)) expect(routes, `${listed} is in ${MATRIX_FILE} ROUTE_HANDLERS but there is no such route: remove it`).toContain(listed);
  });

  it("every server action", () => {
    const keys = discovered.map((a) => a.key);
    expect(keys.length).toBeGreaterThan(10);
    const missing = keys.filter((key) => !ACTIONS[key]);
    expect(missing, howToAdd("ACTIONS", missing)).toEqual([]);
    for (const listed of Object.keys(ACTIONS)) expect(keys, `${listed} is in ${MATRIX_FILE} ACTIONS but no actions.ts exports it: remove it`).toContain(listed);
  });
});

const listed = discovered.filter((a) => ACTIONS[a.key] !== undefined);
const cases = listed.flatMap((a) => (["anonymous", "FRONT_DESK", "MANAGER"] as const).map((who) => ({ ...a, who, access: ACTIONS[a.key] })));

describe("every server action answers each role as the matrix says", () => {
  it.each(cases)("$key as $who ($access)", async ({ fn, who, access }) => {
    await signInAs(who);
    const before = await rowCounts(db);
    const { outcome, answer } = await call(fn, access);
    const want = expected(access, who);
    expect(outcome, `answered ${answer}`).toBe(want);
    // A refusal writes nothing at all: every table has the same number of rows.
    if (want !== "allowed") expect(await rowCounts(db)).toEqual(before);
  });
});

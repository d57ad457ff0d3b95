// Who may open every page and call every server action: domain.md "Who may do what", written out.
// tests/integration/security/authorization-matrix.test.ts checks the actions against it and that
// nothing in app/ is missing; tests/e2e/security.spec.ts visits every page in it as each role.
import fs from "node:fs";
import path from "node:path";

/** The least role that may use it; "public" needs no sign-in (the online booking page, sign-in). */
export type Access = "public" | "FRONT_DESK" | "MANAGER";

export const MATRIX_FILE = "tests/integration/security/access-matrix.ts";

/**
 * Pages (app/**\/page.tsx) and route handlers (app/**\/route.ts), by route pattern: route groups
 * such as (app) are dropped, [params] stay. `sample` is a URL to visit in the demo salon
 * (prisma/seed.ts) for patterns with [params]; it must exist there so a manager gets a 200.
 */
export const PAGES: Record<string, { access: Access; sample?: string }> = {
  "/": { access: "FRONT_DESK" }, // redirects to the calendar
  "/login": { access: "public" },
  "/calendar": { access: "FRONT_DESK" },
  "/calendar/day-sheet": { access: "FRONT_DESK" },
  "/calendar/week": { access: "FRONT_DESK" },
  "/checkout/[clientId]": { access: "FRONT_DESK", sample: "/checkout/1" },
  "/sales/[saleId]": { access: "FRONT_DESK", sample: "/sales/1" },
  "/purchase": { access: "FRONT_DESK" },
  "/clients": { access: "FRONT_DESK" },
  "/clients/[id]": { access: "FRONT_DESK", sample: "/clients/1" },
  "/manager/courses": { access: "MANAGER" },
  "/manager/courses/new": { access: "MANAGER" },
  "/manager/courses/[id]/edit": { access: "MANAGER", sample: "/manager/courses/1/edit" },
  "/manager/client-courses": { access: "MANAGER" },
  "/manager/client-courses/[id]": { access: "MANAGER", sample: "/manager/client-courses/1" },
  "/manager/reports": { access: "MANAGER" },
  "/manager/reports/takings": { access: "MANAGER" },
  "/manager/reports/journal": { access: "MANAGER" },
  "/manager/settings/accounts": { access: "MANAGER" },
  "/manager/services": { access: "MANAGER" },
  "/manager/services/new": { access: "MANAGER" },
  "/manager/services/[id]/edit": { access: "MANAGER", sample: "/manager/services/1/edit" },
  "/manager/staff": { access: "MANAGER" },
  "/manager/staff/new": { access: "MANAGER" },
  "/manager/staff/[id]/edit": { access: "MANAGER", sample: "/manager/staff/1/edit" },
  "/manager/staff/[id]/rota": { access: "MANAGER", sample: "/manager/staff/1/rota" },
  "/manager/rooms": { access: "MANAGER" },
  "/manager/settings": { access: "MANAGER" },
  "/manager/messages": { access: "MANAGER" },
  "/manager/messages/[id]": { access: "MANAGER", sample: "/manager/messages/1" },
  "/book": { access: "public" },
  // An unknown link shows "this link does not work" (200): the page itself is public.
  "/book/confirmed/[token]": { access: "public", sample: "/book/confirmed/no-such-booking" },
  "/book/cancel/[token]": { access: "public", sample: "/book/cancel/no-such-booking" },
  // Signed out: the link form; signed in: the client's own page (a client session, not staff).
  "/book/me": { access: "public" },
  // Without a client session: back to /book/me.
  "/book/me/book": { access: "public", sample: "/book/me/book?line=1" },
  "/book/me/signin/[token]": { access: "public", sample: "/book/me/signin/no-such-link" },
};

export const ROUTE_HANDLERS: Record<string, { access: Access; sample?: string }> = {
  "/api/health": { access: "public" },
  "/manager/reports/[report]/csv": { access: "MANAGER", sample: "/manager/reports/sales/csv" },
  "/manager/reports/takings/csv": { access: "MANAGER" },
  "/manager/reports/journal/csv": { access: "MANAGER" },
};

/**
 * Server actions: "<file under lib/>#<export>". Every exported function of every "use server" module
 * (lib/actions/*.ts) is a public HTTP endpoint, whatever page imports it, so each one is listed.
 */
export const ACTIONS: Record<string, Access> = {
  "actions/auth.ts#signOut": "public", // signing out when signed out does nothing
  "actions/auth.ts#signInAction": "public",
  "actions/online-booking.ts#bookOnlineAction": "public",
  "actions/online-booking.ts#cancelOnlineAction": "public",
  // The client's page: the last two need the client's own session (without one: code SIGNED_OUT).
  "actions/client-portal.ts#requestLinkAction": "public",
  "actions/client-portal.ts#continueSignInAction": "public",
  "actions/client-portal.ts#signOutClientAction": "public",
  "actions/client-portal.ts#bookCourseSessionAction": "public",
  "actions/client-portal.ts#cancelMyAppointmentAction": "public",

  "actions/appointments.ts#drawerCoursesAction": "FRONT_DESK",
  "actions/appointments.ts#appointmentDetailAction": "FRONT_DESK",
  "actions/appointments.ts#drawerOptionsAction": "FRONT_DESK",
  "actions/appointments.ts#bookAppointmentAction": "FRONT_DESK",
  "actions/appointments.ts#changeAppointmentAction": "FRONT_DESK",
  "actions/appointments.ts#checkInAction": "FRONT_DESK",
  "actions/appointments.ts#cancelAppointmentAction": "FRONT_DESK",
  "actions/checkout.ts#checkoutAction": "FRONT_DESK",
  "actions/course-templates.ts#sellCourseAction": "FRONT_DESK",
  "actions/clients.ts#searchClientsAction": "FRONT_DESK",
  "actions/clients.ts#addClientAction": "FRONT_DESK",
  "actions/clients.ts#updateClientAction": "FRONT_DESK",
  "actions/clients.ts#mergeClientsAction": "FRONT_DESK",
  "actions/clients.ts#clearDuplicateAction": "FRONT_DESK",

  "actions/course-templates.ts#saveCourseTemplateAction": "MANAGER",
  "actions/course-templates.ts#setCourseTemplateActiveAction": "MANAGER",
  "actions/client-courses.ts#adjustRemainingAction": "MANAGER",
  "actions/client-courses.ts#extendExpiryAction": "MANAGER",
  "actions/client-courses.ts#transferCourseAction": "MANAGER",
  "actions/client-courses.ts#refundCourseAction": "MANAGER",
  "actions/client-courses.ts#waiveForfeitAction": "MANAGER",
  "actions/checkout.ts#voidCheckoutAction": "MANAGER",
  "actions/services.ts#saveServiceAction": "MANAGER",
  "actions/services.ts#setServiceActiveAction": "MANAGER",
  "actions/staff.ts#saveStaffAction": "MANAGER",
  "actions/staff.ts#setStaffActiveAction": "MANAGER",
  "actions/staff.ts#saveRotaAction": "MANAGER",
  "actions/staff.ts#followSalonHoursAction": "MANAGER",
  "actions/staff.ts#saveDayExceptionAction": "MANAGER",
  "actions/staff.ts#removeDayExceptionAction": "MANAGER",
  "actions/resources.ts#saveResourceAction": "MANAGER",
  "actions/resources.ts#setResourceActiveAction": "MANAGER",
  "actions/settings.ts#saveSalonSettingsAction": "MANAGER",
  "actions/messages.ts#retryMessageAction": "MANAGER",
  "actions/series.ts#seriesStartAction": "FRONT_DESK",
  "actions/series.ts#proposeSeriesAction": "FRONT_DESK",
  "actions/series.ts#checkSeriesAction": "FRONT_DESK",
  "actions/series.ts#bookSeriesAction": "FRONT_DESK",
  "actions/cash-up.ts#countCashAction": "MANAGER",
  "actions/account-codes.ts#saveAccountCodesAction": "MANAGER",
  "actions/closings.ts#closeLiabilityPeriodAction": "MANAGER",
};

// From the repository root, where Vitest and Playwright both run (Playwright's CommonJS has no import.meta).
const APP_DIR = path.resolve("app");
const LIB_DIR = path.resolve("lib");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** "app/(app)/manager/courses/[id]/edit/page.tsx" → "/manager/courses/[id]/edit". */
export function routePattern(file: string): string {
  const segments = path.relative(APP_DIR, path.dirname(file)).split(path.sep).filter(Boolean);
  // Route groups "(x)" and parallel-route slots "@x" are not part of the URL.
  const visible = segments.filter((s) => !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@"));
  return `/${visible.join("/")}`;
}

const appFiles = () => walk(APP_DIR);

export function discoverPages(): string[] {
  return appFiles().filter((f) => /[/\\]page\.(tsx|ts|jsx|js)$/.test(f)).map(routePattern).sort();
}

export function discoverRouteHandlers(): string[] {
  return appFiles().filter((f) => /[/\\]route\.(ts|js)$/.test(f)).map(routePattern).sort();
}

/** Every "use server" module under lib/ (and app/, where none should be), with the key prefix used in ACTIONS. */
export function discoverActionFiles(): { file: string; key: string }[] {
  const isServerModule = (f: string) => /\.(ts|tsx)$/.test(f) && /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8"));
  return [...walk(LIB_DIR).filter(isServerModule).map((file) => ({ file, key: path.relative(LIB_DIR, file).split(path.sep).join("/") })),
    ...appFiles().filter(isServerModule).map((file) => ({ file, key: `app/${path.relative(APP_DIR, file).split(path.sep).join("/")}` }))]
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The URL to visit for a route pattern: its sample, or the pattern itself when it has no [params]. */
export function urlFor(pattern: string, entry: { sample?: string }): string {
  if (entry.sample) return entry.sample;
  if (pattern.includes("[")) throw new Error(`${pattern} has [params]: give it a sample URL in ${MATRIX_FILE}`);
  return pattern;
}

/** A first guess from the path, for the message only: the table is still written by a person. */
function guess(key: string): Access {
  if (/(^|\/)manager\//.test(key)) return "MANAGER";
  if (/(^|\/)(book|online-booking)(\/|\.|$)/.test(key)) return "public";
  return "FRONT_DESK";
}

/** Human instructions for the person who added pages or actions without listing them. */
export function howToAdd(kind: "PAGES" | "ROUTE_HANDLERS" | "ACTIONS", missing: string[]): string {
  const lines = missing.map((key) =>
    kind === "ACTIONS"
      ? `  "${key}": "${guess(key)}",`
      : `  "${key}": { access: "${guess(key)}"${key.includes("[") ? `, sample: "${key.replace(/\[[^\]]+\]/g, "1")}"` : ""} },`,
  );
  return (
    `Not in the authorization matrix. Add to ${kind} in ${MATRIX_FILE} (check each guess against ` +
    `domain.md "Who may do what": the least role that may use it; a sample URL must exist in the demo seed):\n${lines.join("\n")}\n`
  );
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { garbageForm, garbageInput, typedForm } from "../../helpers/fast-check-garbage";
import { discoverSchemas, ZOD_DEFAULT_MESSAGE } from "./schema-shape";

// Fixed seed so a run is repeatable; FC_SEED=<n> explores other garbage.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261025), numRuns: 150 });

/**
 * Fields that answer typed text with zod's own English ("Invalid input", "Too big: expected string
 * to have <=254 characters"). Keys: "<schema>@<field path>". A field that is not in either list and
 * does this fails the test: give it a message in its schema.
 */
const NOT_TYPED_BY_A_PERSON = [
  // Hidden fields, buttons, radio values and lists the page builds: only a hand-made request gets these wrong.
  "appointments/schemas.ts#cancelSchema@kind",
  "checkout/schemas.ts#checkoutSchema@appointmentIds",
  "checkout/schemas.ts#checkoutSchema@idempotencyKey",
  "course-templates/schemas.ts#sellCourseSchema@idempotencyKey",
  "courses/schemas.ts#refundCourseSchema@booked",
  "settings/settings-input.ts#salonSettingsSchema@hours",
  "online-booking/schemas.ts#staffChoice@(input)",
  "online-booking/schemas.ts#onlineBookingSchema@staffId",
  "online-booking/schemas.ts#cancelBookingSchema@token",
]
/** Typed by a person and still answered in zod's words: none left; add one here only with a note saying who fixes it. */
const TO_FIX: string[] = [];
const KNOWN_ZOD_DEFAULT_MESSAGES = new Set<string>([...NOT_TYPED_BY_A_PERSON, ...TO_FIX]);

const schemas = await discoverSchemas();
const rawSeen = new Map<string, string>();

/** How lib/actions/define-action.ts turns a submitted form into the object the schema sees. */
function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    const current = out[key];
    out[key] = current === undefined ? value : Array.isArray(current) ? [...current, value] : [current, value];
  }
  return out;
}

/** `typed`: the input is what a person could type into the form, so zod's own English is not good enough. */
function checkMessages(name: string, input: unknown, schema: (typeof schemas)[number]["schema"], typed = false): void {
  const result = schema.safeParse(input); // must not throw: fast-check reports the input if it does
  if (result.success) return;
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    const where = `${name}@${issue.path.map((p) => (typeof p === "number" ? "*" : String(p))).join(".") || "(input)"}`;
    expect(typeof issue.message, where).toBe("string");
    expect(issue.message.trim().length, `${where}: empty message`).toBeGreaterThan(0);
    // Never echo a huge input back into the page.
    expect(issue.message.length, `${where}: ${issue.message.slice(0, 80)}…`).toBeLessThan(300);
    expect(issue.message, where).not.toMatch(/\[object \w+\]|function |\bat .+:\d+:\d+/);
    if (ZOD_DEFAULT_MESSAGE.test(issue.message)) {
      if (typed) rawSeen.set(where, issue.message);
    }
    // Our own messages never leak a JavaScript value's name.
    else expect(issue.message, where).not.toMatch(/\b(undefined|NaN|null)\b/);
  }
}

describe("every action input schema, fed garbage", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(8);
  });

  it.each(schemas)("$name: never throws and always says something", ({ name, schema, keys }) => {
    fc.assert(fc.property(garbageInput(keys), (input) => checkMessages(name, input, schema)));
    fc.assert(fc.property(garbageForm(keys), (form) => checkMessages(name, formToObject(form), schema)), { numRuns: 100 });
  });

  it.each(schemas)("$name: answers anything typed into the form in words", ({ name, schema, keys }) => {
    fc.assert(fc.property(typedForm(keys), (values) => checkMessages(name, values, schema, true)));
  });

  it("no new field answers typed input with zod's own English", () => {
    const fresh = [...rawSeen.entries()].filter(([where]) => !KNOWN_ZOD_DEFAULT_MESSAGES.has(where));
    expect(fresh.map(([where, message]) => `${where}: ${message}`), "give these fields a message in their schema (or in lib/validation/fields.ts for a shared field)").toEqual([]);
  });
});

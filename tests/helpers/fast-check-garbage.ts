// Garbage a browser (or someone with curl) can send to a server action, for property tests.
// React's reply decoder gives actions JSON values plus Date, BigInt, Map, Set, NaN, ±Infinity, -0,
// undefined and FormData (strings and Files); objects with keys such as "toString" or "__proto__"
// arrive as plain data and must not break coercion.
import fc from "fast-check";

/** The Europe/London clock changes of 2026: 29 March (01:00→02:00) and 25 October (02:00→01:00). */
export const DST_DAYS = ["2026-03-29", "2026-10-25"] as const;

/** Wall-clock minutes 00:30–02:30, where one day has a gap and the other a repeated hour. */
export const nightMinutes = fc.integer({ min: 30, max: 150 });

const weirdNumber = fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0, 0.5, 1e21, -1e21, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, Number.MIN_VALUE, 1e308);

const weirdString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u200b",
    "\ufeff12",
    "NaN",
    "Infinity",
    "-1",
    "0x10",
    "1e400",
    "١٢",
    "12.5",
    "null",
    "undefined",
    "[object Object]",
    "<script>alert(1)</script>",
    "'; DROP TABLE Client; --",
    "../../etc/passwd",
    "𝒻𝒶𝒸𝒾𝒶𝓁 💆‍♀️",
    "Zoë Ångström-Ó'Brien",
    "\u202eevil",
    "2026-02-30",
    "2026-03-29T01:30:00+00:00",
    "2026-10-25T01:30:00+01:00",
    "2026-10-25T01:30:00Z",
    "9999-12-31",
    "0000-00-00",
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  // Huge strings: 10k to 100k characters.
  fc.tuple(fc.constantFrom("a", "9", "é", "💅", " "), fc.integer({ min: 10_000, max: 100_000 })).map(([c, n]) => c.repeat(n)),
);

const dstDate = fc.constantFrom(...DST_DAYS);

const evilObject = fc.constantFrom<unknown>(
  { toString: 1 },
  { valueOf: "x" },
  { toString: "5", valueOf: null },
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"isAdmin": true}}'),
  { constructor: { prototype: { hacked: 1 } } },
  Object.create(null),
  [[["deep"]]],
  new Date(NaN),
  new Date("2026-03-29T01:30:00Z"),
  new Map([["a", 1]]),
  new Set([1]),
  10n,
  -(2n ** 70n),
);

/** One field's worth of garbage. */
export const garbageValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: weirdNumber, weight: 3 },
  { arbitrary: weirdString, weight: 4 },
  { arbitrary: fc.integer(), weight: 2 },
  { arbitrary: fc.integer().map(String), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: dstDate, weight: 1 },
  { arbitrary: fc.constantFrom(true, false, null, undefined, "on", "true", "CASH", "CARD", "any"), weight: 2 },
  { arbitrary: evilObject, weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 60 }), weight: 1 },
);

/** A whole input: anything at all, or an object with the schema's own keys holding garbage. */
export function garbageInput(keys: string[]): fc.Arbitrary<unknown> {
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, garbageValue])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof(
    { arbitrary: shaped, weight: 6 },
    { arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }), weight: 2 },
    { arbitrary: garbageValue, weight: 1 },
  );
}

const asFormValue = fc.oneof(
  weirdString,
  fc.integer().map(String),
  fc.constantFrom("NaN", "-5", "1.5", "99999999999999999999", "2026-03-29", "2026-10-25", "90", "on"),
);

/**
 * What a person can type: every field sent once, as text, as the browser submits a form. Any
 * message here is one a receptionist or a client may read.
 */
export function typedForm(keys: string[]): fc.Arbitrary<Record<string, string>> {
  return fc.record(Object.fromEntries(keys.map((k) => [k, asFormValue])));
}

/** A hand-made form post: fields missing, repeated, or holding anything a string can. */
export function garbageForm(keys: string[]): fc.Arbitrary<FormData> {
  return fc.record(Object.fromEntries(keys.map((k) => [k, fc.array(asFormValue, { maxLength: 2 })]))).map((fields) => {
    const form = new FormData();
    for (const [k, values] of Object.entries(fields)) for (const v of values) form.append(k, v);
    return form;
  });
}

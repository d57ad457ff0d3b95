// Finding every server action's input schema (lib/**/schemas.ts and lib/**/*-input.ts, beside their
// domain) and the keys it expects, so the property tests aim garbage at real field names as well as
// at the whole input.
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";

const LIB_DIR = path.resolve(import.meta.dirname, "../../../lib");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export type FoundSchema = { name: string; schema: z.ZodType; keys: string[] };

type Def = { type: string; shape?: Record<string, unknown>; in?: Inner; out?: Inner; innerType?: Inner; options?: Inner[]; left?: Inner; right?: Inner };
type Inner = { _zod: { def: Def } };

/** Top-level keys of an object schema, looking through refine/transform/pipe/optional/default. */
export function keysOf(schema: unknown, depth = 0): string[] {
  const def = (schema as Inner | undefined)?._zod?.def;
  if (!def || depth > 8) return [];
  if (def.type === "object") return Object.keys(def.shape ?? {});
  if (def.type === "pipe") return [...new Set([...keysOf(def.in, depth + 1), ...keysOf(def.out, depth + 1)])];
  if (def.innerType) return keysOf(def.innerType, depth + 1);
  if (def.type === "intersection") return [...new Set([...keysOf(def.left, depth + 1), ...keysOf(def.right, depth + 1)])];
  if (def.type === "union" && def.options) return [...new Set(def.options.flatMap((o) => keysOf(o, depth + 1)))];
  return [];
}

const isSchema = (v: unknown): v is z.ZodType => typeof (v as z.ZodType | null)?.safeParse === "function" && !!(v as Inner)._zod;

/** Every zod schema exported by every input schema file under lib/, named "<file under lib/>#<export>". */
export async function discoverSchemas(): Promise<FoundSchema[]> {
  const files = walk(LIB_DIR).filter((f) => /[/\\](schemas|[\w-]+-input)\.ts$/.test(f)).sort();
  const found: FoundSchema[] = [];
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    const rel = path.relative(LIB_DIR, file).split(path.sep).join("/");
    for (const [name, value] of Object.entries(mod)) {
      if (isSchema(value)) found.push({ name: `${rel}#${name}`, schema: value, keys: keysOf(value) });
    }
  }
  return found;
}

/**
 * zod's own English messages ("Invalid input: expected number, received NaN", "Too small: expected
 * string to have >=8 characters"): correct, but not words for a receptionist or a client.
 */
export const ZOD_DEFAULT_MESSAGE = /^(Invalid input|Invalid option|Invalid string|Invalid email|Invalid (ISO )?(date|datetime|number|element|key|union)|Too (small|big)|Unrecognized key|Expected |Required$)/;

import { normalisePhone } from "@/lib/validation/fields";

/**
 * What a search typed at the desk means: a phone number ("0770 090", "+44 7700…") or words of a name
 * or email ("jane d", "jane@"). Shared by the client search and the Client Courses search. Pure.
 */
export type ClientQuery =
  | { kind: "none" }
  | { kind: "phone"; national: string; full: string | null }
  | { kind: "words"; words: string[] };

export function parseClientQuery(query: string): ClientQuery {
  const q = query.trim().slice(0, 80);
  if (q.length < 2) return { kind: "none" };
  const digits = q.replace(/[\s\-().+]/g, "");
  if (/^\d{3,}$/.test(digits)) {
    // "07700 900123" is stored as "+447700900123": match the part after the trunk 0 too.
    return { kind: "phone", national: digits.startsWith("0") ? digits.slice(1) : digits, full: normalisePhone(q) };
  }
  return { kind: "words", words: q.split(/\s+/).filter(Boolean).slice(0, 4) };
}

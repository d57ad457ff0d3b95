import { Prisma } from "@/generated/prisma/client";
import { parseClientQuery } from "@/lib/clients/search-terms";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const like = (column: Prisma.Sql, pattern: string) => Prisma.sql`${column} LIKE ${pattern} ESCAPE '\\'`;

/** The desk's client search (lib/clients/search-terms.ts) as SQL over the client `c`; null: no search. */
export function clientMatchSql(query: string): Prisma.Sql | null {
  const parsed = parseClientQuery(query);
  if (parsed.kind === "none") return null;
  if (parsed.kind === "phone") {
    const contains = like(Prisma.sql`c."phone"`, `%${escapeLike(parsed.national)}%`);
    return parsed.full ? Prisma.sql`(${contains} OR c."phone" = ${parsed.full})` : contains;
  }
  const words = parsed.words.map((w) => {
    const inside = `%${escapeLike(w)}%`;
    return Prisma.sql`(${like(Prisma.sql`c."firstName"`, inside)} OR ${like(Prisma.sql`c."lastName"`, inside)} OR ${like(Prisma.sql`c."email"`, `${escapeLike(w.toLowerCase())}%`)})`;
  });
  return Prisma.join(words, " AND ", "(", ")");
}

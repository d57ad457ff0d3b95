// A stand-in for the one Next request a server action runs in: a cookie jar and request headers.
// Test files mock "next/headers" with it (vi.mock must sit in the test file), so the real session
// code (lib/auth/session.ts) reads and writes real StaffSession rows on the test database.
export type FakeRequest = {
  cookies: Map<string, { value: string; expires?: Date }>;
  headers: Record<string, string>;
};

export function fakeRequest(): FakeRequest {
  return { cookies: new Map(), headers: { "x-forwarded-for": "203.0.113.7" } };
}

export function nextHeadersMock(request: FakeRequest) {
  const jar = {
    get: (name: string) => {
      const c = request.cookies.get(name);
      return c ? { name, value: c.value } : undefined;
    },
    has: (name: string) => request.cookies.has(name),
    getAll: () => [...request.cookies.entries()].map(([name, c]) => ({ name, value: c.value })),
    set: (name: string, value: string, options?: { expires?: Date }) => {
      request.cookies.set(name, { value, expires: options?.expires });
    },
    delete: (name: string) => {
      request.cookies.delete(name);
    },
  };
  return {
    cookies: async () => jar,
    headers: async () => new Headers(request.headers),
    draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
  };
}

/** Thrown by redirect() / forbidden() from next/navigation: how a page-style guard refuses. */
export function nextInterrupt(error: unknown): { redirectTo?: string; status?: number } | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return null;
  if (digest.startsWith("NEXT_REDIRECT")) return { redirectTo: digest.split(";")[2] };
  const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)$/.exec(digest);
  return fallback ? { status: Number(fallback[1]) } : null;
}

/** Row counts of every table, to prove a refused call wrote nothing. */
export async function rowCounts(client: { $queryRawUnsafe: <T>(sql: string) => Promise<T> }): Promise<Record<string, number>> {
  const tables = await client.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await client.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}

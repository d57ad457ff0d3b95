/**
 * Asks the running server for a page twice a second while the load runs: does it keep answering?
 * Checks the server is up at once; polling starts with start(), once the workers run (the set-up
 * before keeps this process busy with synchronous SQLite work, which would only measure itself).
 */
export async function probeServer(base: string, path = "/login") {
  const url = new URL(path, base).toString();
  const first = await fetch(url, { redirect: "manual" }).catch((error: unknown) => {
    throw new Error(`no server answers at ${url} (${error instanceof Error ? error.message : String(error)}); start it first`);
  });
  if (first.status >= 500) throw new Error(`${url} answered ${first.status}`);

  const latencies: number[] = [];
  let failures = 0;
  let lastFailure = "";
  let stopped = false;
  const poll = async () => {
    while (!stopped) {
      const started = performance.now();
      try {
        const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (response.status >= 500) {
          failures++;
          lastFailure = `HTTP ${response.status}`;
        } else latencies.push(performance.now() - started);
      } catch (error) {
        failures++;
        const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
        lastFailure = `${String(error)}${cause ? ` (${cause.code ?? cause.message})` : ""}`;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };

  return {
    start(): void {
      void poll();
    },
    stop(): string {
      stopped = true;
      const sorted = latencies.sort((a, b) => a - b);
      const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
      return `${sorted.length} answers to GET ${path}, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms, ${failures} failed${lastFailure ? ` (last: ${lastFailure})` : ""}`;
    },
  };
}

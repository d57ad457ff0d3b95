import type { CsvFile } from "./report-csv";

/** A short refusal for a download route (sign in, managers only, a hand-made URL). */
export const plainResponse = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** A CSV file as a download. */
export const csvResponse = (file: CsvFile) =>
  new Response(file.body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });

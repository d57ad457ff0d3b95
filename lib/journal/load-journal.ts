import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { loadCourseValueFacts } from "@/lib/reports/course-value-facts";
import type { Period } from "@/lib/reports/period";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf, type SalonDate } from "@/lib/time";
import { coursePostings, type JournalCourse } from "./course-postings";
import { buildJournal, type Journal } from "./journal";
import { salePostings, type JournalSale } from "./postings";

type SaleTuple = [id: number, saleOn: string];
type LineTuple = [saleId: number, lineId: number, kind: JournalSale["lines"][number]["kind"], amountMinor: number, reversesLineId: number | null];
type VatTuple = [lineId: number, rateBp: number, vatMinor: number];
type PaymentTuple = [saleId: number, method: string, amountMinor: number];

/** The period's sales with their lines, VAT and payments, in one query (each kind of row as one JSON array). */
export async function loadSales(tx: Tx, period: Period): Promise<JournalSale[]> {
  const inPeriod = Prisma.sql`s."saleOn" >= ${period.from} AND s."saleOn" <= ${period.to}`;
  const [row] = await tx.$queryRaw<{ sales: string | null; lines: string | null; vat: string | null; payments: string | null }[]>`
    SELECT
      (SELECT json_group_array(json_array(s."id", s."saleOn")) FROM (SELECT "id", "saleOn" FROM "Sale" s WHERE ${inPeriod} ORDER BY s."saleOn", s."id") s) AS sales,
      (SELECT json_group_array(json_array(l."saleId", l."id", l."kind", l."amountMinor", l."reversesLineId"))
         FROM "SaleLine" l JOIN "Sale" s ON s."id" = l."saleId" WHERE ${inPeriod}) AS lines,
      (SELECT json_group_array(json_array(v."saleLineId", v."rateBp", v."vatMinor"))
         FROM "SaleLineVat" v JOIN "SaleLine" l ON l."id" = v."saleLineId" JOIN "Sale" s ON s."id" = l."saleId" WHERE ${inPeriod}) AS vat,
      (SELECT json_group_array(json_array(p."saleId", p."method", p."amountMinor"))
         FROM "SalePayment" p JOIN "Sale" s ON s."id" = p."saleId" WHERE ${inPeriod}) AS payments`;
  const sales = new Map<number, JournalSale>();
  for (const [id, day] of JSON.parse(row?.sales ?? "[]") as SaleTuple[]) sales.set(id, { id, day, lines: [], payments: [] });
  const vatByLine = new Map<number, { rateBp: number; vatMinor: number }[]>();
  for (const [lineId, rateBp, vatMinor] of JSON.parse(row?.vat ?? "[]") as VatTuple[]) {
    const list = vatByLine.get(lineId) ?? [];
    list.push({ rateBp, vatMinor });
    vatByLine.set(lineId, list);
  }
  for (const [saleId, lineId, kind, amountMinor, reversesLineId] of JSON.parse(row?.lines ?? "[]") as LineTuple[]) {
    sales.get(saleId)?.lines.push({ kind, amountMinor, reversesLineId, vat: vatByLine.get(lineId) ?? [] });
  }
  for (const [saleId, method, amountMinor] of JSON.parse(row?.payments ?? "[]") as PaymentTuple[]) sales.get(saleId)?.payments.push({ method, amountMinor });
  return [...sales.values()];
}

/**
 * Every client course bought by the period's end, with the facts the liability report folds (its
 * whole history: an entry in the period needs what was left before it), the VAT taken on its sale and
 * the course a transferred one came from.
 */
export async function loadCourses(tx: Tx, period: Period, timezone: string): Promise<JournalCourse[]> {
  const [facts, [row]] = await Promise.all([
    loadCourseValueFacts(tx, { purchasedBy: period.to }, period.to, timezone),
    tx.$queryRaw<{ vat: string | null; transfers: string | null }[]>`
      SELECT
        (SELECT json_group_array(json_array(x."clientCourseId", x."vat"))
           FROM (SELECT l."clientCourseId", SUM(v."vatMinor") AS "vat"
                 FROM "SaleLineVat" v JOIN "SaleLine" l ON l."id" = v."saleLineId"
                 WHERE l."kind" = 'COURSE' AND l."amountMinor" > 0 AND l."reversesLineId" IS NULL AND l."clientCourseId" IS NOT NULL
                 GROUP BY l."clientCourseId") x) AS vat,
        (SELECT json_group_array(json_array(c."id", c."transferredFromId"))
           FROM "ClientCourse" c WHERE c."transferredFromId" IS NOT NULL AND c."purchasedOn" <= ${period.to}) AS transfers`,
  ]);
  const vat = new Map(JSON.parse(row?.vat ?? "[]") as [number, number][]);
  const from = new Map(JSON.parse(row?.transfers ?? "[]") as [number, number][]);
  return facts
    .sort((a, b) => a.id - b.id)
    .map((f) => ({ facts: f, vatAtSaleMinor: vat.get(f.id) ?? 0, transferredFromId: from.get(f.id) ?? null }));
}

/** The double-entry journal of a period (salon-local days, both included). */
export async function loadJournal(tx: Tx, period: Period, now: Date = new Date()): Promise<Journal> {
  const settings = await getSettings(tx);
  const today: SalonDate = salonDateOf(now, settings.timezone);
  const [sales, courses] = await Promise.all([loadSales(tx, period), loadCourses(tx, period, settings.timezone)]);
  const fromCourses = coursePostings(courses, period, today);
  return buildJournal({
    period,
    postings: [...sales.flatMap(salePostings), ...fromCourses.postings],
    deferred: fromCourses.totals,
    vatRegistered: settings.vatRegistered,
  });
}

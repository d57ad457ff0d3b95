import type { Tx } from "@/lib/db";
import type { SalonDate } from "@/lib/time";
import { describeExpiryIfSold, describeLines, kindLabel, savingOf } from "./template-text";
import { listCourseTemplates, type CourseTemplateView } from "./list-templates";

/** One thing the purchase screen can sell, as the desk sees it. */
export type SellableItem = {
  id: number;
  name: string;
  /** "Course · 6 × Laser underarm" */
  summary: string;
  priceMinor: number;
  listValueMinor: number;
  savingPercent: number | null;
  /** "Expires 22 November 2027", "12 months from the first session", "No expiry" */
  expiry: string;
};

/**
 * A category on the purchase screen. Courses (and packages) are the only one today; products, gift
 * vouchers or memberships would be further kinds with their own items and sale action.
 */
export type SellableKind = { id: "courses"; label: string; itemLabel: string; emptyText: string; items: SellableItem[] };

/** "Package · 3 × Facial, 2 × Back massage"; just "Course" when the name already says it all. */
function summaryOf(t: CourseTemplateView): string {
  const lines = describeLines(t.unit, t.lines);
  return t.name.trim().toLowerCase() === lines.toLowerCase() ? kindLabel(t.kind) : `${kindLabel(t.kind)} · ${lines}`;
}

export async function loadSellableKinds(tx: Tx, today: SalonDate): Promise<SellableKind[]> {
  const templates = await listCourseTemplates(tx, { onSale: true });
  return [
    {
      id: "courses",
      label: "Courses",
      itemLabel: "Course",
      emptyText: "No courses are on sale. A manager can add one under Manager → Courses.",
      items: templates.map((t) => ({
        id: t.id,
        name: t.name,
        summary: summaryOf(t),
        priceMinor: t.priceMinor,
        listValueMinor: t.listValueMinor,
        savingPercent: savingOf(t.listValueMinor, t.priceMinor)?.percent ?? null,
        expiry: describeExpiryIfSold(t.validityMonths, t.validityFrom, today),
      })),
    },
  ];
}

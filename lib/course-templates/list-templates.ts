import type { Tx } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { lineListValue } from "@/lib/courses/sell-course";

const templateSelect = {
  id: true,
  name: true,
  kind: true,
  unit: true,
  priceMinor: true,
  validityMonths: true,
  validityFrom: true,
  active: true,
  lines: {
    orderBy: { sortOrder: "asc" },
    select: {
      serviceId: true,
      quantity: true,
      service: { select: { name: true, active: true, priceMinor: true, durationMinutes: true } },
    },
  },
  _count: { select: { clientCourses: true } },
} satisfies Prisma.CourseTemplateSelect;

type TemplateRow = Prisma.CourseTemplateGetPayload<{ select: typeof templateSelect }>;

export type CourseTemplateLineView = {
  serviceId: number;
  serviceName: string;
  serviceActive: boolean;
  quantity: number;
  /** Today's list price of the line (service prices may have moved since it was defined). */
  listValueMinor: number;
};

export type CourseTemplateView = {
  id: number;
  name: string;
  kind: "COURSE" | "PACKAGE";
  unit: "SESSIONS" | "MINUTES";
  priceMinor: number;
  validityMonths: number | null;
  validityFrom: "PURCHASE" | "FIRST_USE";
  active: boolean;
  lines: CourseTemplateLineView[];
  listValueMinor: number;
  /** Client courses sold from it (they are snapshots and never change with it). */
  soldCount: number;
};

function toView(row: TemplateRow): CourseTemplateView {
  const lines = row.lines.map((l) => ({
    serviceId: l.serviceId,
    serviceName: l.service.name,
    serviceActive: l.service.active,
    quantity: l.quantity,
    listValueMinor: lineListValue(row.unit, l.quantity, l.service),
  }));
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    unit: row.unit,
    priceMinor: row.priceMinor,
    validityMonths: row.validityMonths,
    validityFrom: row.validityFrom,
    active: row.active,
    lines,
    listValueMinor: lines.reduce((sum, l) => sum + l.listValueMinor, 0),
    soldCount: row._count.clientCourses,
  };
}

/** Every template for Manager → Courses (active first), or only what can be sold. */
export async function listCourseTemplates(tx: Tx, options: { onSale?: boolean } = {}): Promise<CourseTemplateView[]> {
  const rows = await tx.courseTemplate.findMany({
    where: options.onSale ? { active: true } : undefined,
    select: templateSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
  });
  const views = rows.map(toView);
  // On sale means every service is still on the menu too (sellCourse copies them into the client course).
  return options.onSale ? views.filter((t) => t.lines.length > 0 && t.lines.every((l) => l.serviceActive)) : views;
}

export async function loadCourseTemplate(tx: Tx, templateId: number): Promise<CourseTemplateView | null> {
  const row = await tx.courseTemplate.findUnique({ where: { id: templateId }, select: templateSelect });
  return row ? toView(row) : null;
}

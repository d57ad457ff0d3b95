import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { CourseTemplateInput } from "./template-input";

/**
 * Manager → Courses: add, edit, deactivate and reactivate course templates. A template is only a
 * recipe: client courses already sold are snapshots (sellCourse copies lines, price and validity), so
 * nothing here ever touches them. Nothing is deleted: a template that should not be sold is inactive.
 */

type TemplateFields = Omit<CourseTemplateInput, "templateId">;

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("en-GB") === b.trim().toLocaleLowerCase("en-GB");

/** Two active templates may not share a name (ignoring case): the desk picks courses by name. */
async function assertNameFree(tx: Tx, name: string, exceptId?: number): Promise<void> {
  const active = await tx.courseTemplate.findMany({
    where: { active: true, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (active.some((t) => sameName(t.name, name))) {
    throw new DomainError("INVALID_INPUT", `An active course is already called “${name.trim()}”. Choose another name.`, "name");
  }
}

/** Services must exist; a template on sale may only sell services that are on the menu. Returns the inactive ones. */
async function checkServices(tx: Tx, serviceIds: number[]): Promise<string[]> {
  const found = await tx.service.findMany({ where: { id: { in: serviceIds } }, select: { id: true, name: true, active: true } });
  if (serviceIds.some((id) => !found.some((s) => s.id === id))) {
    throw new DomainError("NOT_FOUND", "One of the services no longer exists. Choose another.", "lines");
  }
  return found.filter((s) => !s.active).map((s) => s.name);
}

const isAre = (names: string[]) => `${names.join(", ")} ${names.length === 1 ? "is" : "are"}`;

async function checkRules(tx: Tx, fields: TemplateFields, exceptId?: number): Promise<void> {
  const inactive = await checkServices(tx, fields.lines.map((l) => l.serviceId));
  if (!fields.active) return;
  await assertNameFree(tx, fields.name, exceptId);
  if (inactive.length > 0) {
    throw new DomainError("INVALID_INPUT", `${isAre(inactive)} no longer on the menu. Choose an active service.`, "lines");
  }
}

function columns(fields: TemplateFields) {
  return {
    name: fields.name,
    kind: fields.kind,
    unit: fields.unit,
    priceMinor: fields.priceMinor,
    validityMonths: fields.validityMonths,
    validityFrom: fields.validityFrom,
    active: fields.active,
  };
}

const lineRows = (fields: TemplateFields) => fields.lines.map((l, i) => ({ serviceId: l.serviceId, quantity: l.quantity, sortOrder: i }));

export async function addCourseTemplate(tx: Tx, fields: TemplateFields): Promise<{ id: number; name: string }> {
  await checkRules(tx, fields);
  return tx.courseTemplate.create({ data: { ...columns(fields), lines: { create: lineRows(fields) } }, select: { id: true, name: true } });
}

/** Replaces the template's fields and lines. Client courses sold from it keep their own copy. */
export async function editCourseTemplate(tx: Tx, templateId: number, fields: TemplateFields): Promise<{ id: number; name: string }> {
  const existing = await tx.courseTemplate.findUnique({ where: { id: templateId }, select: { id: true } });
  if (!existing) throw new DomainError("NOT_FOUND", "That course no longer exists.");
  await checkRules(tx, fields, templateId);
  // Template lines are part of the recipe only: nothing (sales, client courses) points at them.
  await tx.courseTemplateLine.deleteMany({ where: { templateId } });
  return tx.courseTemplate.update({
    where: { id: templateId },
    data: { ...columns(fields), lines: { create: lineRows(fields) } },
    select: { id: true, name: true },
  });
}

/** Deactivate: no longer sold, kept for history; clients keep what they bought. Reactivate: back on sale. */
export async function setCourseTemplateActive(tx: Tx, templateId: number, active: boolean): Promise<{ id: number; name: string; active: boolean }> {
  const template = await tx.courseTemplate.findUnique({
    where: { id: templateId },
    select: { id: true, name: true, active: true, lines: { select: { serviceId: true } } },
  });
  if (!template) throw new DomainError("NOT_FOUND", "That course no longer exists.");
  if (template.active === active) return { id: template.id, name: template.name, active };
  if (active) {
    await assertNameFree(tx, template.name, template.id);
    const inactive = await checkServices(tx, template.lines.map((l) => l.serviceId));
    if (inactive.length > 0) {
      throw new DomainError("INVALID_STATE", `${template.name} can't go back on sale: ${isAre(inactive)} no longer on the menu. Edit it to choose another service.`);
    }
  }
  await tx.courseTemplate.update({ where: { id: templateId }, data: { active } });
  return { id: template.id, name: template.name, active };
}

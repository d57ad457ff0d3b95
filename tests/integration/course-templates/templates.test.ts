import { beforeAll, describe, expect, it } from "vitest";
import { describeExpiryIfSold, describeLines, describePrice, describeValidity } from "@/lib/course-templates/template-text";
import { listCourseTemplates, loadCourseTemplate } from "@/lib/course-templates/list-templates";
import { addCourseTemplate, editCourseTemplate, setCourseTemplateActive } from "@/lib/course-templates/save-template";
import { sellCourseAtDesk } from "@/lib/course-templates/sell-at-desk";
import { loadSellableKinds } from "@/lib/course-templates/sellable";
import { courseTemplateSchema, type CourseTemplateFormValues } from "@/lib/course-templates/template-input";
import { sellCourse } from "@/lib/courses/sell-course";
import { inTransaction } from "@/lib/db";
import { createService } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, sell, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

/** What the form sends: strings, as typed. */
const form = (overrides: Partial<CourseTemplateFormValues> = {}): CourseTemplateFormValues => ({
  name: "8 × Laser underarm",
  kind: "COURSE",
  unit: "SESSIONS",
  lines: [{ serviceId: String(s.laser.id), quantity: "8" }],
  price: "400",
  validityMonths: "12",
  validityFrom: "PURCHASE",
  active: true,
  ...overrides,
});

const parse = (values: CourseTemplateFormValues) => courseTemplateSchema.parse(values);
const add = (values: CourseTemplateFormValues) => inTransaction((tx) => addCourseTemplate(tx, parse(values)));
const errorsOf = (values: CourseTemplateFormValues) => {
  const result = courseTemplateSchema.safeParse(values);
  expect(result.success).toBe(false);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
};
const counts = async () => ({ templates: await db.courseTemplate.count(), lines: await db.courseTemplateLine.count() });

describe("creating course templates", () => {
  it("creates a sessions course", async () => {
    const { id } = await add(form());
    const view = (await loadCourseTemplate(db, id))!;
    expect(view).toMatchObject({ kind: "COURSE", unit: "SESSIONS", priceMinor: 40_000, validityMonths: 12, validityFrom: "PURCHASE", active: true });
    expect(view.lines).toMatchObject([{ serviceId: s.laser.id, serviceName: "Laser underarm", quantity: 8, listValueMinor: 48_000 }]);
    expect(describeLines(view.unit, view.lines)).toBe("8 × Laser underarm");
    expect(describePrice(view.listValueMinor, view.priceMinor)).toBe("£480.00 → £400.00, save 17%");
    expect(describeValidity(view.validityMonths, view.validityFrom)).toBe("12 months from purchase");
  });

  it("creates a package of two services, counted from the first session", async () => {
    const { id } = await add(
      form({
        name: "4 × Facial + 4 × Back massage",
        kind: "PACKAGE",
        lines: [
          { serviceId: String(s.facial.id), quantity: "4" },
          { serviceId: String(s.massage.id), quantity: "4" },
        ],
        price: "£350.00",
        validityMonths: "6",
        validityFrom: "FIRST_USE",
      }),
    );
    const view = (await loadCourseTemplate(db, id))!;
    expect(view).toMatchObject({ kind: "PACKAGE", priceMinor: 35_000, listValueMinor: 40_000, validityFrom: "FIRST_USE" });
    expect(describeLines(view.unit, view.lines)).toBe("4 × Facial, 4 × Back massage");
    expect(describeValidity(view.validityMonths, view.validityFrom)).toBe("6 months from first session");
    expect(describeExpiryIfSold(view.validityMonths, view.validityFrom, "2026-11-23")).toBe("6 months from the first session");
  });

  it("creates a minutes course with no expiry, valued at the price per minute", async () => {
    const { id } = await add(
      form({ name: "600 min Back massage", unit: "MINUTES", lines: [{ serviceId: String(s.massage.id), quantity: "600" }], price: "700.5", validityMonths: "" }),
    );
    const view = (await loadCourseTemplate(db, id))!;
    // £40 per 30 minutes → 600 minutes list at £800.
    expect(view).toMatchObject({ unit: "MINUTES", priceMinor: 70_050, listValueMinor: 80_000, validityMonths: null, validityFrom: "PURCHASE" });
    expect(describeLines(view.unit, view.lines)).toBe("600 min Back massage");
    expect(describeValidity(view.validityMonths, view.validityFrom)).toBe("No expiry");
  });

  it("shows the expiry a course gets when sold today", () => {
    expect(describeExpiryIfSold(12, "PURCHASE", "2026-11-23")).toBe("Expires 22 November 2027");
    expect(describeExpiryIfSold(null, "FIRST_USE", "2026-11-23")).toBe("No expiry");
  });
});

describe("validation refuses and writes nothing", () => {
  it("refuses bad input in the schema, field by field", () => {
    expect(errorsOf(form({ name: "  " }))).toHaveProperty("name", "Give the course a name.");
    expect(errorsOf(form({ lines: [{ serviceId: String(s.laser.id), quantity: "6" }, { serviceId: String(s.facial.id), quantity: "2" }] }))).toHaveProperty(
      "lines",
      "A course is one service. Remove the extra lines, or choose Package.",
    );
    expect(errorsOf(form({ kind: "PACKAGE" }))).toHaveProperty("lines", "A package has at least two services. Add a service, or choose Course.");
    const same = errorsOf(
      form({
        kind: "PACKAGE",
        lines: [
          { serviceId: String(s.laser.id), quantity: "6" },
          { serviceId: String(s.laser.id), quantity: "2" },
        ],
      }),
    );
    expect(same).toHaveProperty(["lines.1.serviceId"], "This service is already in the package. Change its quantity instead.");
    expect(errorsOf(form({ lines: [{ serviceId: "", quantity: "6" }] }))).toHaveProperty(["lines.0.serviceId"], "Choose a service.");
    for (const quantity of ["0", "101", "2.5", ""]) expect(Object.keys(errorsOf(form({ lines: [{ serviceId: String(s.laser.id), quantity }] })))).toEqual(["lines.0.quantity"]);
    expect(errorsOf(form({ unit: "MINUTES", lines: [{ serviceId: String(s.laser.id), quantity: "4" }] }))).toHaveProperty(["lines.0.quantity"], "Between 5 and 6000 minutes.");
    expect(errorsOf(form({ unit: "MINUTES", lines: [{ serviceId: String(s.laser.id), quantity: "6001" }] }))).toHaveProperty(["lines.0.quantity"]);
    expect(courseTemplateSchema.safeParse(form({ unit: "MINUTES", lines: [{ serviceId: String(s.laser.id), quantity: "6000" }] })).success).toBe(true);
    expect(errorsOf(form({ price: "-5" }))).toHaveProperty("price", "The price can't be negative.");
    expect(errorsOf(form({ price: "100000.01" }))).toHaveProperty("price", "The price can be at most £100,000.00.");
    expect(errorsOf(form({ price: "abc" }))).toHaveProperty("price");
    expect(errorsOf(form({ price: "" }))).toHaveProperty("price");
    expect(courseTemplateSchema.parse(form({ price: "100000" })).priceMinor).toBe(10_000_000);
    expect(courseTemplateSchema.parse(form({ price: "0" })).priceMinor).toBe(0);
    for (const validityMonths of ["0", "61", "1.5", "x"]) expect(Object.keys(errorsOf(form({ validityMonths })))).toEqual(["validityMonths"]);
  });

  it("refuses a second active course with the same name (any case) and writes nothing", async () => {
    await add(form({ name: "Unique laser" }));
    const before = await counts();
    await expect(add(form({ name: "  unique LASER " }))).rejects.toMatchObject({ field: "name", message: expect.stringMatching(/already called/) });
    expect(await counts()).toEqual(before);
    // An inactive template may share the name: it is not on sale.
    await add(form({ name: "Unique laser", active: false }));
  });

  it("refuses an inactive service and writes nothing", async () => {
    const retired = await createService(db, { name: "Retired peel", category: "Skin", priceMinor: 5000 });
    await db.service.update({ where: { id: retired.id }, data: { active: false } });
    const before = await counts();
    await expect(add(form({ name: "Peel course", lines: [{ serviceId: String(retired.id), quantity: "3" }] }))).rejects.toMatchObject({
      field: "lines",
      message: "Retired peel is no longer on the menu. Choose an active service.",
    });
    await expect(add(form({ name: "Ghost course", lines: [{ serviceId: "999999", quantity: "3" }] }))).rejects.toMatchObject({ field: "lines" });
    expect(await counts()).toEqual(before);
  });

  it("leaves a template untouched when an edit is refused", async () => {
    const { id } = await add(form({ name: "Edit me" }));
    await add(form({ name: "Taken name" }));
    await expect(inTransaction((tx) => editCourseTemplate(tx, id, parse(form({ name: "Taken name", price: "1" }))))).rejects.toMatchObject({ field: "name" });
    expect(await loadCourseTemplate(db, id)).toMatchObject({ name: "Edit me", priceMinor: 40_000 });
  });
});

describe("deactivating and editing", () => {
  it("deactivates: no longer listed for sale and sellCourse refuses; reactivates", async () => {
    const { id } = await add(form({ name: "Soon gone" }));
    const sold = await sell(db, s, s.jane.id, id);
    await inTransaction((tx) => setCourseTemplateActive(tx, id, false));
    expect((await loadSellableKinds(db, "2026-06-01"))[0].items.map((i) => i.id)).not.toContain(id);
    await expect(inTransaction((tx) => sellCourse(tx, { clientId: s.tom.id, templateId: id, paymentMethod: "CARD" }, s.ctx))).rejects.toThrow(/no longer sold/);
    // The client keeps what she bought, and nothing was deleted.
    expect(await db.clientCourse.findUnique({ where: { id: sold.clientCourseId } })).toMatchObject({ status: "ACTIVE", templateId: id });
    expect((await listCourseTemplates(db)).find((t) => t.id === id)).toMatchObject({ active: false, soldCount: 1 });

    await inTransaction((tx) => setCourseTemplateActive(tx, id, true));
    expect((await loadSellableKinds(db, "2026-06-01"))[0].items.map((i) => i.id)).toContain(id);
  });

  it("won't reactivate a template whose name is now taken by an active one", async () => {
    const old = await add(form({ name: "Twin" }));
    await inTransaction((tx) => setCourseTemplateActive(tx, old.id, false));
    await add(form({ name: "Twin" }));
    await expect(inTransaction((tx) => setCourseTemplateActive(tx, old.id, true))).rejects.toThrow(/already called/);
  });

  it("editing a template never changes a client course already sold", async () => {
    const { id } = await add(form({ name: "Before edit" }));
    const sold = await sell(db, s, s.jane.id, id);
    const snapshot = await db.clientCourse.findUniqueOrThrow({ where: { id: sold.clientCourseId }, include: { lines: true } });

    await inTransaction((tx) =>
      editCourseTemplate(
        tx,
        id,
        parse(
          form({
            name: "After edit",
            kind: "PACKAGE",
            lines: [
              { serviceId: String(s.facial.id), quantity: "2" },
              { serviceId: String(s.massage.id), quantity: "3" },
            ],
            price: "99",
            validityMonths: "",
          }),
        ),
      ),
    );
    expect(await loadCourseTemplate(db, id)).toMatchObject({ name: "After edit", kind: "PACKAGE", priceMinor: 9900, validityMonths: null, lines: [{ quantity: 2 }, { quantity: 3 }] });
    expect(await db.clientCourse.findUniqueOrThrow({ where: { id: sold.clientCourseId }, include: { lines: true } })).toEqual(snapshot);
  });
});

describe("selling at the desk", () => {
  it("sells once per idempotency key and reads back the receipt", async () => {
    const input = { clientId: s.tom.id, templateId: s.laserCourse.id, paymentMethod: "CASH" as const, idempotencyKey: "purchase-test-0001" };
    const first = await inTransaction((tx) => sellCourseAtDesk(tx, input, s.ctx));
    const again = await inTransaction((tx) => sellCourseAtDesk(tx, input, s.ctx));
    expect(again).toEqual(first);
    expect(first).toMatchObject({ clientName: "Tom Hill", courseName: "6 × Laser underarm", priceMinor: 30_000, paymentMethod: "CASH" });
    expect(await db.sale.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    // The same key from a stale form for another course is refused, not answered with the first sale.
    await expect(inTransaction((tx) => sellCourseAtDesk(tx, { ...input, templateId: s.facialPackage.id }, s.ctx))).rejects.toThrow(/already used/);
  });
});

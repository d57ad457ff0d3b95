import { describe, expect, it } from "vitest";
import { courseTemplateSchema } from "@/lib/course-templates/template-input";
import { serviceSchema } from "@/lib/services/service-input";
import { staffSchema } from "@/lib/staff/staff-input";
import { moneyMinor, NAME_CONTROL_MESSAGE, NAME_LETTER_MESSAGE, personName } from "@/lib/validation/fields";
import { clientDetailsSchema } from "@/lib/clients/schemas";
import { onlineBookingSchema } from "@/lib/online-booking/schemas";
import { refundCourseSchema } from "@/lib/courses/schemas";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("personName", () => {
  it.each(["O'Brien", "O’Brien", "Zoë", "Anne-Marie", "李", "José María", "Nguyễn", "Łukasz", "Ø", "محمد", "D'Arcy-Smith Jr."])("keeps %j as typed", (name) => {
    expect(personName.parse(name)).toBe(name);
  });

  it("trims around the name", () => {
    expect(personName.parse("  Anne-Marie \n")).toBe("Anne-Marie");
  });

  it.each([
    ["Ann\u0000e", "NUL"],
    ["Ann\te", "a tab"],
    ["Ann\ne", "a line break"],
    ["Ann\u007fe", "DEL"],
    ["Ann\u0085e", "a C1 control"],
    ["Ann\u2028e", "a line separator"],
    ["\u202eevil", "a right-to-left override"],
    ["Ann\u202ae", "a left-to-right embedding"],
    ["Ann\u202ce", "a pop directional formatting"],
    ["Ann\u2066e", "a left-to-right isolate"],
    ["Ann\u2069e", "a pop directional isolate"],
    ["Ann\u200ee", "a left-to-right mark"],
    ["Ann\u200fe", "a right-to-left mark"],
    ["Ann\u061ce", "an Arabic letter mark"],
  ])("refuses %j (%s)", (name) => {
    expect(firstMessage(personName.safeParse(name))).toBe(NAME_CONTROL_MESSAGE);
  });

  it.each(["123", "...", "-", "'", "😀", "\u0301", "1-2-3", "\u200b"])("refuses %j: no letter", (name) => {
    expect(firstMessage(personName.safeParse(name))).toBe(NAME_LETTER_MESSAGE);
  });

  it("still says Required for a blank name, and only that", () => {
    const result = personName.safeParse("   ");
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Required."]);
  });

  it("carries the rules into the client form and online booking", () => {
    const client = clientDetailsSchema.safeParse({ firstName: "Ann\u202e", lastName: "Lee", email: "ann@example.com", phone: "", notes: "" });
    expect(client.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["firstName", NAME_CONTROL_MESSAGE]]);
    const booking = onlineBookingSchema.safeParse({ firstName: "Zoë", lastName: "42" });
    expect(booking.error?.issues.find((i) => i.path[0] === "lastName")?.message).toBe(NAME_LETTER_MESSAGE);
    expect(booking.error?.issues.find((i) => i.path[0] === "firstName")).toBeUndefined();
  });
});

describe("staff, service and course names", () => {
  const staff = { name: "", role: "FRONT_DESK", color: "#0f766e", takesAppointments: true, active: true, email: "" };
  const service = { name: "", category: "1", durationMinutes: "30", price: "45", bookableOnline: true, active: true };
  const course = { name: "", kind: "COURSE", unit: "SESSIONS", lines: [{ serviceId: "1", quantity: "6" }], price: "300", validityMonths: "12", validityFrom: "PURCHASE", active: true };
  const nameError = (schema: typeof staffSchema | typeof serviceSchema | typeof courseTemplateSchema, values: object, name: string) =>
    schema.safeParse({ ...values, name }).error?.issues.find((i) => i.path[0] === "name")?.message;

  it.each([
    ["staff", staffSchema, staff, "Siobhán O'Neill"],
    ["service", serviceSchema, service, "6 × Laser underarm — Zoë’s"],
    ["course", courseTemplateSchema, course, "Pédicure 3 × 45′"],
  ] as const)("%s: keeps a real name", (_, schema, values, name) => {
    expect(nameError(schema, values, name)).toBeUndefined();
  });

  it.each([
    ["staff", staffSchema, staff],
    ["service", serviceSchema, service],
    ["course", courseTemplateSchema, course],
  ] as const)("%s: refuses control and direction characters, and names without a letter", (_, schema, values) => {
    expect(nameError(schema, values, "Gel\u202emanicure")).toBe(NAME_CONTROL_MESSAGE);
    expect(nameError(schema, values, "Gel\u0007")).toBe(NAME_CONTROL_MESSAGE);
    expect(nameError(schema, values, "2026")).toBe(NAME_LETTER_MESSAGE);
  });

  it("keeps each form's own message for a blank name", () => {
    expect(nameError(serviceSchema, service, " ")).toBe("Give the service a name.");
    expect(nameError(courseTemplateSchema, course, "")).toBe("Give the course a name.");
    expect(nameError(staffSchema, staff, "")).toBe("Required.");
  });
});

describe("money fields read by the one parser", () => {
  it("moneyMinor reads typed pounds and takes numbers as minor units", () => {
    expect(moneyMinor.parse("1,499.99")).toBe(149_999);
    expect(moneyMinor.parse(1250)).toBe(1250);
    expect(firstMessage(moneyMinor.safeParse("149,99"))).toBe("Use a point for pence: 149.99");
    expect(firstMessage(moneyMinor.safeParse(-1))).toBe("Enter an amount like 45.00.");
    expect(firstMessage(moneyMinor.safeParse(12.5))).toBe("Enter an amount like 45.00.");
    expect(firstMessage(moneyMinor.safeParse(null))).toBe("Enter an amount like 45.00.");
  });

  it("the service price: 149,99 is refused, not £14,999", () => {
    const priceError = (price: string) => serviceSchema.safeParse({ name: "Cut", category: "1", durationMinutes: "30", price, bookableOnline: true, active: true });
    expect(priceError("149,99").error?.issues.map((i) => i.message)).toEqual(["Use a point for pence: 149.99"]);
    expect(priceError("1,499.99").data?.priceMinor).toBe(149_999);
    expect(priceError("").error?.issues[0]?.message).toBe("Enter a price, e.g. 45.00 (0 for a free service).");
    expect(priceError("-5").error?.issues.map((i) => i.message)).toEqual(["The price can't be negative."]);
    expect(priceError("100,000.01").error?.issues[0]?.message).toBe("The price can be at most £100,000.00.");
  });

  it("the course price", () => {
    const parse = (price: string) => courseTemplateSchema.safeParse({ name: "6 × Cut", kind: "COURSE", unit: "SESSIONS", lines: [{ serviceId: "1", quantity: "6" }], price, validityMonths: "", active: true });
    expect(parse("£1,200").data?.priceMinor).toBe(120_000);
    expect(parse("1200,50").error?.issues[0]?.message).toBe("Use a point for pence: 1200.50");
    expect(parse("12.345").error?.issues[0]?.message).toBe("Use at most 2 decimal places (pence), like 45.99.");
  });

  it("the refund amount: 1,50 is refused, not £150", () => {
    const parse = (amount: string) => refundCourseSchema.safeParse({ clientCourseId: 1, amount, paymentMethod: "CARD", reason: "Moving away" });
    expect(parse("1,50").error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["amount", "Use a point for pence: 1.50"]]);
    expect(parse("150").data?.amount).toBe(15_000);
    expect(parse("").error?.issues[0]?.message).toBe("Enter an amount, e.g. 45.00.");
  });

  it("the refund's extra reason: blank is left out, a word or more is kept trimmed", () => {
    const parse = (aboveUnusedReason: unknown) => refundCourseSchema.safeParse({ clientCourseId: 1, amount: "10", paymentMethod: "CARD", reason: "Moving", aboveUnusedReason });
    expect(parse("  ").data?.aboveUnusedReason).toBeUndefined();
    expect(parse(undefined).data?.aboveUnusedReason).toBeUndefined();
    expect(parse(" Reaction to the laser ").data?.aboveUnusedReason).toBe("Reaction to the laser");
    expect(parse("no").error?.issues[0]?.message).toBe("Say why you are refunding more (at least 3 characters).");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { inTransaction } from "@/lib/db";
import { saveSalonSettings } from "@/lib/settings/save-settings";
import { salonSettingsSchema, type SalonSettingsFormValues } from "@/lib/settings/settings-input";
import { getOpeningHours, getSettings } from "@/lib/settings/salon-settings";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

type Day = SalonSettingsFormValues["hours"][number];
const open = (opens: number, closes: number): Day => ({ open: true, opensAtMin: String(opens), closesAtMin: String(closes) });
const closed: Day = { open: false, opensAtMin: "", closesAtMin: "" };

/** Sunday closed, Monday–Friday 09:00–18:00, Saturday 09:00–13:00; as the form sends it. */
const form = (overrides: Partial<SalonSettingsFormValues> = {}): SalonSettingsFormValues => ({
  name: "Willow & Rose",
  lateCancelHours: "48",
  lateCancelPolicy: "FORFEIT",
  noShowPolicy: "RETURN",
  bookingHorizonDays: "90",
  hours: [closed, open(540, 1080), open(540, 1080), open(540, 1080), open(540, 1080), open(540, 1080), open(540, 780)],
  ...overrides,
});
const withDay = (weekday: number, day: Day) => form().hours.map((d, i) => (i === weekday ? day : d));
const errorsOf = (values: SalonSettingsFormValues) => {
  const result = salonSettingsSchema.safeParse(values);
  expect(result.success).toBe(false);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
};

describe("opening hours validation", () => {
  it("refuses a day that closes before (or when) it opens", () => {
    expect(errorsOf(form({ hours: withDay(2, open(600, 540)) }))).toEqual({ "hours.2.closesAtMin": "Closing time must be after opening time." });
    expect(errorsOf(form({ hours: withDay(3, open(600, 600)) }))).toEqual({ "hours.3.closesAtMin": "Closing time must be after opening time." });
  });

  it("refuses times off the 15-minute grid, and an open day without times", () => {
    expect(errorsOf(form({ hours: withDay(1, open(545, 1080)) }))).toMatchObject({ "hours.1.opensAtMin": "Times go in 15-minute steps." });
    expect(errorsOf(form({ hours: withDay(1, { open: true, opensAtMin: "", closesAtMin: "1080" }) }))).toMatchObject({ "hours.1.opensAtMin": "Choose when it opens." });
    expect(errorsOf(form({ hours: form().hours.slice(0, 6) }))).toMatchObject({ hours: "Give the hours of all seven days." });
  });

  it("ignores the times of a closed day, and allows closing at midnight", () => {
    const parsed = salonSettingsSchema.parse(form({ hours: withDay(0, { open: false, opensAtMin: "600", closesAtMin: "540" }) }));
    expect(parsed.hours[0]).toBeNull();
    expect(salonSettingsSchema.parse(form({ hours: withDay(5, open(1200, 1440)) })).hours[5]).toEqual({ opensAtMin: 1200, closesAtMin: 1440 });
  });

  it("checks the window and the horizon", () => {
    expect(errorsOf(form({ bookingHorizonDays: "0" }))).toMatchObject({ bookingHorizonDays: "Enter whole days from 1 to 365." });
    expect(errorsOf(form({ bookingHorizonDays: "366" }))).toMatchObject({ bookingHorizonDays: "Enter whole days from 1 to 365." });
    expect(errorsOf(form({ lateCancelHours: "-1" }))).toMatchObject({ lateCancelHours: "Enter whole hours from 0 to 168." });
    expect(errorsOf(form({ lateCancelHours: "2.5" }))).toMatchObject({ lateCancelHours: "Enter whole hours from 0 to 168." });
    expect(errorsOf(form({ lateCancelPolicy: "MAYBE" as "RETURN" }))).toHaveProperty("lateCancelPolicy");
  });
});

describe("saving the settings", () => {
  it("writes the settings and all seven days together, and names booked appointments left outside the hours", async () => {
    // Saturday 6 June 2026, 15:00: inside today's 08:00–20:00, outside the new 09:00–13:00.
    await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, serviceId: s.facial.id, startsAt: at("2026-06-06", "15:00") }, s.ctx), db);
    await inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, serviceId: s.facial.id, startsAt: at("2026-06-06", "10:00") }, s.ctx), db);

    const saved = await inTransaction((tx) => saveSalonSettings(tx, salonSettingsSchema.parse(form()), NOW), db);
    expect(saved.outsideHours).toEqual({ count: 1, examples: ["Sat 6 Jun 2026 15:00, Jane Doe"] });

    expect(await getSettings(db)).toMatchObject({ name: "Willow & Rose", lateCancelHours: 48, lateCancelPolicy: "FORFEIT", noShowPolicy: "RETURN", bookingHorizonDays: 90, currency: "GBP", timezone: "Europe/London" });
    const hours = await getOpeningHours(db);
    expect(hours[0]).toBeNull();
    expect(hours[1]).toEqual({ opensAtMin: 540, closesAtMin: 1080 });
    expect(hours[6]).toEqual({ opensAtMin: 540, closesAtMin: 780 });

    // The booking rules read the new hours at once.
    await expect(
      inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, serviceId: s.facial.id, startsAt: at("2026-06-06", "13:00") }, s.ctx), db),
    ).rejects.toMatchObject({ code: "OUTSIDE_HOURS" });
    await expect(inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, serviceId: s.facial.id, startsAt: at("2026-06-07", "10:00") }, s.ctx), db)).rejects.toMatchObject({
      message: "The salon is closed on that day.",
    });
  });
});

describe("the reminder email setting", () => {
  it("takes whole hours from 0 (no reminders) to 168, and refuses anything else beside the field", () => {
    expect(salonSettingsSchema.parse(form({ reminderHours: "0" })).reminderHours).toBe(0);
    expect(salonSettingsSchema.parse(form({ reminderHours: " 48 " })).reminderHours).toBe(48);
    expect(salonSettingsSchema.parse(form({ reminderHours: "168" })).reminderHours).toBe(168);
    const message = "Enter whole hours from 0 to 168 (0 sends no reminders).";
    for (const bad of ["", "  ", "169", "-1", "2.5", "a day"]) expect(errorsOf(form({ reminderHours: bad }))).toEqual({ reminderHours: message });
  });

  it("saves it, and an older form without it keeps what was saved", async () => {
    expect((await getSettings(db)).reminderHours).toBe(24);
    await inTransaction((tx) => saveSalonSettings(tx, salonSettingsSchema.parse(form({ reminderHours: "6" })), NOW), db);
    expect((await getSettings(db)).reminderHours).toBe(6);
    await inTransaction((tx) => saveSalonSettings(tx, salonSettingsSchema.parse(form()), NOW), db);
    expect((await getSettings(db)).reminderHours).toBe(6);
    await inTransaction((tx) => saveSalonSettings(tx, salonSettingsSchema.parse(form({ reminderHours: "24" })), NOW), db);
    expect((await getSettings(db)).reminderHours).toBe(24);
  });
});

import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addClientInDrawer, chooseService, clientWithCourse, drawer, freeSlot, futureDay, grid, openDay, type Client, type Slot } from "./front-desk-kit";

// The drawer obeys who does what, when and where (issue 13, demo salon): laser only by Grace
// Bennett and Priya Shah, in the one Laser room; Men's cut only by Jack Morgan, who lunches
// 13:00–14:00; a booking's length set in 15-minute steps. Each test makes its own client on a day
// of its own, far enough ahead that the seed's appointments are not there.

test.describe.configure({ timeout: 90_000 });

const LASER = "Laser bikini line"; // 30 minutes, needs the Laser room
const MENS_CUT = "Men's cut"; // 30 minutes, Jack Morgan's

/** The first open day from the `ahead`-th on that falls on one of `weekdays` (1 = Monday). */
function dayOn(ahead: number, weekdays: number[]): string {
  for (let n = ahead; ; n++) {
    const date = futureDay(n);
    if (weekdays.includes(new Date(`${date}T12:00:00Z`).getUTCDay())) return date;
  }
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** The free slots' names on the grid, without ", outside hours". */
async function freeNames(page: Page): Promise<Set<string>> {
  await expect(grid(page)).not.toHaveAttribute("aria-busy", "true");
  const names = await grid(page)
    .getByRole("button", { name: /^Book .+ at \d\d:\d\d(, outside hours)?$/ })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
  return new Set(names.map((n) => n.replace(/, outside hours$/, "")));
}

/**
 * A start between `from` and `before` where every one of `staff` has `minutes` free (in their hours
 * or not, as `outside` says), picked at random: a rerun on the same database finds another time.
 */
async function freeTogether(page: Page, staff: string[], minutes: number, from: number, before: number): Promise<number | null> {
  const free = await freeNames(page);
  const fits: number[] = [];
  for (let t = from; t < before; t += 15) {
    let ok = true;
    for (const name of staff) for (let m = t; m < t + minutes; m += 15) if (!free.has(`Book ${name} at ${hhmm(m)}`)) ok = false;
    if (ok) fits.push(t);
  }
  return fits.length > 0 ? fits[Math.floor(Math.random() * fits.length)] : null;
}

/** Opens the first of the days from `ahead` on (on `weekdays`) where `staff` are free together. */
async function dayWithTime(page: Page, ahead: number, weekdays: number[], staff: string[], minutes: number, from: number, before: number): Promise<number> {
  for (let n = ahead; n < ahead + 40; n++) {
    const date = dayOn(n, weekdays);
    if (date !== dayOn(n - 1, weekdays) || n === ahead) {
      await openDay(page, date);
      const t = await freeTogether(page, staff, minutes, from, before);
      if (t !== null) return t;
    }
  }
  throw new Error(`no day with ${staff.join(" and ")} free together`);
}

/** A free slot by its time; one outside the stylist's hours is named so ("…, outside hours"). */
function slotAt(page: Page, staff: string, time: string): Slot {
  const name = `Book ${staff} at ${time}`;
  const [h, m] = time.split(":").map(Number);
  return { staff, time, minute: h * 60 + m, name, button: grid(page).getByRole("button", { name: new RegExp(`^${name}(, outside hours)?$`) }) };
}

/** "Desk Smithson, Men's cut, 13:15" (and its room, if any, after). */
function block(page: Page, client: Client, service: string, time: string): Locator {
  return grid(page).getByRole("button", { name: new RegExp(`^${client.name}, ${service.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, ${time}(,|$)`) });
}

/** axe (WCAG 2.1 A/AA) finds nothing serious in the drawer as it is. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const result = await new AxeBuilder({ page }).include("dialog[open]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad, `axe on ${where}`).toEqual([]);
}

/** The same screen at the desk's two sizes. */
async function shots(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENS_DIR ?? "test-results/screens";
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${dir}/drawer-rules-${name}-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("laser on a stylist who does not do it is refused, naming who does; the room comes with it", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  // A Monday or Friday: Jack, Grace and Priya all work. Grace and Priya free then: the Laser room is too.
  const t = await dayWithTime(page, 41, [1, 5], ["Jack Morgan", "Grace Bennett", "Priya Shah"], 30, 10 * 60, 12 * 60);
  const slot = slotAt(page, "Jack Morgan", hhmm(t));
  const client = await addClientInDrawer(page, slot);
  const lhd = drawer(page);
  await chooseService(lhd, LASER);
  // Said before saving, under Staff…
  await expect(lhd.getByLabel("Staff")).toHaveAccessibleDescription(`Jack Morgan does not do ${LASER}: Priya Shah or Grace Bennett do.`);
  // …and the Room select of the kind it needs.
  const room = lhd.getByLabel("Room");
  await expect(room).toHaveValue("");
  await expect(room.locator("option")).toHaveText(["Any free laser room", "Laser room"]);
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd.getByRole("alert")).toHaveText(`Jack Morgan does not do ${LASER}. Choose someone who does: Priya Shah or Grace Bennett.`);
  await expect(lhd).toBeVisible();
  await expect(block(page, client, LASER, slot.time)).toHaveCount(0);
  await expectAccessible(page, "a refusal");
  await shots(page, "not-their-service");

  // Grace does it: booked, in the Laser room.
  await lhd.getByLabel("Staff").selectOption({ label: "Grace Bennett" });
  await expect(lhd.getByLabel("Staff")).not.toHaveAccessibleDescription(/does not do/);
  await room.selectOption({ label: "Laser room" });
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd).toBeHidden();
  const booked = block(page, client, LASER, slot.time);
  await expect(booked).toHaveAccessibleName(new RegExp(`, Laser room$`));
  await booked.click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByText("Room: Laser room")).toBeVisible();
  await expect(edit.getByLabel("Room")).toHaveValue(/\d+/);
  await expectAccessible(page, "the room select");
  await shots(page, "room-select");
});

test("booking in Jack's lunch asks first; Book anyway books it and the appointment says so", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  // Jack works Monday, Wednesday to Saturday; his lunch and the quarter after it free.
  await dayWithTime(page, 43, [3, 4], ["Jack Morgan"], 60, 13 * 60 + 15, 13 * 60 + 30);
  const lunch = slotAt(page, "Jack Morgan", "13:15");
  await expect(lunch.button).toHaveAccessibleName("Book Jack Morgan at 13:15, outside hours");
  const client = await addClientInDrawer(page, lunch);
  const lhd = drawer(page);
  await chooseService(lhd, MENS_CUT);
  await lhd.getByRole("button", { name: "Save" }).click();
  const warning = lhd.getByRole("alert");
  await expect(warning).toContainText("13:15–13:45 is outside Jack Morgan's hours on");
  await expect(warning).toContainText("13:00");
  await expectAccessible(page, "the Book anyway question");
  await shots(page, "book-anyway");

  // "Change time" puts the desk back on the time, nothing booked.
  await warning.getByRole("button", { name: "Change time" }).click();
  await expect(warning).toBeHidden();
  await expect(lhd.getByLabel("Start time")).toBeFocused();
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(warning).toBeVisible();
  await warning.getByRole("button", { name: "Book anyway" }).click();
  await expect(lhd).toBeHidden();

  const booked = block(page, client, MENS_CUT, "13:15");
  await expect(booked).toBeVisible();
  await expect(booked).toHaveAccessibleDescription(/Booked anyway/);
  await booked.click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByText(/^Booked anyway: 13:15–13:45 is outside Jack Morgan's hours on /)).toBeVisible();

  // A longer booking is a new question, answered "Save anyway" in an open appointment.
  await edit.getByLabel("Length").selectOption({ label: "1 h" });
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByRole("alert")).toContainText("13:15–14:15 is outside Jack Morgan's hours on");
  await edit.getByRole("button", { name: "Save anyway" }).click();
  await expect(edit).toBeHidden();
  await block(page, client, MENS_CUT, "13:15").click();
  await expect(drawer(page, "Appointment").getByText(/^Booked anyway: 13:15–14:15 is outside/)).toBeVisible();
});

test("the Laser room is never held twice: a clash is refused with the next free times", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  // Grace and Priya both work on Monday, Tuesday, Friday and Saturday; both free from t for 45 minutes
  // (so nobody else holds the Laser room then: only they do laser).
  const t = await dayWithTime(page, 45, [1, 2], ["Grace Bennett", "Priya Shah"], 45, 10 * 60, 12 * 60);
  const first = await addClientInDrawer(page, slotAt(page, "Grace Bennett", hhmm(t)));
  const lhd = drawer(page);
  await chooseService(lhd, LASER);
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd).toBeHidden();
  await expect(block(page, first, LASER, hhmm(t))).toHaveAccessibleName(/, Laser room$/);

  const clash = `${hhmm(t + 15)}–${hhmm(t + 45)}`;
  const second = await addClientInDrawer(page, slotAt(page, "Priya Shah", hhmm(t + 15)));
  await chooseService(lhd, LASER);
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd.getByRole("alert")).toHaveText(new RegExp(`^No laser room is free ${clash}\\. Next free that day: \\d\\d:\\d\\d`));
  await expect(lhd.getByLabel("Room")).toHaveAccessibleDescription(/No laser room is free/);
  await shots(page, "room-clash");
  await expect(block(page, second, LASER, hhmm(t + 15))).toHaveCount(0);

  // Choosing the room by name says whose time it is too.
  await lhd.getByLabel("Room").selectOption({ label: "Laser room" });
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd.getByRole("alert")).toHaveText(`Laser room is taken ${clash}.`);
});

test("a length of 45 minutes for a 30-minute service books 45 minutes", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await openDay(page, dayOn(47, [4, 5]));
  const slot = await freeSlot(page, { staff: "Jack Morgan", from: 10 * 60, before: 12 * 60, minutes: 45 });
  const client = await addClientInDrawer(page, slot);
  const lhd = drawer(page);
  const length = lhd.getByLabel("Length");
  await expect(length).toBeDisabled();
  await chooseService(lhd, MENS_CUT);
  await expect(length).toHaveValue("30");
  await length.selectOption({ label: "45 min" });
  await expect(length).toHaveAccessibleDescription("Usual: 30 min");
  const end = slot.minute + 45;
  const ends = `${String(Math.floor(end / 60)).padStart(2, "0")}:${String(end % 60).padStart(2, "0")}`;
  await expect(lhd.getByLabel("Start time")).toHaveAccessibleDescription(`Ends ${ends}`);
  // Another service keeps a length set by hand.
  await chooseService(lhd, "Blow-dry");
  await expect(length).toHaveValue("45");
  await chooseService(lhd, MENS_CUT);
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd).toBeHidden();

  const booked = block(page, client, MENS_CUT, slot.time);
  await expect(booked).toContainText(`${slot.time}–${ends}`);
  await expect(booked).toHaveAccessibleDescription(new RegExp(`${slot.time} to ${ends}`));
  await booked.click();
  await expect(drawer(page, "Appointment").getByLabel("Length")).toHaveValue("45");
});

test("a minutes course: the bar follows the length chosen", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  // Daniel (massage) works Monday to Thursday and Saturday.
  const date = dayOn(49, [2, 3]);
  const client = await clientWithCourse(page, date, "300 minutes of Sports massage");
  await openDay(page, date);
  const slot = await freeSlot(page, { staff: "Daniel Price", from: 10 * 60, before: 12 * 60, minutes: 60 });
  await slot.button.click();
  const lhd = drawer(page);
  await lhd.getByRole("combobox", { name: "Client", exact: true }).fill(client.last);
  await lhd.getByRole("option", { name: new RegExp(client.name) }).click();
  await lhd.getByRole("button", { name: "Use Sports massage minutes" }).click();
  await expect(lhd.getByLabel("Length")).toHaveValue("60");
  await expect(lhd.getByText("240 of 300 minutes left")).toBeVisible();
  await lhd.getByLabel("Length").selectOption({ label: "45 min" });
  await expect(lhd.getByText("255 of 300 minutes left")).toBeVisible();
  await expect(lhd.getByLabel("Length")).toHaveAccessibleDescription("Uses 45 of the 300 minutes left.");
  await shots(page, "minutes-length");
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd).toBeHidden();
  await block(page, client, "Sports massage", slot.time).click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByText("Course: 300 minutes of Sports massage, 45 minutes")).toBeVisible();
  await expect(edit.getByText("255 of 300 minutes left")).toBeVisible();
});

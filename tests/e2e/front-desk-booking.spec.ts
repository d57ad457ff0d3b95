import { expect, test } from "./fixtures";
import {
  addClientInDrawer,
  appointment,
  book,
  chooseClient,
  circle,
  circles,
  clientWithCourse,
  drawer,
  freeSlot,
  futureDay,
  futureDayFor,
  staffWhoDo,
  grid,
  openDay,
  shot,
} from "./front-desk-kit";

// Booking from a course at the desk: a green circle becomes orange, a single converts in place, a
// cancellation gives the circle back. Each test makes its own client and sells its own course.

const COURSE = "6 × Laser underarm";
const SERVICE = "Laser underarm";

// Each test makes its own client and sells its own course through the UI: that takes a while.
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: process.env.DESK_VIEWPORT === "small" ? { width: 1024, height: 768 } : { width: 1440, height: 900 } });

test("a client with no valid course sees a short note and no circles", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await openDay(page, futureDay(8));
  await addClientInDrawer(page, await freeSlot(page));
  const lhd = drawer(page);
  await expect(lhd.getByText("No valid courses or packages for this client.")).toBeVisible();
  await expect(lhd.getByRole("button", { name: / session \d+ of \d+, / })).toHaveCount(0);
  await expect(lhd.getByRole("link", { name: "Open client card" })).toHaveAttribute("href", /^\/clients\/\d+$/);
  await shot(page, "drawer-no-courses");
});

test("booking from a green circle turns it orange", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const date = futureDayFor(SERVICE, 9);
  const client = await clientWithCourse(page, date, COURSE);
  await openDay(page, date);

  // The first column of someone who does the service: the open drawer would cover it.
  const columns = (await grid(page).getByRole("heading", { level: 2 }).allTextContents()).map((name) => name.trim());
  const firstStaff = columns.find((name) => staffWhoDo(SERVICE).includes(name))!;
  const slot = await freeSlot(page, { staff: firstStaff });
  await slot.button.click();
  const lhd = drawer(page);
  await chooseClient(lhd, client);
  const row = circles(lhd, SERVICE);
  await expect(row).toHaveCount(6);
  for (const c of await row.all()) await expect(c).toHaveAttribute("data-state", "free");
  await shot(page, "drawer-new-with-circles");

  const first = circle(lhd, SERVICE, 1, 6, "free");
  await first.click();
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await expect(lhd.getByText(`From course: ${COURSE}`)).toBeVisible();
  // The slot being booked stays in sight: the grid slides out from under the drawer.
  const marker = grid(page).getByText(`New · ${slot.time}`);
  await expect(marker).toBeInViewport();
  const drawerBox = (await lhd.boundingBox())!;
  await expect.poll(async () => (await marker.boundingBox())!.x).toBeGreaterThanOrEqual(drawerBox.x + drawerBox.width);
  await shot(page, "drawer-circle-selected");

  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `Booked ${client.name} at ${slot.time}, from ${COURSE}.` })).toBeVisible();
  const booked = appointment(page, client, SERVICE, slot.time);
  await expect(booked).toBeVisible();

  await booked.click();
  const edit = drawer(page, "Appointment");
  await expect(edit).toBeVisible();
  await expect(edit.getByText(`Course: ${COURSE}, session 1 of 6`)).toBeVisible();
  await expect(circle(edit, SERVICE, 1, 6, "booked")).toHaveAttribute("data-state", "booked");
  await expect(circle(edit, SERVICE, 1, 6, "booked")).toHaveAttribute("data-current", "true");
  await expect(circles(edit, SERVICE).and(edit.locator('[data-state="free"]'))).toHaveCount(5);
  await expect(edit.getByRole("link", { name: "Open client card" })).toHaveAttribute("href", `/clients/${client.id}`);
  await shot(page, "drawer-edit-course-appointment");
});

test("converting a single appointment keeps it in place and turns a circle orange", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const date = futureDay(10);
  const client = await clientWithCourse(page, date, COURSE);
  await openDay(page, date);
  const slot = await book(page, client, { service: SERVICE });

  const block = appointment(page, client, SERVICE, slot.time);
  // Where it sits in the grid (column, minutes, box within its column), not on screen:
  // closing the drawer may scroll the grid to give focus back to the block.
  const place = () =>
    block.evaluate((el: HTMLElement) => ({
      col: el.dataset.col,
      start: el.dataset.start,
      end: el.dataset.end,
      box: [el.offsetLeft, el.offsetTop, el.offsetWidth, el.offsetHeight],
    }));
  const before = await place();
  await block.click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByText(/^Course:/)).toHaveCount(0);
  await circle(edit, SERVICE, 1, 6, "free").click();
  await expect(edit.getByText(`From course: ${COURSE}`)).toBeVisible();
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `Booked from ${COURSE}: it will be redeemed at checkout.` })).toBeVisible();

  // Same staff column, same time, same size: converting never moves it.
  await expect(block).toBeVisible();
  await expect.poll(place).toEqual(before);

  await block.click();
  await expect(edit.getByText(`Course: ${COURSE}, session 1 of 6`)).toBeVisible();
  await expect(circle(edit, SERVICE, 1, 6, "booked")).toHaveAttribute("data-state", "booked");
  await expect(edit.getByLabel("Start time")).toHaveValue(String(slot.minute));
});

test("cancelling a course appointment gives the circle back", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const date = futureDay(11);
  const client = await clientWithCourse(page, date, COURSE);
  await openDay(page, date);
  const slot = await book(page, client, { service: SERVICE, circle: { n: 1, of: 6 } });

  await appointment(page, client, SERVICE, slot.time).click();
  const edit = drawer(page, "Appointment");
  await expect(circle(edit, SERVICE, 1, 6, "booked")).toBeVisible();
  await edit.getByRole("button", { name: "Cancel appointment" }).click();
  const confirm = edit.getByRole("group", { name: "Cancel this appointment?" });
  await expect(confirm).toContainText("The session goes back to the client's course.");
  await shot(page, "drawer-cancel-confirm");
  await confirm.getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Appointment cancelled. The session went back to the course." })).toBeVisible();
  await expect(appointment(page, client, SERVICE, slot.time)).toBeHidden();

  const next = await freeSlot(page);
  await next.button.click();
  const lhd = drawer(page);
  await chooseClient(lhd, client);
  await expect(circles(lhd, SERVICE)).toHaveCount(6);
  for (const c of await circles(lhd, SERVICE).all()) await expect(c).toHaveAttribute("data-state", "free");
});

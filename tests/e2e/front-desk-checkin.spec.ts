import { expect, test } from "./fixtures";
import {
  appointment,
  book,
  checkInConfirmingEarly,
  circle,
  circles,
  clientWithCourse,
  drawer,
  futureDay,
  openDay,
  salonOpenToday,
  shot,
  today,
} from "./front-desk-kit";

// The check-in prompt: a single appointment for a client who holds a course with a free session for
// that service asks "Redeem service from course?", and both answers check the client in.

const COURSE = "6 × Laser underarm";
const SERVICE = "Laser underarm";

// Each test makes its own client and sells its own course through the UI: that takes a while.
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: process.env.DESK_VIEWPORT === "small" ? { width: 1024, height: 768 } : { width: 1440, height: 900 } });

/** Check-ins happen on the day; on a Sunday (closed) the next open day stands in. */
const visitDay = () => (salonOpenToday() ? today() : futureDay(1));

async function singleBookedFor(page: Parameters<typeof openDay>[0]) {
  const date = visitDay();
  const client = await clientWithCourse(page, date, COURSE);
  await openDay(page, date);
  const slot = await book(page, client, { service: SERVICE });
  await appointment(page, client, SERVICE, slot.time).click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByRole("region", { name: "Client" }).getByText("Booked", { exact: true })).toBeVisible();
  // The client is here: a check-in well before the start is confirmed ("Check in early?") first.
  await checkInConfirmingEarly(page, edit);
  const prompt = page.getByRole("dialog", { name: "Redeem service from course?" });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText(`${client.name} has ${COURSE}`);
  await expect(prompt).toContainText(`with a free session for ${SERVICE}`);
  return { client, slot, edit, prompt };
}

test("check-in prompt: redeem from course converts the appointment and checks in", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const { edit, prompt } = await singleBookedFor(page);
  await expect(prompt.getByRole("button", { name: "Redeem from course" })).toBeFocused();
  await shot(page, "check-in-prompt");

  await prompt.getByRole("button", { name: "Redeem from course" }).click();
  await expect(prompt).toBeHidden();
  await expect(edit.getByRole("status").filter({ hasText: `Checked in. ${SERVICE} is now booked from ${COURSE}` })).toBeVisible();
  await expect(edit.getByRole("region", { name: "Client" }).getByText("Checked in", { exact: true })).toBeVisible();
  await expect(edit.getByText(`Course: ${COURSE}, session 1 of 6`)).toBeVisible();
  await expect(circle(edit, SERVICE, 1, 6, "booked")).toHaveAttribute("data-state", "booked");
  await expect(edit.getByRole("button", { name: "Check in" })).toHaveCount(0);
  await shot(page, "drawer-checked-in");
});

test("check-in prompt: check in as single leaves the course untouched", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const { client, slot, edit, prompt } = await singleBookedFor(page);

  await prompt.getByRole("button", { name: "Check in as single" }).click();
  await expect(prompt).toBeHidden();
  await expect(edit.getByRole("status").filter({ hasText: "Checked in as a single (paid) service." })).toBeVisible();
  await expect(edit.getByRole("region", { name: "Client" }).getByText("Checked in", { exact: true })).toBeVisible();
  await expect(edit.getByText(/^Course:/)).toHaveCount(0);
  await expect(circles(edit, SERVICE)).toHaveCount(6);
  for (const c of await circles(edit, SERVICE).all()) await expect(c).toHaveAttribute("data-state", "free");

  // Closing the prompt with Esc instead would have changed nothing: the board shows it checked in.
  await page.keyboard.press("Escape");
  await expect(edit).toBeHidden();
  await expect(appointment(page, client, SERVICE, slot.time)).toBeVisible();
});

test("check-in prompt: Esc backs out and nothing changes", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const { edit, prompt } = await singleBookedFor(page);
  await page.keyboard.press("Escape");
  await expect(prompt).toBeHidden();
  await expect(edit).toBeVisible();
  await expect(edit.getByRole("button", { name: "Check in" })).toBeFocused();
  await expect(edit.getByRole("region", { name: "Client" }).getByText("Booked", { exact: true })).toBeVisible();
});

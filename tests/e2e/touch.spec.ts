import type { CDPSession, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { appointment, boardReady, bookNewClient, drawer, futureDayFor, grid, openDay, shot } from "./front-desk-kit";

// The calendar on the desk's tablet: a swipe that starts on an appointment scrolls the day; only a
// press-and-hold picks it up to move it. Touches are sent as the touchscreen sends them (CDP).
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false });

const SERVICE = "Back massage";

async function centre(block: Locator) {
  const box = (await block.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function touch(cdp: CDPSession, type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) {
  await cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
}

/** Moves a finger from (x, y) by dy in small steps, `stepMs` apart, as a real one does. */
async function slide(cdp: CDPSession, page: Page, x: number, y: number, dy: number, stepMs = 16) {
  for (let i = 1; i <= 10; i++) {
    await touch(cdp, "touchMove", x, y + (dy * i) / 10);
    if (stepMs) await page.waitForTimeout(stepMs);
  }
}

test("a swipe on an appointment scrolls the day; a press-and-hold moves it", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await openDay(page, futureDayFor(SERVICE, 20));
  const { client, slot } = await bookNewClient(page, SERVICE, { minutes: 60, from: 11 * 60, before: 15 * 60 });
  const block = appointment(page, client, SERVICE, slot.time);
  // In the middle of the day's view: at its bottom edge the finger could land on the toast instead.
  await block.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const cdp = await page.context().newCDPSession(page);
  expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);

  // A quick swipe up from the appointment: the day scrolls, the appointment stays where it was.
  const scrollTop = () => grid(page).evaluate((el) => el.scrollTop);
  // The day has settled after the booking (a busy page or test runner could stretch the swipe past
  // the press-and-hold time), and the swipe is sent as fast as the browser takes it.
  await page.waitForLoadState("networkidle");
  const before = await scrollTop();
  let at = await centre(block);
  await touch(cdp, "touchStart", at.x, at.y);
  await slide(cdp, page, at.x, at.y, -120, 0);
  await touch(cdp, "touchEnd", at.x, at.y - 120);
  await expect.poll(scrollTop).toBeGreaterThan(before + 40);
  await expect(block).toHaveAttribute("data-start", String(slot.minute));
  await expect(drawer(page, "Appointment")).toBeHidden();

  // A free time is a finger's target: a quarter-hour row is 44 px tall on a touch screen.
  const freeTime = grid(page).getByRole("button", { name: /^Book .+ at \d\d:\d\d$/ }).first();
  expect((await freeTime.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  const row = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--row")));
  expect(row).toBe(44);

  // Held still, then moved down two rows: it moves 30 minutes, with Undo. In the middle of the day's
  // view, away from the edges where a held appointment scrolls the day, once the swipe's fling has
  // stopped (Chrome hands a touch that lands on a still-flinging day to the scroll, as a tablet does).
  await expect.poll(async () => {
    const top = await scrollTop();
    await page.waitForTimeout(150);
    return (await scrollTop()) === top;
  }).toBe(true);
  await block.evaluate((el) => el.scrollIntoView({ block: "center" }));
  at = await centre(block);
  await touch(cdp, "touchStart", at.x, at.y);
  await page.waitForTimeout(700);
  await slide(cdp, page, at.x, at.y, 2 * row);
  await shot(page, "touch-drag");
  await touch(cdp, "touchEnd", at.x, at.y + 2 * row);
  const later = `${String(Math.floor((slot.minute + 30) / 60)).padStart(2, "0")}:${String((slot.minute + 30) % 60).padStart(2, "0")}`;
  await expect(page.getByRole("status").filter({ hasText: `${client.name} moved to ${later}` })).toBeVisible();
  await expect(appointment(page, client, SERVICE, later)).toBeVisible();
});

test("at 1024×768 six stylist columns fit beside the times, the legend opens on demand", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  // Everyone's column (a demo day has one or two stylists off, and only their bookings would show them).
  await page.goto(`/calendar?date=${futureDayFor(SERVICE, 20)}&staff=all`);
  await boardReady(page);
  const fullyShown = await grid(page).evaluate((scroller) => {
    const right = scroller.getBoundingClientRect().left + scroller.clientWidth;
    return Array.from(scroller.querySelectorAll("[data-staff-col]")).filter((c) => c.getBoundingClientRect().right <= right + 1).length;
  });
  expect(fullyShown).toBeGreaterThanOrEqual(6);
  const legend = page.getByRole("list", { name: "Legend" });
  await expect(legend).toBeHidden();
  await page.getByText(/^Legend/).click();
  await expect(legend.getByRole("listitem").filter({ hasText: "Checked in" })).toBeVisible();
  await shot(page, "tablet-legend-open");

  // Esc folds the legend away again; on an iPad held upright the day still reads.
  await page.keyboard.press("Escape");
  await expect(legend).toBeHidden();
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(grid(page).getByRole("heading", { level: 2 }).first()).toBeInViewport();
  await shot(page, "tablet-portrait");
});

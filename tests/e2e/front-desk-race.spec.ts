import { expect, test } from "./fixtures";
import { appointment, chooseClient, circle, clientWithCourse, drawer, freeSlot, futureDayFor, grid, openDay, shot } from "./front-desk-kit";

// Two desks click the last green circle at the same moment: exactly one booking wins, the other desk
// is told, its drawer refreshes (the circle is orange now) and nothing is half-written.

// The pamper package holds a single Express facial: its one circle is the last one from the start.
const PACKAGE = "Pamper package: 2 × Gel manicure + 2 × Gel pedicure + Express facial";
const SERVICE = "Express facial";

// Each test makes its own client and sells its own course through the UI: that takes a while.
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: process.env.DESK_VIEWPORT === "small" ? { width: 1024, height: 768 } : { width: 1440, height: 900 } });

test("two desks race for the last green circle: one wins, the other is told", async ({ browser, page, loginAs }, testInfo) => {
  await loginAs(page, "frontdesk");
  // A day both who do it work: the two desks book it with different stylists.
  const date = futureDayFor(SERVICE, 12, { all: true });
  const client = await clientWithCourse(page, date, PACKAGE);

  const { baseURL, timezoneId, locale, viewport } = testInfo.project.use;
  const other = await browser.newContext({ baseURL, timezoneId, locale, viewport: viewport ?? undefined });
  const page2 = await other.newPage();
  await loginAs(page2, "frontdesk");

  // Both desks open the drawer on different free slots, choose the client and the same last circle.
  await openDay(page, date);
  const slot1 = await freeSlot(page, { minutes: 30, service: SERVICE });
  await openDay(page2, date);
  const slot2 = await freeSlot(page2, { minutes: 30, notStaff: slot1.staff, service: SERVICE });
  const desks = [
    { page, slot: slot1 },
    { page: page2, slot: slot2 },
  ];
  for (const desk of desks) {
    await desk.slot.button.click();
    const lhd = drawer(desk.page);
    await chooseClient(lhd, client);
    const last = circle(lhd, SERVICE, 1, 1, "free");
    await last.click();
    await expect(last).toHaveAttribute("aria-pressed", "true");
  }

  await Promise.all(desks.map((desk) => drawer(desk.page).getByRole("button", { name: "Save" }).click()));

  // One drawer closes with the booking; the other stays open and says the circle was just taken.
  const outcome = async (p: typeof page) => {
    const lhd = drawer(p);
    await expect(lhd.or(p.getByRole("status").filter({ hasText: `Booked ${client.name}` }))).toBeVisible();
    return (await lhd.isVisible()) ? "lost" : "won";
  };
  await expect
    .poll(async () => (await Promise.all(desks.map((d) => outcome(d.page)))).sort().join(","), { timeout: 15_000 })
    .toBe("lost,won");
  const results = await Promise.all(desks.map((d) => outcome(d.page)));
  const winner = desks[results.indexOf("won")];
  const loser = desks[results.indexOf("lost")];

  const lhd = drawer(loser.page);
  await expect(lhd.getByRole("alert")).toContainText(`The last free session of ${PACKAGE} was just taken by another booking. The course has been refreshed.`);
  await expect(circle(lhd, SERVICE, 1, 1, "booked")).toHaveAttribute("data-state", "booked");
  await expect(lhd.getByRole("button", { name: `${SERVICE} session 1 of 1, free` })).toHaveCount(0);
  await shot(loser.page, "race-lost");

  // Exactly one appointment exists, where the winner booked it.
  await loser.page.keyboard.press("Escape");
  await openDay(loser.page, date);
  await expect(grid(loser.page).getByRole("button", { name: new RegExp(`^${client.name}, `) })).toHaveCount(1);
  await expect(appointment(loser.page, client, SERVICE, winner.slot.time)).toBeVisible();
  await other.close();
});

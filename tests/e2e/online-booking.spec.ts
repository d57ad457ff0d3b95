import type { Browser, Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";

// The desk's drawer loads its details after opening: give a busy two-core machine time.
const expect = baseExpect.configure({ timeout: 15_000 });

// Far-future weekdays (the demo seed's appointments stay within two weeks of today), each test on
// its own day and staff member, with its own clients, so other spec files on the same database
// never meet these bookings.

/** The salon's day `days` from today (Europe/London). */
function londonDate(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `days` ahead, moved on past Sunday (the demo salon is closed on Sundays). */
function weekdayAhead(days: number): string {
  const date = londonDate(days);
  return new Date(`${date}T12:00:00Z`).getUTCDay() === 0 ? londonDate(days + 1) : date;
}

// Several pages and two roles per test, on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
/** A fresh mobile number per client and run: a number already on a card would match that card. */
const newPhone = () => `07911 ${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `${process.env.SCREENS_DIR ?? "test-results/screens"}/online-booking-${name}.png`, fullPage });
}

/** Treatment → staff → day (typed into the date field): answers with that day's free time links. */
async function openDay(page: Page, o: { service: string; staff: string; date: string }) {
  await page.goto("/book");
  await expect(page.getByRole("heading", { name: "Choose a treatment", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(`^${o.service}\\b`) }).click();
  await expect(page.getByRole("heading", { name: "Who would you like?" })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(`^${o.staff}`) }).click();
  await expect(page.getByRole("heading", { name: "Choose a time", level: 1 })).toBeVisible();
  await page.getByLabel("Or pick a date").fill(o.date);
  await page.getByRole("button", { name: "Show times" }).click();
  const day = page.getByRole("region", { name: /^Free times on / });
  await expect(day).toBeVisible();
  return day.getByRole("link");
}

/** The open day after `date` (the demo salon is closed on Sundays). */
function nextOpenDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (d.getUTCDay() === 6 ? 2 : 1));
  return d.toISOString().slice(0, 10);
}

/**
 * Treatment → staff → the first day from `date` with a free time: staff have days off (and holidays),
 * so the page is asked a day at a time, up to a week on. Answers with that day and its time links.
 */
async function openFreeDay(page: Page, o: { service: string; staff: string; date: string }) {
  let date = o.date;
  let times = await openDay(page, o);
  for (let tries = 0; (await times.count()) === 0; tries++) {
    if (tries === 6) throw new Error(`No free time for ${o.service} with ${o.staff} in the week from ${o.date}`);
    date = nextOpenDay(date);
    await page.getByLabel("Or pick a date").fill(date);
    await page.getByRole("button", { name: "Show times" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]date=${date}(&|$)`));
    times = page.getByRole("region", { name: /^Free times on / }).getByRole("link");
  }
  return { date, times };
}

/**
 * Treatment → staff → day → time: ends on "Your details". Without a time it takes the first free one
 * from that day on (so a re-run on the same database, or a day off, finds one too); with a time, that
 * time on exactly that day. Answers with the time and day booked.
 */
async function chooseSlot(page: Page, o: { service: string; staff: string; date: string; time?: string }): Promise<{ time: string; date: string }> {
  const { date, times } = o.time ? { date: o.date, times: await openDay(page, o) } : await openFreeDay(page, o);
  const time = o.time ?? (await times.first().innerText()).trim();
  await times.filter({ hasText: new RegExp(`^${time}$`) }).click();
  await expect(page.getByRole("heading", { name: "Your details", level: 1 })).toBeVisible();
  return { time, date };
}

async function fillDetails(page: Page, who: { first: string; last: string; email: string; phone: string }) {
  await page.getByLabel("First name").fill(who.first);
  await page.getByLabel("Last name").fill(who.last);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Phone").fill(who.phone);
}

async function bookOnline(page: Page, slot: Parameters<typeof chooseSlot>[1], who: Parameters<typeof fillDetails>[1]): Promise<{ time: string; date: string }> {
  const chosen = await chooseSlot(page, slot);
  await fillDetails(page, who);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
  return chosen;
}

/** Opens the appointment in the desk's drawer, from the calendar of its day. */
async function openInCalendar(page: Page, date: string, name: string) {
  await page.goto(`/calendar?date=${date}`);
  await page.getByRole("button", { name }).click();
}

test("a new client books a single treatment online; the desk sees it marked online", async ({ page, browser, loginAs }) => {
  const id = unique();
  const who = { first: "Nia", last: `Single${id}`, email: `nia.${id}@example.com`, phone: newPhone() };

  const { time, date } = await chooseSlot(page, { service: "Signature facial", staff: "Priya Shah", date: weekdayAhead(22) });
  await shot(page, "details");
  await fillDetails(page, who);
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
  await expect(page).toHaveURL(/\/book\/confirmed\/[A-Za-z0-9_-]{32}$/);
  const summary = page.getByRole("definition");
  await expect(summary.filter({ hasText: "Signature facial" })).toBeVisible();
  await expect(summary.filter({ hasText: "Priya Shah" })).toBeVisible();
  await expect(summary.filter({ hasText: time })).toBeVisible();
  await expect(summary.filter({ hasText: "£65.00" })).toBeVisible();
  await shot(page, "confirmed");

  const desk = await (browser as Browser).newPage();
  await loginAs(desk, "frontdesk");
  await openInCalendar(desk, date, `Nia ${who.last}, Signature facial, ${time}, booked online`);
  await expect(desk.getByText("Online booking")).toBeVisible();
  await desk.close();
});

test("a client holding a course books that treatment online: orange in the drawer, red after checkout", async ({ page, browser, loginAs }) => {
  const id = unique();
  const who = { first: "Orla", last: `Course${id}`, email: `orla.${id}@example.com`, phone: newPhone() };
  const client = `Orla ${who.last}`;
  const laser = { service: "Laser underarm", staff: "Grace Bennett" };

  // Her first visit, booked online far ahead, makes her client card; it is a normal single booking.
  await bookOnline(page, { service: "Laser upper lip", staff: "Grace Bennett", date: weekdayAhead(24) }, who);
  await expect(page.getByRole("definition").filter({ hasText: "£30.00" })).toBeVisible();

  // The desk sells her a course of laser underarm.
  const desk = await (browser as Browser).newPage();
  await loginAs(desk, "frontdesk");
  await desk.goto("/purchase");
  await desk.getByRole("combobox", { name: "Client", exact: true }).fill(who.last);
  await desk.getByRole("option", { name: new RegExp(client) }).click();
  await desk.getByRole("radio", { name: "6 × Laser underarm" }).check();
  await desk.getByRole("radio", { name: "Card" }).check();
  await desk.getByRole("button", { name: "Take payment" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "Sold" })).toContainText(`Sold 6 × Laser underarm to ${client}`);

  // A visit is checked out on its day, so she books for later today when Grace still has a free
  // time (not late in the evening, nor on a Sunday); otherwise far ahead, and checkout is left out.
  const today = londonDate(0);
  const canCheckOut = (await (await openDay(page, { ...laser, date: today })).count()) > 0;
  const day = canCheckOut ? today : weekdayAhead(26);

  // A stranger who types her phone number (own name and email) gets a card of their own: her course
  // is not touched, and the page tells the stranger nothing about her.
  const { time: strangerTime, date: strangerDate } = await chooseSlot(page, { ...laser, date: weekdayAhead(27) });
  await fillDetails(page, { first: "Eve", last: `Stranger${id}`, email: `eve.${id}@example.com`, phone: who.phone });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(/course|Orla/i);
  await openInCalendar(desk, strangerDate, `Eve Stranger${id}, Laser underarm, ${strangerTime}, booked online`);
  await expect(desk.getByText("Possible duplicate card")).toBeVisible();
  await expect(desk.getByText(/^Course: /)).toHaveCount(0);
  await shot(desk, "drawer-stranger", false);

  // Booking laser underarm online herself (email in capitals, the same phone) is taken from the course;
  // the confirmation page shows the price like any booking and does not say so.
  const { time, date } = await chooseSlot(page, { ...laser, date: day });
  await fillDetails(page, { ...who, email: who.email.toUpperCase() });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(/course/i);

  const appointment = `${client}, Laser underarm, ${time}, booked online`;
  await openInCalendar(desk, date, appointment);
  await expect(desk.getByText("Course: 6 × Laser underarm, session 1 of 6")).toBeVisible();
  await expect(desk.getByRole("button", { name: "Laser underarm session 1 of 6, booked" })).toBeVisible();
  await shot(desk, "drawer-orange", false);

  test.skip(date !== today, "No free time left today to book and check out (late evening, Sunday or her day off).");
  await desk.getByRole("link", { name: "Check out" }).click();
  await expect(desk.getByRole("heading", { name: `Check out — ${client}` })).toBeVisible();
  // Later today: not started, so the desk ticks it, and confirms checking out early if asked.
  await desk.getByRole("checkbox", { name: `Check out Laser underarm at ${time}` }).check();
  await expect(desk.getByText("Nothing to pay: every ticked service is redeemed from a course.")).toBeVisible();
  await desk.getByRole("button", { name: "Complete visit" }).click();
  const early = desk.getByRole("group", { name: "Check out early?" });
  if (await early.isVisible()) await early.getByRole("button", { name: "Complete visit now" }).click();
  await expect(desk).toHaveURL(/\/sales\/\d+$/);

  await openInCalendar(desk, date, appointment);
  await expect(desk.getByRole("button", { name: "Laser underarm session 1 of 6, redeemed" })).toBeVisible();
  await shot(desk, "drawer-red", false);
  await desk.close();
});

test("a client who books online with a new email gets a card flagged as a possible duplicate, and the desk merges it into hers", async ({ page, browser, loginAs }) => {
  const id = unique();
  const phone = newPhone();
  const who = { first: "Mira", last: `Merge${id}`, email: `mira.${id}@example.com`, phone };
  const { time: firstTime } = await bookOnline(page, { service: "Gel pedicure", staff: "Chloe Evans", date: weekdayAhead(33) }, who);
  const { time: secondTime } = await bookOnline(page, { service: "Gel pedicure", staff: "Chloe Evans", date: weekdayAhead(34) }, { ...who, email: `mira.work.${id}@example.com` });

  const desk = await (browser as Browser).newPage();
  await loginAs(desk, "frontdesk");
  await desk.goto("/clients");
  const review = desk.getByRole("list", { name: "Possible duplicates" });
  await review.getByRole("link", { name: new RegExp(`mira\\.work\\.${id}@example\\.com`) }).click();
  const panel = desk.getByRole("region", { name: "Possible duplicate" });
  await expect(panel).toContainText("same phone");
  await shot(desk, "duplicate");
  await panel.getByRole("button", { name: `Merge into Mira Merge${id}` }).click();
  await panel.getByRole("group", { name: `Merge Mira Merge${id} into Mira Merge${id}?` }).getByRole("button", { name: "Merge cards" }).click();
  await expect(desk.getByRole("status").filter({ hasText: `Merged Mira Merge${id}’s card into this one` })).toBeVisible();
  await expect(desk.getByRole("heading", { name: `Mira Merge${id}`, level: 1 })).toBeVisible();
  // Both visits are on the kept card now.
  const upcoming = desk.getByRole("table", { name: "Upcoming appointments" });
  await expect(upcoming.getByRole("row").filter({ hasText: "Gel pedicure" })).toHaveCount(2);
  expect([firstTime, secondTime].every(Boolean)).toBe(true);
  await desk.close();
});

test("a client cancels through the confirmation link: the time is free again", async ({ page }) => {
  const id = unique();
  const { time, date } = await bookOnline(page, { service: "Gel pedicure", staff: "Chloe Evans", date: weekdayAhead(28) }, { first: "Cal", last: `Cancel${id}`, email: `cal.${id}@example.com`, phone: newPhone() });
  const confirmation = page.url();

  await page.getByRole("link", { name: "Cancel this booking" }).click();
  await expect(page.getByRole("heading", { name: "Cancel your booking" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel my appointment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your appointment is cancelled" })).toBeVisible();
  await shot(page, "cancelled");

  await page.goto(confirmation);
  await expect(page.getByRole("heading", { name: "This booking was cancelled" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cancel this booking" })).toHaveCount(0);

  // The time is offered again.
  await chooseSlot(page, { service: "Gel pedicure", staff: "Chloe Evans", date, time });
});

test("two clients race for the same time: one is booked, the other is told and books the next free time", async ({ browser }) => {
  const id = unique();
  const slot = { service: "Sports massage", staff: "Daniel Price", date: weekdayAhead(31) };
  const a = await (await browser.newContext({ timezoneId: "Europe/London", locale: "en-GB" })).newPage();
  const b = await (await browser.newContext({ timezoneId: "Europe/London", locale: "en-GB" })).newPage();
  const { time, date } = await chooseSlot(a, slot);
  await chooseSlot(b, { ...slot, date, time });
  await fillDetails(a, { first: "Ada", last: `Racer${id}`, email: `ada.${id}@example.com`, phone: newPhone() });
  await fillDetails(b, { first: "Bea", last: `Racer${id}`, email: `bea.${id}@example.com`, phone: newPhone() });

  await Promise.all([a.getByRole("button", { name: "Confirm booking" }).click(), b.getByRole("button", { name: "Confirm booking" }).click()]);

  const booked = (p: Page) => p.getByRole("heading", { name: "You're booked" });
  const gone = (p: Page) => p.getByRole("alert").filter({ hasText: "That time has just gone" });
  for (const p of [a, b]) await expect(booked(p).or(gone(p))).toBeVisible();
  const aWon = await booked(a).isVisible();
  const bWon = await booked(b).isVisible();
  expect([aWon, bWon].filter(Boolean)).toHaveLength(1);

  const loser = aWon ? b : a;
  await shot(loser, "race-lost");
  const offered = loser.getByRole("group", { name: /^Next free times on / });
  const next = offered.getByRole("radio").first();
  const nextTime = (await next.getAttribute("value"))!;
  const nextLabel = (await offered.locator("label").first().innerText()).trim();
  // The 60-minute massage the winner took blocks the next hour.
  const [h, m] = time.split(":").map(Number);
  expect(nextLabel >= `${String(h + 1).padStart(2, "0")}:${String(m).padStart(2, "0")}`).toBe(true);
  expect(nextTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  await next.check();
  await expect(loser.getByText(new RegExp(` at ${nextLabel}$`))).toBeVisible();
  await loser.getByRole("button", { name: "Confirm booking" }).click();
  await expect(booked(loser)).toBeVisible();
  await expect(loser.getByRole("definition").filter({ hasText: nextLabel })).toBeVisible();
  await a.context().close();
  await b.context().close();
});

test("bad input gets a clear message and books nothing", async ({ page }) => {
  await page.goto("/book?service=999999");
  await expect(page.getByRole("alert").filter({ hasText: "cannot be booked online" })).toBeVisible();

  await chooseSlot(page, { service: "Express facial", staff: "Anyone", date: weekdayAhead(33) });
  await fillDetails(page, { first: "Bad", last: "Input", email: "not-an-email", phone: "12" });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByText("Enter an email like name@example.com.")).toBeVisible();
  await expect(page.getByText("Enter a phone number like 07700 900123.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your details", level: 1 })).toBeVisible();

  // A day beyond the booking horizon, typed into the link.
  const url = new URL(page.url());
  url.searchParams.delete("at");
  url.searchParams.set("date", weekdayAhead(90));
  await page.goto(url.toString());
  await expect(page.getByRole("alert").filter({ hasText: /up to \d+ days ahead/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Free times on / })).toHaveCount(0);
});

test("works on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: "Europe/London", locale: "en-GB", isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/book");
  await expect(page.getByRole("link", { name: /^Signature facial/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Calendar" })).toHaveCount(0); // no staff navigation
  await shot(page, "phone-services");
  await chooseSlot(page, { service: "Blow-dry", staff: "Anyone", date: weekdayAhead(35) });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await shot(page, "phone-details");
  await context.close();
});

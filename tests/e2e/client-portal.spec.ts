import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";
import { circle, drawer, freeSlot, futureDayFor, openDay, randomWord, sellCourse, type Client } from "./front-desk-kit";
import { linkIn, mailsTo, waitForMail } from "./mailbox";

// The client's own page (issue 14, parts 2–4): a client with an email and a course asks for a link
// on /book, opens it from the email the test mail server received, sees the statement, books a
// session from the course (orange in the desk's drawer at once) and cancels it (green again).

// Mail, a two-core machine and two browsers: give each wait room.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const COURSE = "6 × Laser underarm";
const SERVICE = "Laser underarm";
const SCREENS = process.env.SCREENS_DIR ?? "test-results/screens";

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `${SCREENS}/client-portal-${name}-${page.viewportSize()?.width ?? 0}.png`, fullPage });
}

/** axe's WCAG 2.1 A/AA rules, as tests/e2e/axe.spec.ts runs them: no serious or critical finding. */
async function expectAccessible(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe on ${where}`).toEqual([]);
}

/** A client with an email, made at the desk in the drawer's "Add new client" and sold the course. */
async function clientWithEmailAndCourse(desk: Page): Promise<Client & { email: string }> {
  await openDay(desk, futureDayFor(SERVICE, 3));
  const slot = await freeSlot(desk);
  const first = "Portal";
  const last = `${randomWord(7)}son`;
  const email = `${first}.${last}.${Date.now().toString(36)}@example.com`.toLowerCase();
  await slot.button.click();
  const lhd = drawer(desk);
  await lhd.getByRole("button", { name: "Add new client" }).click();
  await lhd.getByLabel("First name").fill(first);
  await lhd.getByLabel("Last name").fill(last);
  await lhd.getByLabel("Email").fill(email);
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  await lhd.getByLabel("Phone").fill(`078${digits.slice(0, 2)} ${digits.slice(2)}`);
  await lhd.getByRole("button", { name: "Add client" }).click();
  await expect(lhd.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(`${first} ${last}`);
  const href = await lhd.getByRole("link", { name: "Open client card" }).getAttribute("href");
  const id = Number(/\/clients\/(\d+)$/.exec(href ?? "")?.[1]);
  await desk.keyboard.press("Escape");
  await expect(lhd).toBeHidden();
  const client = { id, first, last, name: `${first} ${last}`, email };
  await sellCourse(desk, client, COURSE);
  return client;
}

/** The client's page: asks for a link on /book, opens it from the email, presses Continue. */
async function signInByEmail(page: Page, email: string) {
  await page.goto("/book");
  await page.getByRole("link", { name: "My courses and bookings" }).click();
  await expect(page.getByRole("heading", { name: "My courses and bookings", level: 1 })).toBeVisible();
  const asked = Date.now() - 1000;
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If that email belongs to a client of" })).toContainText("It works once, for 30 minutes.");
  await shot(page, "link-sent", false);

  const mail = await waitForMail({ to: email, subject: /Your link to your courses and bookings/, after: asked, timeoutMs: 30_000 });
  const link = linkIn(mail, "/book/me/signin/");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Continue to your courses and bookings" })).toBeVisible();
  await shot(page, "continue", false);
  await expectAccessible(page, "the sign-in link's page");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/book\/me$/);
  await expect(page.getByRole("heading", { name: "Your courses and bookings", level: 1 })).toBeVisible();
  return link;
}

/** Staff → "Or pick a date" from `date` on → the first free time; up to a week on. Answers the day and time. */
async function chooseSessionTime(page: Page, date: string): Promise<{ date: string; time: string }> {
  await page.getByRole("link", { name: /^Anyone/ }).click();
  await expect(page.getByRole("heading", { name: "Choose a time", level: 1 })).toBeVisible();
  let day = date;
  for (let tries = 0; tries < 7; tries++) {
    await page.getByLabel("Or pick a date").fill(day);
    await page.getByRole("button", { name: "Show times" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]date=${day}(&|$)`));
    const times = page.getByRole("region", { name: /^Free times on / }).getByRole("link");
    if ((await times.count()) > 0) {
      const time = (await times.first().innerText()).trim();
      await times.first().click();
      return { date: day, time };
    }
    day = nextOpenDay(day);
  }
  throw new Error(`No free time for ${SERVICE} in the week from ${date}`);
}

/** The open day after `date` (the demo salon is closed on Sundays). */
function nextOpenDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (d.getUTCDay() === 6 ? 2 : 1));
  return d.toISOString().slice(0, 10);
}

const course = (page: Page): Locator => page.getByRole("article", { name: COURSE });

test("a client signs in from an emailed link, books a session from the course (orange at the desk) and cancels it", async ({ page, browser, loginAs }) => {
  const desk = await (browser as Browser).newPage();
  await loginAs(desk, "frontdesk");
  const client = await clientWithEmailAndCourse(desk);

  const link = await signInByEmail(page, client.email);
  await expect(page.getByText(`Hello, ${client.first}`)).toBeVisible();
  const card = course(page);
  await expect(card).toBeVisible();
  await expect(card.getByRole("definition").filter({ hasText: "£199.00" }).first()).toBeVisible();
  for (let n = 1; n <= 6; n++) await expect(circle(card, SERVICE, n, 6, "free")).toBeVisible();
  await expect(card.getByText("No sessions booked yet.")).toBeVisible();

  // Book a session from the course.
  await card.getByRole("link", { name: `Book a ${SERVICE} session` }).click();
  await expect(page.getByRole("heading", { name: "Who would you like?" })).toBeVisible();
  await shot(page, "choose-staff", false);
  await expectAccessible(page, "the staff step");
  const wanted = futureDayFor(SERVICE, 25 + Math.floor(Math.random() * 10));
  const { date, time } = await chooseSessionTime(page, wanted);
  await expect(page.getByRole("heading", { name: "Confirm your session" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: `${COURSE} (one session)` })).toBeVisible();
  await shot(page, "confirm", false);
  await expectAccessible(page, "the confirm step");
  await page.getByRole("button", { name: "Book this session" }).click();
  await expect(page).toHaveURL(/\/book\/me\?booked=\d+$/);
  const appointmentId = Number(/booked=(\d+)/.exec(page.url())![1]);
  await expect(page.getByRole("status").filter({ hasText: "Session booked" })).toContainText(`${SERVICE} on`);
  await expect(circle(card, SERVICE, 1, 6, "booked")).toBeVisible();
  const statement = card.getByRole("table", { name: `Statement of ${COURSE}` });
  await expect(statement.getByRole("row").filter({ hasText: time })).toContainText("Booked");
  await expect(statement.getByRole("row").filter({ hasText: time })).toContainText("£33.17");
  await shot(page, "booked");

  // The desk sees it at once: the appointment holds the course's first circle (orange).
  await desk.goto(`/calendar?date=${date}&appointment=${appointmentId}`);
  const edit = drawer(desk, "Appointment");
  await expect(edit).toBeVisible();
  await expect(circle(edit, SERVICE, 1, 6, "booked")).toHaveAttribute("data-state", "booked");
  await desk.keyboard.press("Escape");

  // The client cancels it: the policy is said first, then the circle is green again.
  const visit = page.getByRole("listitem", { name: new RegExp(`^${SERVICE} on .+ at ${time}$`) });
  await visit.getByRole("button", { name: /^Cancel / }).click();
  const ask = page.getByRole("group", { name: /^Cancel Laser underarm on .+\?$/ });
  await expect(ask).toContainText("The session comes back to your course.");
  await shot(page, "cancel-ask", false);
  await expectAccessible(page, "the client's page asking to confirm a cancellation");
  await ask.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(circle(card, SERVICE, 1, 6, "free")).toBeVisible();
  await expect(statement.getByRole("row").filter({ hasText: time })).toContainText("Cancelled: session returned");
  await expect(page.getByText("No appointments booked.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Past visits" }).getByRole("row").filter({ hasText: SERVICE })).toContainText("Cancelled");

  // The desk's drawer has the circle back too.
  await desk.goto(`/calendar?date=${date}&appointment=${appointmentId}`);
  await expect(circle(drawer(desk, "Appointment"), SERVICE, 1, 6, "free")).toBeVisible();
  await desk.close();

  // The link worked once: opened again it says so, with the form for a new one.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  // Signing out ends the page.
  await page.goto("/book/me");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Email me a link" })).toBeVisible();
});

test("the client's page at a laptop, a small laptop and a phone; an unknown email is answered the same", async ({ browser, loginAs }) => {
  const desk = await (browser as Browser).newPage();
  await loginAs(desk, "frontdesk");
  const client = await clientWithEmailAndCourse(desk);
  await desk.close();

  const context = await browser.newContext({ timezoneId: "Europe/London", locale: "en-GB", viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // An email nobody has: the same words, and no email is sent.
  const stranger = `nobody.${Date.now().toString(36)}@example.com`;
  await page.goto("/book/me");
  await page.getByLabel("Email").fill(stranger);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If that email belongs to a client of" })).toBeVisible();
  await shot(page, "signed-out");
  await expectAccessible(page, "the link request form");

  await signInByEmail(page, client.email);
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await expect(course(page)).toBeVisible();
    await shot(page, "page");
  }
  await expectAccessible(page, "the client's page on a phone");
  await page.getByRole("link", { name: `Book a ${SERVICE} session` }).click();
  await chooseSessionTime(page, futureDayFor(SERVICE, 36 + Math.floor(Math.random() * 8)));
  await page.getByRole("link", { name: "Choose another time" }).click();
  await expect(page.getByRole("region", { name: /^Free times on / })).toBeVisible();
  for (const width of [390, 1024, 1440]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await shot(page, "times");
  }
  await expectAccessible(page, "the day and time step");
  expect(mailsTo(stranger)).toEqual([]);
  await context.close();
});

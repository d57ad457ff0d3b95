import { expect, test } from "./fixtures";
import {
  appointment,
  chooseService,
  closeDrawer,
  countFreeSlots,
  dayOffset,
  drawer,
  freeSlot,
  futureDayFor,
  openDay,
  randomWord,
  salonMinuteNow,
  salonOpenToday,
  saveBooking,
  type Client,
  type SlotOptions,
  today,
} from "./front-desk-kit";
import { linkIn, mailsTo, waitForMail, type Mail } from "./mailbox";
import type { Page } from "@playwright/test";

// Client emails as the client gets them: the browser tests' server delivers to a real mail server
// (scripts/e2e-server.ts) and this spec reads what arrived. A booking made at the desk is confirmed
// (salon, local time, cancel link that opens it) and reminded of once; a booking cancelled at the
// desk gets its cancellation and never a reminder.

const SALON = "Willow & Rose Salon";
const SERVICE = "Blow-dry";
const MINUTES = 45;

test.describe.configure({ timeout: 120_000 });

type Booked = { client: Client; email: string; date: string; time: string };

/** A new client with an email, made in the drawer on a free slot of `date`, and booked there for SERVICE. */
async function bookClientWithEmail(page: Page, date: string, slotOpts: SlotOptions): Promise<Booked> {
  const avoid: string[] = [];
  const last = `${randomWord(7)}son`;
  const email = `mail.${last.toLowerCase()}.${Date.now()}@example.com`;
  for (let attempt = 0; attempt < 4; attempt++) {
    await openDay(page, date);
    const slot = await freeSlot(page, { ...slotOpts, service: SERVICE, minutes: MINUTES, avoid });
    await slot.button.click();
    const lhd = drawer(page);
    await expect(lhd).toBeVisible();
    if (attempt === 0) {
      await lhd.getByRole("button", { name: "Add new client" }).click();
      await lhd.getByLabel("First name").fill("Mail");
      await lhd.getByLabel("Last name").fill(last);
      await lhd.getByLabel("Email").fill(email);
      const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
      await lhd.getByLabel("Phone").fill(`078${digits.slice(0, 2)} ${digits.slice(2)}`);
      await lhd.getByRole("button", { name: "Add client" }).click();
    } else {
      await lhd.getByRole("combobox", { name: "Client", exact: true }).fill(last);
      await lhd.getByRole("option", { name: new RegExp(`Mail ${last}`) }).click();
    }
    await expect(lhd.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(`Mail ${last}`);
    await chooseService(lhd, SERVICE);
    // The id is not needed: the calendar names appointments by the client's name.
    if ((await saveBooking(lhd)) === "saved") return { client: { id: 0, first: "Mail", last, name: `Mail ${last}` }, email, date, time: slot.time };
    avoid.push(slot.name);
    await closeDrawer(page);
  }
  throw new Error("no free time to book after 4 tries");
}

const count = (mails: Mail[], subject: RegExp) => mails.filter((m) => subject.test(m.subject)).length;

test("a desk booking is confirmed and reminded of once; a cancelled one gets its cancellation and no reminder", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");

  // A time inside the next 24 hours (the salon's reminder window): later today, else tomorrow before this time of day.
  const laterToday: SlotOptions = { from: salonMinuteNow() + 20 };
  const tomorrowEarlier: SlotOptions = { before: salonMinuteNow() - 20 };
  let soon: { date: string; opts: SlotOptions } | null = null;
  for (const [date, opts] of [[today(), laterToday], [dayOffset(1), tomorrowEarlier]] as const) {
    if (date === today() && !salonOpenToday()) continue;
    await openDay(page, date);
    if ((await countFreeSlots(page, { ...opts, service: SERVICE, minutes: MINUTES })) > 0) {
      soon = { date, opts };
      break;
    }
  }
  test.skip(!soon, "The salon has no free time for a blow-dry in the next 24 hours (closed, or the day is over).");

  const booked = await bookClientWithEmail(page, soon!.date, soon!.opts);
  const after = Date.now() - 60_000;

  const confirmation = await waitForMail({ to: booked.email, subject: /^Booked: /, after });
  expect(confirmation.subject).toMatch(new RegExp(`^Booked: ${SERVICE} at ${SALON}, \\w+day \\d{1,2} \\w+ at ${booked.time}$`));
  expect(confirmation.text).toContain(`Your appointment at ${SALON} is booked.`);
  expect(confirmation.text).toMatch(new RegExp(`When: +\\w+day \\d{1,2} \\w+ at ${booked.time}`));
  expect(confirmation.messageId).toMatch(/^<.+@.+>$/);
  const cancelLink = linkIn(confirmation, "/book/cancel/");

  const reminder = await waitForMail({ to: booked.email, subject: /^Reminder: /, after });
  expect(reminder.subject).toContain(`${SERVICE} at ${SALON}`);
  expect(reminder.text).toContain(`A reminder of your appointment at ${SALON}.`);
  expect(linkIn(reminder, "/book/cancel/")).toBe(cancelLink);
  expect(reminder.messageId).not.toBe(confirmation.messageId);

  // The link in the email opens the booking on the public cancel page (not cancelled here).
  await page.goto(cancelLink);
  await expect(page.getByRole("heading", { name: "Cancel your booking" })).toBeVisible();
  await expect(page.getByText(SERVICE).first()).toBeVisible();
  await expect(page.getByText(booked.time).first()).toBeVisible();

  // A booking well outside the window, cancelled at the desk: its cancellation arrives, a reminder never.
  const later = await bookClientWithEmail(page, futureDayFor(SERVICE, 4), {});
  await waitForMail({ to: later.email, subject: /^Booked: /, after });
  await appointment(page, later.client, SERVICE, later.time).click();
  const edit = drawer(page, "Appointment");
  await edit.getByRole("button", { name: "Cancel appointment" }).click();
  await edit.getByRole("group", { name: "Cancel this appointment?" }).getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(edit).toBeHidden();
  const cancellation = await waitForMail({ to: later.email, subject: /^Cancelled: /, after });
  expect(cancellation.subject).toMatch(new RegExp(`^Cancelled: ${SERVICE} at ${SALON}, \\w+day \\d{1,2} \\w+ at ${later.time}$`));
  expect(cancellation.text).toContain(`Your appointment at ${SALON} has been cancelled.`);
  expect(cancellation.text).not.toContain("/book/cancel/");

  // Many sender passes (every 500 ms) have run since the reminder came: still exactly one, and none for the cancelled booking.
  await expect.poll(() => Date.now() - Date.parse(reminder.receivedAt)).toBeGreaterThan(3_000);
  expect(count(mailsTo(booked.email), /^Reminder: /)).toBe(1);
  expect(count(mailsTo(booked.email), /^Booked: /)).toBe(1);
  expect(mailsTo(later.email).map((m) => m.subject.split(":")[0])).toEqual(["Booked", "Cancelled"]);
});

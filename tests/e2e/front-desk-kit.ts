import { expect, type Locator, type Page } from "@playwright/test";
import { ROOM_KIND, ROOMS, SERVICES, servicesOf, STAFF } from "../../prisma/seed/catalogue";

// Shared steps of the front-desk browser tests (front-desk-*.spec.ts). Every test makes its own
// client (through the drawer's "Add new client") and sells what it needs on the purchase screen, so
// tests never depend on each other, on run order, or on the demo clients other specs use.

const SALON_TZ = "Europe/London";

/** YYYY-MM-DD in the salon's timezone, `days` from now. */
function salonDate(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SALON_TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

const isSunday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() === 0;

/** YYYY-MM-DD `days` from today (negative: back) in the salon's timezone. */
export function dayOffset(days: number): string {
  return salonDate(days);
}

export function today(): string {
  return salonDate(0);
}

/** Minutes since midnight now, on the salon's clock ("14:05" is 845). */
export function salonMinuteNow(): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: SALON_TZ, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date());
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return part("hour") * 60 + part("minute");
}

/** The salon is closed on Sundays (demo opening hours). */
export function salonOpenToday(): boolean {
  return !isSunday(today());
}

/**
 * The `ahead`-th open day from today (Sundays are not counted): at least `ahead` days on, past the
 * demo seed's week of appointments, so the grid is nearly empty. Counting open days, not calendar
 * days, gives different offsets different days whatever today is (a Sunday no longer folds two
 * offsets onto the following Monday, where two tests' bookings once met in CI).
 */
export function futureDay(ahead: number): string {
  let offset = 0;
  for (let open = 0; open < ahead; ) if (!isSunday(salonDate(++offset))) open++;
  return salonDate(offset);
}

/**
 * The `ahead`-th open day from today, or the next open day after it on which someone who does
 * `service` works (demo rotas: each stylist has a day off; Men's cut is Jack's alone, and he is off on Tuesdays).
 */
export function futureDayFor(service: string, ahead: number, opts: { all?: boolean } = {}): string {
  const doers = STAFF.filter((s) => staffWhoDo(service).includes(s.name));
  for (let n = ahead; ; n++) {
    const date = futureDay(n);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const works = (s: (typeof STAFF)[number]) => s.days.includes(weekday);
    if (opts.all ? doers.every(works) : doers.some(works)) return date;
  }
}

/** A short random word, letters only (names are searched by typing part of them). */
export function randomWord(length = 6): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let word = "";
  for (let i = 0; i < length; i++) word += letters[Math.floor(Math.random() * letters.length)];
  return word[0].toUpperCase() + word.slice(1);
}

export async function shot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  // SCREENS_DIR: somewhere another run's clean-up of test-results/ cannot reach while you look.
  const dir = process.env.SCREENS_DIR ?? "test-results/screens";
  await page.screenshot({ path: `${dir}/front-desk-${name}-${size?.width ?? 0}.png` });
}

export function grid(page: Page): Locator {
  return page.getByRole("region", { name: /^Appointments on / });
}

export function drawer(page: Page, name: "New appointment" | "Appointment" = "New appointment"): Locator {
  return page.getByRole("dialog", { name });
}

export async function openDay(page: Page, date: string): Promise<void> {
  await page.goto(`/calendar?date=${date}`);
  await boardReady(page);
}

/** The grid is shown and no longer busy: the free-slot buttons are drawn once the page is interactive. */
export async function boardReady(page: Page): Promise<void> {
  await expect(grid(page)).toBeVisible();
  await expect(grid(page)).not.toHaveAttribute("aria-busy", "true");
}

export type Slot = { staff: string; time: string; minute: number; name: string; button: Locator };

const SLOT_NAME = /^Book (.+) at (\d\d):(\d\d)$/;

/** The demo staff who do a service (prisma/seed/catalogue.ts): a slot for it is picked in their columns. */
export function staffWhoDo(service: string): string[] {
  return STAFF.filter((s) => servicesOf(s).some((v) => v.name === service)).map((s) => s.name);
}

export type SlotOptions = {
  /** Free minutes needed from the start, in the same column (15). */
  minutes?: number;
  /** Only in the columns of staff who do this service (the demo salon's skills). */
  service?: string;
  staff?: string;
  notStaff?: string;
  /** Starts at or after this minute of the day. */
  from?: number;
  /** Starts before this minute of the day. */
  before?: number;
  /** Slot names not to pick (tried already). */
  avoid?: string[];
};

/**
 * A random free slot in the grid with `minutes` free from it in the same column (slots are named
 * "Book Anna Price at 10:15"). Random, so tests running side by side seldom pick the same one.
 */
export async function freeSlot(page: Page, opts: SlotOptions = {}): Promise<Slot> {
  const fits = await freeSlotNames(page, opts);
  expect(fits.length, "a free slot in the calendar").toBeGreaterThan(0);
  const name = fits[Math.floor(Math.random() * fits.length)];
  const [, staff, h, m] = SLOT_NAME.exec(name)!;
  return { staff, time: `${h}:${m}`, minute: Number(h) * 60 + Number(m), name, button: grid(page).getByRole("button", { name, exact: true }) };
}

/** How many slots `freeSlot` could pick from (a test that needs one later today skips when there is none). */
export async function countFreeSlots(page: Page, opts: SlotOptions = {}): Promise<number> {
  return (await freeSlotNames(page, opts)).length;
}

/**
 * The times every room a service needs is held (the demo has one laser room for two laser
 * therapists): read from the appointments' names ("…, 10:15, Laser room") and their data-start/end.
 * A free slot in a column is no use for laser when the other therapist has the room then.
 */
export async function roomsTaken(page: Page, service: string | undefined): Promise<((start: number, end: number) => boolean) | null> {
  const category = SERVICES.find((v) => v.name === service)?.category;
  const kind = category ? ROOM_KIND[category] : undefined;
  if (!kind) return null;
  const rooms = ROOMS.filter((r) => r.kind === kind).map((r) => r.name);
  const held = await grid(page)
    .locator("[data-appointment-id]")
    .evaluateAll((blocks) => blocks.map((b) => ({ name: b.getAttribute("aria-label") ?? "", start: Number(b.getAttribute("data-start")), end: Number(b.getAttribute("data-end")) })));
  return (start, end) => rooms.every((room) => held.some((a) => a.name.endsWith(`, ${room}`) && a.start < end && start < a.end));
}

async function freeSlotNames(page: Page, opts: SlotOptions): Promise<string[]> {
  const needed = Math.ceil((opts.minutes ?? 15) / 15);
  await boardReady(page);
  const names = await grid(page)
    .getByRole("button", { name: SLOT_NAME })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
  const free = new Set(names);
  const doers = opts.service ? staffWhoDo(opts.service) : null;
  const allRoomsTaken = await roomsTaken(page, opts.service);
  const fits = names.filter((name) => {
    const [, staff, h, m] = SLOT_NAME.exec(name)!;
    const start = Number(h) * 60 + Number(m);
    if (opts.staff && staff !== opts.staff) return false;
    if (doers && !doers.includes(staff)) return false;
    if (opts.avoid?.includes(name)) return false;
    if (opts.notStaff && staff === opts.notStaff) return false;
    if (opts.from !== undefined && start < opts.from) return false;
    if (opts.before !== undefined && start >= opts.before) return false;
    if (allRoomsTaken?.(start, start + needed * 15)) return false;
    for (let i = 1; i < needed; i++) {
      const t = start + i * 15;
      const label = `Book ${staff} at ${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
      if (!free.has(label)) return false;
    }
    return true;
  });
  return fits;
}

export type Client = { id: number; first: string; last: string; name: string };

/**
 * Opens the drawer on `slot` and adds a new client inline; the drawer stays open with the client
 * chosen. Returns the client with the id read from the drawer's "Open client card" link.
 */
export async function addClientInDrawer(page: Page, slot: Slot): Promise<Client> {
  const first = "Desk";
  const last = `${randomWord(7)}son`;
  await slot.button.click();
  const lhd = drawer(page);
  await expect(lhd).toBeVisible();
  await lhd.getByRole("button", { name: "Add new client" }).click();
  await lhd.getByLabel("First name").fill(first);
  await lhd.getByLabel("Last name").fill(last);
  // 078xx xxxxxx: never the demo seed's 07700 900xxx, and a hundred million numbers, so two of a run's
  // few hundred test clients never share one (90,000 did, about once in ten runs).
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  await lhd.getByLabel("Phone").fill(`078${digits.slice(0, 2)} ${digits.slice(2)}`);
  await lhd.getByRole("button", { name: "Add client" }).click();
  await expect(lhd.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(`${first} ${last}`);
  const href = await lhd.getByRole("link", { name: "Open client card" }).getAttribute("href");
  const id = Number(/\/clients\/(\d+)$/.exec(href ?? "")?.[1]);
  expect(id).toBeGreaterThan(0);
  return { id, first, last, name: `${first} ${last}` };
}

/** A new client made in the drawer on a free slot and booked there for a single `service`; the drawer has closed. */
export async function bookNewClient(page: Page, service: string, slotOpts: SlotOptions): Promise<{ client: Client; slot: Slot }> {
  const slot = await freeSlot(page, { service, ...slotOpts });
  const client = await addClientInDrawer(page, slot);
  const lhd = drawer(page);
  await chooseService(lhd, service);
  if ((await saveBooking(lhd)) === "saved") return { client, slot };
  // The room the service needs was taken at that time (by another test, or the seed): another time.
  await closeDrawer(page);
  return { client, slot: await book(page, client, { service }, { ...slotOpts, avoid: [...(slotOpts.avoid ?? []), slot.name] }) };
}

/**
 * Presses Save (or `save`) and waits for what it leads to: the drawer closes ("saved"), or no room of
 * the kind the service needs is free then, or the time was just taken ("taken": the caller picks another). A warning that
 * the time has passed is answered "Book anyway", as the desk does for a client who is already here;
 * the free slots the kit picks are never outside the stylist's hours.
 */
export async function saveBooking(lhd: Locator, save = "Save"): Promise<"saved" | "taken"> {
  await lhd.getByRole("button", { name: save, exact: true }).click();
  const anyway = lhd.getByRole("button", { name: /^(Book|Save) anyway$/ });
  // No room then, or another desk (a test running beside this one) took the stylist's time a moment ago.
  const noRoom = lhd.getByRole("alert").filter({ hasText: /No .+ is free|is taken \d|is already booked/ });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await lhd.isHidden()) return "saved";
    if (await noRoom.isVisible()) return "taken";
    if (await anyway.isVisible()) await anyway.click();
    else await lhd.page().waitForTimeout(100);
  }
  await expect(lhd, "the drawer closes after Save").toBeHidden();
  return "saved";
}

export async function closeDrawer(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await expect(drawer(page)).toBeHidden();
}

/** Sells a course or package on the purchase screen (cash). */
export async function sellCourse(page: Page, client: Client, course: string): Promise<void> {
  await page.goto(`/purchase?clientId=${client.id}`);
  await expect(page.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(client.name);
  await page.getByRole("radio", { name: course, exact: true }).check();
  await page.getByRole("radio", { name: "Cash" }).check();
  await page.getByRole("button", { name: "Take payment" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Sold ${course} to ${client.name}` })).toBeVisible();
}

/** A new client who holds `course`: made in the drawer on a free slot of `date`, then sold it. */
export async function clientWithCourse(page: Page, date: string, course: string): Promise<Client> {
  await openDay(page, date);
  const client = await addClientInDrawer(page, await freeSlot(page));
  await page.keyboard.press("Escape");
  await expect(drawer(page)).toBeHidden();
  await sellCourse(page, client, course);
  return client;
}

/** In an open drawer: types part of the client's name and picks them from the list. */
export async function chooseClient(lhd: Locator, client: Client): Promise<void> {
  await lhd.getByRole("combobox", { name: "Client", exact: true }).fill(client.last);
  await lhd.getByRole("option", { name: new RegExp(client.name) }).click();
  await expect(lhd.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(client.name);
}

/** Picks a service by its name in the drawer's Service select (options read "Laser underarm · 15 min · £45.00"). */
export async function chooseService(lhd: Locator, service: string): Promise<void> {
  const select = lhd.getByLabel("Service");
  const value = await select.locator("option", { hasText: `${service} ·` }).first().getAttribute("value");
  await select.selectOption(value!);
}

export function circle(scope: Locator, service: string, n: number, of: number, state: "free" | "booked" | "redeemed"): Locator {
  return scope.getByRole("button", { name: `${service} session ${n} of ${of}, ${state}`, exact: true });
}

export function circles(scope: Locator, service: string): Locator {
  return scope.getByRole("group", { name: `${service} sessions` }).getByRole("button");
}

/** "Jane Doe, Cut and blow-dry, 10:15", and its room when it holds one (", Laser room"). */
export function appointment(page: Page, client: Client, service: string, time: string): Locator {
  const name = `${client.name}, ${service}, ${time}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return grid(page).getByRole("button", { name: new RegExp(`^${name}(, (?!booked online)[^,]+)?$`) });
}

/**
 * Books `client` on a free slot: either from a course circle (`from`) or as a single `service`.
 * Returns the slot; the appointment is in the calendar when it returns.
 */
export async function book(
  page: Page,
  client: Client,
  what: { service: string; circle?: { n: number; of: number } },
  slotOpts: SlotOptions = {},
): Promise<Slot> {
  const avoid = [...(slotOpts.avoid ?? [])];
  for (let attempt = 0; attempt < 5; attempt++) {
    const slot = await freeSlot(page, { service: what.service, ...slotOpts, avoid });
    await slot.button.click();
    const lhd = drawer(page);
    await expect(lhd).toBeVisible();
    await chooseClient(lhd, client);
    if (what.circle) {
      await circle(lhd, what.service, what.circle.n, what.circle.of, "free").click();
      await expect(lhd.getByLabel("Service")).toHaveValue(/\d+/);
    } else {
      await chooseService(lhd, what.service);
    }
    if ((await saveBooking(lhd)) === "saved") {
      await expect(appointment(page, client, what.service, slot.time)).toBeVisible();
      return slot;
    }
    // No room free then: the desk picks another time.
    avoid.push(slot.name);
    await closeDrawer(page);
  }
  throw new Error(`no time with a free room for ${what.service} after 5 tries`);
}

/**
 * Presses "Check in" in the appointment drawer and, when it asks "Check in early?" (more than 30
 * minutes before the start), answers "Check in now", as the desk would for a client who is here.
 * What follows (the redeem prompt, or "Checked in.") is the caller's to check.
 */
export async function checkInConfirmingEarly(page: Page, edit: Locator): Promise<void> {
  await edit.getByRole("button", { name: "Check in" }).click();
  const early = edit.getByRole("group", { name: "Check in early?" });
  const prompt = page.getByRole("dialog", { name: "Redeem service from course?" });
  const checkedIn = edit.getByRole("region", { name: "Client" }).getByText("Checked in", { exact: true });
  await expect(early.or(prompt).or(checkedIn).first()).toBeVisible();
  if (await early.isVisible()) {
    await early.getByRole("button", { name: "Check in now" }).click();
    await expect(early).toBeHidden();
  }
}

/** A line's tick box on the checkout screen: "Check out Laser underarm at 10:15". */
export function visitLine(page: Page, service: string, time: string): Locator {
  return page.getByRole("checkbox", { name: `Check out ${service} at ${time}`, exact: true });
}

/** The checkout's one button: "Take payment £30.00", or "Complete visit" when nothing is charged. */
export function payButton(page: Page): Locator {
  // "Take payment" alone: nothing ticked yet (the button is disabled).
  return page.getByRole("button", { name: /^(Take payment( £[\d,]+\.\d\d)?|Complete visit)$/ });
}

/** The checkout's "Check out early?" panel (ticked lines that start more than 30 minutes from now). */
export function checkoutEarlyPanel(page: Page): Locator {
  return page.getByRole("group", { name: "Check out early?" });
}

/**
 * On the checkout screen: presses the pay button and, when it asks "Check out early?", confirms
 * ("Take payment now" / "Complete visit now"), as the desk does once the client has had the
 * ticked services. Returns the receipt's sale id.
 */
export async function payConfirmingEarly(page: Page): Promise<number> {
  await payButton(page).click();
  const early = checkoutEarlyPanel(page);
  const receipt = page.getByRole("article", { name: "Receipt" });
  await expect(early.or(receipt).first()).toBeVisible();
  if (await early.isVisible()) await early.getByRole("button", { name: /^(Take payment now|Complete visit now)$/ }).click();
  await expect(page).toHaveURL(/\/sales\/\d+$/);
  await expect(receipt).toBeVisible();
  return Number(/\/sales\/(\d+)$/.exec(page.url())![1]);
}

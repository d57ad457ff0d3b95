/**
 * `npm run bench:browser`: what the receptionist feels, in Chromium (Debian's, as the browser tests),
 * on the built app (.next-bench; `npm run bench` builds it) for the demo and the big group:
 *   - slot → drawer usable: click a free slot; stop when the drawer's Client field has focus and the
 *     next frame has been drawn;
 *   - green circle → selected: click a free circle; stop when it says aria-pressed="true", next frame;
 *   - drop after drag → saved: drag an appointment two rows down (or back up) with the mouse; from the
 *     button's release until the block sits at its new time no longer marked busy (the server said
 *     yes and the day was read again), next frame;
 *   - opening checkout, as the desk does it: in an appointment's drawer click "Check out"; stop when
 *     the checkout's heading is shown, next frame (the route's code is fetched on the first click).
 * All are timed inside the page with performance.now(), so Playwright's own round trips are not
 * counted. Each runs at full speed and with Chromium's CPU throttled 4× (a cheap reception PC or an
 * older tablet): BENCH_CPU="1,4" (default), BENCH_DATASETS="demo,big" (default).
 * Writes bench/browser-results.json.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Locator, type Page } from "@playwright/test";
import { createDb } from "@/lib/db";
import { getSettings } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonDateOf, weekdayOf } from "@/lib/time";
import playwrightConfig from "../playwright.config";
import { prepareDataset, removeRunCopy, type Dataset } from "./datasets";
import { firstLoadJs } from "./report";
import { BENCH_DIST, buildApp, hasBuild, startServer } from "./server";
import { summarise, type Summary } from "./stats";

const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 20);
const WARMUP = 3;
const PORT = Number(process.env.BENCH_PORT ?? 3306);
const CPU_RATES = (process.env.BENCH_CPU ?? "1,4").split(",").map(Number);
const DATASETS = (process.env.BENCH_DATASETS ?? "demo,big").split(",") as ("demo" | "big")[];

/**
 * In the page: from `start` (performance.now()), waits until `done(el)` holds and a frame has been
 * drawn, and resolves with the ms taken; gives up after 10 s. Built from a string: tsx would wrap
 * named functions in a helper the page lacks.
 */
const POLL = `const isDone = DONE; const tick = () => isDone(el) ? requestAnimationFrame(() => resolve(performance.now() - start))
  : performance.now() - start > 10000 ? reject(new Error("not done after 10 s: " + el.outerHTML.slice(0, 200))) : setTimeout(tick, 0); tick();`;

/** Clicks `target` in the page and resolves with the ms until `done()` holds and a frame has been drawn. */
async function timeInPage(target: Locator, done: string): Promise<number> {
  return target.evaluate(
    (el, source) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        (el as HTMLElement).click();
        new Function("el", "start", "resolve", "reject", source)(el, start, resolve, reject);
      }),
    POLL.replace("DONE", () => done),
  );
}

const drawerUsable = `() => { const a = document.activeElement; return !!a && a.getAttribute("role") === "combobox" && !!a.closest("dialog[open]"); }`;
const pressed = `(el) => el.getAttribute("aria-pressed") === "true"`;
const checkoutShown = `() => [...document.querySelectorAll("h1")].some((h) => h.textContent.startsWith("Check out"))`;

/** A movable appointment with half an hour free after it in its column (before 17:00), by id. */
async function roomyAppointment(page: Page): Promise<string> {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>("[data-appointment-id]")];
    const spans = blocks.map((b) => ({ b, col: b.dataset.col, start: Number(b.dataset.start), end: Number(b.dataset.end) }));
    const roomy = spans.find(
      (a) => a.b.classList.contains("cursor-grab") && a.end + 30 <= 17 * 60 && !spans.some((o) => o !== a && o.col === a.col && o.start < a.end + 30 && o.end > a.end),
    );
    if (!roomy) throw new Error("no appointment with half an hour free after it");
    return roomy.b.dataset.appointmentId!;
  });
}

/** Drags the block `dy` px with the mouse; resolves with the ms from release until saved at `toMin`. */
async function timeDrop(page: Page, block: Locator, dy: number, toMin: number): Promise<number> {
  const box = (await block.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 10);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(x, y + (dy * i) / 6);
  await page.evaluate(() => {
    const w = window as unknown as { dropAt?: number };
    window.addEventListener("pointerup", () => (w.dropAt = performance.now()), { capture: true, once: true });
  });
  await page.mouse.up();
  const saved = `(el) => el.getAttribute("data-start") === "${toMin}" && !el.hasAttribute("aria-busy")`;
  return block.evaluate(
    (el, source) =>
      new Promise<number>((resolve, reject) => {
        const start = (window as unknown as { dropAt: number }).dropAt;
        new Function("el", "start", "resolve", "reject", source)(el, start, resolve, reject);
      }),
    POLL.replace("DONE", () => saved),
  );
}

async function phoneOfDrawerClient(dataset: Dataset): Promise<{ phone: string; date: string }> {
  const db = createDb(`file:${dataset.file}`);
  try {
    const { timezone } = await getSettings(db);
    const [top] = await db.$queryRaw<{ clientId: number }[]>`
      SELECT clientId FROM ClientCourse WHERE status = 'ACTIVE' AND (expiresOn IS NULL OR expiresOn > date('now', '+14 days'))
      GROUP BY clientId ORDER BY COUNT(*) DESC, clientId LIMIT 1`;
    const client = await db.client.findUniqueOrThrow({ where: { id: top.clientId }, select: { phone: true } });
    let date = addDaysToDate(salonDateOf(new Date(), timezone), 2);
    while (weekdayOf(date) === 0) date = addDaysToDate(date, 1);
    return { phone: `0${client.phone!.slice(3)}`, date };
  } finally {
    await db.$disconnect();
  }
}

async function measureDataset(name: "demo" | "big", page: Page, cpuRate: number): Promise<Record<string, Summary>> {
  const dataset = await prepareDataset(name);
  const { phone, date } = await phoneOfDrawerClient(dataset);
  const server = await startServer(dataset.file, PORT);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
  try {
    const [cookieName, token] = dataset.cookie.split("=");
    await page.context().clearCookies();
    await page.context().addCookies([{ name: cookieName, value: token, url: server.url }]);
    await page.goto(`${server.url}/calendar?date=${date}`);
    const grid = page.getByRole("region", { name: /^Appointments on / });
    await grid.waitFor();
    const slots = grid.getByRole("button", { name: /^Book .+ at \d\d:\d\d$/ });
    const dialog = page.locator("dialog[open]");

    const slotTimes: number[] = [];
    await slots.first().waitFor(); // slot buttons arrive once the page is interactive
    const count = await slots.count();
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const took = await timeInPage(slots.nth(Math.floor((i * 7919) % count)), drawerUsable);
      if (i >= WARMUP) slotTimes.push(took);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" }).catch(() => dialog.waitFor({ state: "hidden" }));
    }

    // The client with the most courses, found by phone as the desk would; then toggle a green circle.
    await slots.first().click();
    const client = page.getByRole("dialog").getByRole("combobox", { name: "Client" });
    await client.fill(phone);
    await page.getByRole("listbox", { name: "Matching clients" }).getByRole("option").first().click();
    const circle = page.getByRole("dialog").getByRole("button", { name: /session \d+ of \d+, free$/ }).first();
    await circle.waitFor();
    const circleTimes: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const took = await timeInPage(circle, pressed);
      if (i >= WARMUP) circleTimes.push(took);
      await circle.click(); // and off again, untimed
    }

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // An appointment dragged two rows down, then back up, and so on: each drop saved on the server.
    const moving = grid.locator(`[data-appointment-id="${await roomyAppointment(page)}"]`);
    const from = Number(await moving.getAttribute("data-start"));
    const rowPx = (await moving.boundingBox())!.height / (Number(await moving.getAttribute("data-end")) - from);
    const dropTimes: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const down = i % 2 === 0;
      const took = await timeDrop(page, moving, (down ? 30 : -30) * rowPx, down ? from + 30 : from);
      if (i >= WARMUP) dropTimes.push(took);
    }

    // Checkout as the desk opens it: from an appointment's drawer, a client-side navigation.
    const checkoutTimes: number[] = [];
    for (let i = 0; i < WARMUP + Math.min(RUNS, 10); i++) {
      await page.goto(`${server.url}/calendar?date=${date}`);
      await moving.click();
      const link = page.getByRole("dialog").getByRole("link", { name: "Check out" });
      await link.waitFor();
      const took = await timeInPage(link, checkoutShown);
      if (i >= WARMUP) checkoutTimes.push(took);
    }
    return {
      slotToDrawer: summarise(slotTimes),
      circleSelected: summarise(circleTimes),
      dropSaved: summarise(dropTimes),
      openCheckout: summarise(checkoutTimes),
    };
  } finally {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 }).catch(() => undefined);
    await server.stop();
    removeRunCopy(dataset);
  }
}

async function main(): Promise<void> {
  if (!hasBuild() || process.argv.includes("--build")) buildApp();
  const launchOptions = playwrightConfig.projects?.[0]?.use?.launchOptions ?? {};
  const browser = await chromium.launch(launchOptions);
  const results: Record<string, Record<string, Summary>> = {};
  try {
    const context = await browser.newContext({ timezoneId: "Europe/London", locale: "en-GB", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    for (const name of DATASETS) {
      for (const rate of CPU_RATES) {
        const key = rate === 1 ? name : `${name}@cpu${rate}x`;
        const r = (results[key] = await measureDataset(name, page, rate));
        console.log(
          `${key}: slot → drawer usable median ${r.slotToDrawer.median} ms, p95 ${r.slotToDrawer.p95} ms; ` +
            `green circle → selected median ${r.circleSelected.median} ms, p95 ${r.circleSelected.p95} ms; ` +
            `drop → saved median ${r.dropSaved.median} ms, p95 ${r.dropSaved.p95} ms; ` +
            `open checkout median ${r.openCheckout.median} ms, p95 ${r.openCheckout.p95} ms`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  const js = firstLoadJs(BENCH_DIST);
  if (js) console.log(`first-load JS: ${js.map((r) => `${r.route} ${r.uncompressedKb} KB (${r.gzipKb} KB gzip)`).join(", ")}`);
  fs.writeFileSync(path.resolve("bench", "browser-results.json"), `${JSON.stringify({ when: new Date().toISOString(), runs: RUNS, results, firstLoadJs: js }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`bench:browser: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});

import Database from "better-sqlite3";
import { format, parseISO } from "date-fns";
import { expect, test } from "./fixtures";
import { clientWithCourse, dayOffset, futureDay, shot } from "./front-desk-kit";
import { e2eDatabaseUrl } from "./e2e-db";

// A month-end closing made in the UI, and the liability "as at" the close of that day equal to it;
// a client course's balance as at a moment before and after it was bought. Each test closes a day
// of its own (a past day no closing has taken yet) and sells its own course to its own client.

/** A past day not closed yet (a closing is once per day, so every run and retry takes a new one). */
function unclosedPastDay(): string {
  const sqlite = new Database(e2eDatabaseUrl().replace(/^file:/, ""), { readonly: true });
  try {
    const closed = new Set((sqlite.prepare(`SELECT closedThrough FROM LiabilityClosing`).all() as { closedThrough: string }[]).map((r) => r.closedThrough));
    for (;;) {
      const day = dayOffset(-(2 + Math.floor(Math.random() * 400)));
      if (!closed.has(day)) return day;
    }
  } finally {
    sqlite.close();
  }
}

// As the app writes it (date-fns "d MMM yyyy": "27 Sep 2026"); Node's en-GB would say "27 Sept 2026".
const longDate = (day: string) => format(parseISO(day), "d MMM yyyy");

test("a closing made in the UI equals the liability as at the close of that day", async ({ page, loginAs }) => {
  await page.goto("/login");
  await loginAs(page, "manager");
  await page.goto("/manager/reports?report=liability");
  await expect(page.getByRole("link", { name: "Course liability" })).toHaveAttribute("aria-current", "page");
  // The two reports on pages of their own keep the period.
  await expect(page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Takings" })).toHaveAttribute("href", /\/manager\/reports\/takings\?from=\d{4}-\d{2}-\d{2}&to=/);
  await expect(page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Journal" })).toHaveAttribute("href", /\/manager\/reports\/journal\?from=/);

  const day = unclosedPastDay();
  const closings = page.getByRole("region", { name: "Closings" });
  const form = closings.getByRole("form", { name: "Close period" });
  await form.getByLabel("Close through").fill(day);
  await form.getByRole("button", { name: "Close period" }).click();
  const done = closings.getByRole("status").filter({ hasText: "Closed through" });
  await expect(done).toBeVisible();
  const owed = /: (£[\d,]+\.\d{2}) owed on/.exec((await done.textContent()) ?? "")?.[1];
  expect(owed).toBeTruthy();

  // Kept and listed: the day, what was owed, who and when.
  const row = closings.getByRole("table", { name: "Liability closings" }).getByRole("row", { name: new RegExp(`^${longDate(day)}`) });
  await expect(row.getByRole("cell").first()).toHaveText(owed!);
  await expect(row).toContainText(/\d{2}:\d{2}/);
  await closings.scrollIntoViewIfNeeded();
  await shot(page, "liability-closings");

  // As at the close of that day: the same total, and the page says it matches the closing.
  const asAt = page.getByRole("form", { name: "Liability as at" });
  await asAt.getByLabel("As at date").fill(day);
  await asAt.getByLabel("As at time").fill("23:59");
  await asAt.getByRole("button", { name: "Show as at" }).click();
  await expect(page).toHaveURL(new RegExp(`asAtDate=${day}`));
  const table = page.getByRole("table", { name: `Course liability as at 23:59 on ${longDate(day)}` });
  await expect(table.getByRole("row", { name: /^Total/ }).getByRole("cell").last()).toHaveText(owed!);
  await expect(page.getByText(`The closing of ${longDate(day)} kept ${owed}.`)).toBeVisible();
  await table.scrollIntoViewIfNeeded();
  await shot(page, "liability-as-at");
  await page.setViewportSize({ width: 1024, height: 768 });
  await table.scrollIntoViewIfNeeded();
  await shot(page, "liability-as-at");

  // The same day again is refused, clearly, and nothing changes.
  const again = page.getByRole("form", { name: "Close period" });
  await again.getByLabel("Close through").fill(day);
  await again.getByRole("button", { name: "Close period" }).click();
  await expect(page.getByText(new RegExp(`is already closed by .+ A closing is kept as it was taken\\.`))).toBeVisible();
});

test("a bad 'as at' is a notice, never an error page", async ({ page, loginAs }) => {
  await page.goto("/login");
  await loginAs(page, "manager");
  await page.goto("/manager/reports?report=liability&asAtDate=2026-02-30&asAtTime=10:00");
  await expect(page.getByRole("status").filter({ hasText: "“2026-02-30” is not a date" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Course liability per course/ })).toBeVisible();
  await page.goto(`/manager/reports?report=liability&asAtDate=${futureDay(3)}`);
  await expect(page.getByRole("status").filter({ hasText: "has not come yet" })).toBeVisible();
});

test("a client course's balance as at a moment before and after it was bought", async ({ page, loginAs }) => {
  await page.goto("/login");
  await loginAs(page, "manager");
  const course = "6 × Laser underarm";
  const client = await clientWithCourse(page, futureDay(21), course);
  await page.goto(`/manager/client-courses?q=${encodeURIComponent(client.last)}`);
  await page.getByRole("link", { name: `Open ${course} for ${client.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: course })).toBeVisible();

  const asAt = page.getByRole("form", { name: "Balance as at" });
  await asAt.getByLabel("As at date").fill(dayOffset(-1));
  await asAt.getByRole("button", { name: "Show as at" }).click();
  await expect(page.getByText(/had not been bought yet/)).toBeVisible();

  // This minute (it counts up to now, so the sale a moment ago is in it).
  const now = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date());
  await asAt.getByLabel("As at date").fill(dayOffset(0));
  await asAt.getByLabel("As at time").fill(now);
  await asAt.getByRole("button", { name: "Show as at" }).click();
  const then = page.getByRole("region", { name: /^Balance as at/ });
  await expect(then.getByRole("row", { name: /Laser underarm/ }).getByRole("cell")).toHaveText(["0", "0", "6"]);
  await expect(then).toContainText("Value left then:");
  await then.scrollIntoViewIfNeeded();
  await shot(page, "course-as-at");
  await page.setViewportSize({ width: 1024, height: 768 });
  await then.scrollIntoViewIfNeeded();
  await shot(page, "course-as-at");
});

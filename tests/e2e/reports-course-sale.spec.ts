import Database from "better-sqlite3";
import { format, parseISO } from "date-fns";
import type { Locator, Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./e2e-db";
import { expect, test } from "./fixtures";

// A course counts in sales, in full, on the day it was sold; using a session later is a redemption,
// never a sale. The demo seed's history has such courses: this test finds one in the e2e database
// (read-only, to arrange), then checks what the manager sees on both days.

type Story = {
  currency: string;
  courseName: string;
  pricePaid: number;
  saleDay: string;
  redemptionDay: string;
  /** "Courses & packages" of each day: Σ of that day's course sale lines (negative ones are refunds). */
  saleDayCourses: number;
  redemptionDayCourses: number;
  /** The redemption day's checkout redemptions (all courses) and this course's share of them. */
  sessions: number;
  minutes: number;
  redeemedValue: number;
  courseRedeemedValue: number;
};

/** Past days only: other browser tests sell courses and check out today. */
function findStory(): Story {
  const db = new Database(e2eDatabaseUrl().replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    const { currency, timezone } = db.prepare(`SELECT currency, timezone FROM SalonSettings LIMIT 1`).get() as { currency: string; timezone: string };
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
    const courseSales = (day: string) =>
      (db
        .prepare(`SELECT COALESCE(SUM(l.amountMinor), 0) AS v FROM SaleLine l JOIN Sale s ON s.id = l.saleId WHERE s.saleOn = ? AND l.kind = 'COURSE' AND l.amountMinor >= 0`)
        .get(day) as { v: number }).v;

    // A course sold at its price on D1 and redeemed at checkout on a later past day D2 with no course
    // sale. Preferred: D2 with no other redemption and D1 with no other course sale, so each figure
    // on screen is this course's alone; then the latest, for a stable pick.
    const pick = db
      .prepare(
        `SELECT c.id AS courseId, c.name AS courseName, c.pricePaidMinor AS pricePaid, s.saleOn AS saleDay, r.redeemedOn AS redemptionDay
         FROM ClientCourse c
         JOIN SaleLine l ON l.clientCourseId = c.id AND l.kind = 'COURSE' AND l.amountMinor = c.pricePaidMinor AND l.amountMinor > 0
         JOIN Sale s ON s.id = l.saleId
         JOIN ClientCourseLine cl ON cl.clientCourseId = c.id
         JOIN Redemption r ON r.clientCourseLineId = cl.id AND r.reason = 'CHECKOUT'
         WHERE c.transferredFromId IS NULL AND s.saleOn < @today AND r.redeemedOn > s.saleOn AND r.redeemedOn < @today
           AND NOT EXISTS (SELECT 1 FROM SaleLine l2 JOIN Sale s2 ON s2.id = l2.saleId WHERE s2.saleOn = r.redeemedOn AND l2.kind = 'COURSE')
         ORDER BY (SELECT COUNT(*) FROM Redemption r2 WHERE r2.redeemedOn = r.redeemedOn) ASC,
                  (SELECT COUNT(*) FROM SaleLine l3 JOIN Sale s3 ON s3.id = l3.saleId WHERE s3.saleOn = s.saleOn AND l3.kind = 'COURSE') ASC,
                  r.redeemedOn DESC, c.id ASC
         LIMIT 1`,
      )
      .get({ today }) as { courseId: number; courseName: string; pricePaid: number; saleDay: string; redemptionDay: string } | undefined;
    if (!pick) throw new Error("The demo seed has no course sold on one past day and redeemed on a later past day without course sales.");

    const redemptions = db
      .prepare(
        `SELECT COALESCE(SUM(CASE WHEN c.unit = 'SESSIONS' THEN r.units ELSE 0 END), 0) AS sessions,
                COALESCE(SUM(CASE WHEN c.unit = 'MINUTES' THEN r.units ELSE 0 END), 0) AS minutes,
                COALESCE(SUM(r.valueMinor), 0) AS redeemedValue,
                COALESCE(SUM(CASE WHEN c.id = @courseId THEN r.valueMinor ELSE 0 END), 0) AS courseRedeemedValue
         FROM Redemption r JOIN ClientCourseLine cl ON cl.id = r.clientCourseLineId JOIN ClientCourse c ON c.id = cl.clientCourseId
         WHERE r.redeemedOn = @day AND r.reason = 'CHECKOUT'`,
      )
      .get({ day: pick.redemptionDay, courseId: pick.courseId }) as Pick<Story, "sessions" | "minutes" | "redeemedValue" | "courseRedeemedValue">;

    return {
      currency,
      courseName: pick.courseName,
      pricePaid: pick.pricePaid,
      saleDay: pick.saleDay,
      redemptionDay: pick.redemptionDay,
      saleDayCourses: courseSales(pick.saleDay),
      redemptionDayCourses: courseSales(pick.redemptionDay),
      ...redemptions,
    };
  } finally {
    db.close();
  }
}

/** The app's own formats: "Fri 26 Jun" in the Date column, "£315.00" for money. */
const dayLabel = (day: string) => format(parseISO(day), "EEE d MMM");
const money = (minor: number, currency: string) => new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(minor / 100);

/** Picks a one-day period with the From/To fields, as a manager would. */
async function showDay(page: Page, day: string): Promise<void> {
  const period = page.getByRole("form", { name: "Report period" });
  await period.getByLabel("From", { exact: true }).fill(day);
  await period.getByLabel("To", { exact: true }).fill(day);
  await period.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${day}&to=${day}`));
}

/** The cell of `table` in the row headed by `day`, under the column headed `column`. */
async function cell(table: Locator, day: string, column: string): Promise<Locator> {
  const headers = (await table.getByRole("columnheader").allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(column);
  expect(index, `column "${column}" in ${headers.join(", ")}`).toBeGreaterThan(0);
  const row = table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: dayLabel(day), exact: true }) });
  await expect(row).toHaveCount(1);
  // The Date column is the row header; the other columns are cells.
  return row.getByRole("cell").nth(index - 1);
}

async function screen(page: Page, name: string): Promise<void> {
  // SCREENS_DIR: somewhere another run's clean-up of test-results/ cannot reach while you look.
  await page.screenshot({ path: `${process.env.SCREENS_DIR ?? "test-results/screens"}/${name}.png`, fullPage: true });
}

test("a course counts in full in the sales of the day it was sold, and its later redemption is not a sale", async ({ page, loginAs }) => {
  const story = findStory();
  const m = (minor: number) => money(minor, story.currency);
  // The arranged data must really tell the story before the screen is asked about it.
  expect(story.saleDayCourses).toBeGreaterThanOrEqual(story.pricePaid);
  expect(story.redemptionDayCourses).toBe(0);
  expect(story.courseRedeemedValue).toBeGreaterThan(0);

  await page.goto("/login");
  await loginAs(page, "manager");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("link", { name: "Daily sales" })).toHaveAttribute("aria-current", "page");

  // The sale day: the course's full price is in "Courses & packages".
  await showDay(page, story.saleDay);
  const sales = page.getByRole("table", { name: /^Daily sales by kind/ });
  await expect(await cell(sales, story.saleDay, "Courses & packages")).toHaveText(m(story.saleDayCourses));
  await screen(page, "reports-sale-day");

  // The redemption day: nothing in "Courses & packages"…
  await showDay(page, story.redemptionDay);
  await expect(await cell(sales, story.redemptionDay, "Courses & packages")).toHaveText(m(story.redemptionDayCourses));
  await screen(page, "reports-redemption-day-sales");

  // …the session used is in the Redemptions report instead, with its value.
  await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Redemptions" }).click();
  await expect(page.getByRole("link", { name: "Redemptions" })).toHaveAttribute("aria-current", "page");
  const redemptions = page.getByRole("table", { name: /^Course redemptions per day/ });
  await expect(await cell(redemptions, story.redemptionDay, "Sessions redeemed")).toHaveText(String(story.sessions));
  await expect(await cell(redemptions, story.redemptionDay, "Minutes redeemed")).toHaveText(story.minutes.toLocaleString("en-GB"));
  await expect(await cell(redemptions, story.redemptionDay, "Value redeemed")).toHaveText(m(story.redeemedValue));
  await screen(page, "reports-redemption-day");
});

/**
 * The demo's client courses: 59 sold, plus one made by a transfer = 60, held by 40 clients, in every
 * state the app shows. `client` is an index into the 40 course clients; days count back from today.
 * Past sessions are spread between the purchase and today; upcoming ones fall in the coming week.
 */
export type CourseSpec = {
  client: number;
  template: string;
  boughtDaysAgo: number;
  /** Sessions used in the past (redeemed at checkout, or forfeited by a no-show), per line. */
  used?: number | number[];
  /** Sessions booked from today to a week ahead (orange), per line. */
  upcoming?: number | number[];
  /** Minutes course: the length of each appointment. */
  minutes?: { used: number[]; upcoming: number[] };
  /** Of the used sessions, how many were missed (forfeited by the no-show policy). */
  noShows?: number;
  /** Extra past course appointments that were cancelled (the session came back). */
  cancelled?: number;
  /** Extra upcoming course appointments the client already cancelled. */
  upcomingCancelled?: number;
  /** Sold 13+ months ago and now expired: its sessions were all used well before the expiry. */
  expired?: boolean;
  /** The first upcoming session is today, at the current time (checked in if the salon is open). */
  now?: boolean;
  /** The first upcoming session was booked online (linked to the course). */
  online?: boolean;
  /** One session was booked as a single and converted: by the desk ("change") or at the check-in prompt. */
  convert?: "change" | "check-in";
  adjust?: { daysAgo: number; delta: number; reason: string };
  extend?: { daysAgo: number; months: number; reason: string };
  transfer?: { daysAgo: number; toClient: number; reason: string; used: number; upcoming: number };
  refund?: { daysAgo: number; reason: string };
};

export const COURSE_SPECS: CourseSpec[] = [
  // Two laser courses on the same service: the older one expires first (within the month, so the
  // expiring-courses report has something to show) and is offered first.
  { client: 0, template: "underarm6", boughtDaysAgo: 345, used: 4, upcoming: 1, now: true },
  { client: 0, template: "underarm6", boughtDaysAgo: 20 },
  // A package and a minutes course.
  { client: 1, template: "facialMassage", boughtDaysAgo: 120, used: [1, 1], upcoming: [1, 0] },
  { client: 1, template: "sports300", boughtDaysAgo: 90, minutes: { used: [60, 45], upcoming: [90] } },

  // Fully used: shown under Used Courses.
  { client: 2, template: "underarm6", boughtDaysAgo: 250, used: 6, noShows: 1 },
  { client: 3, template: "facial6", boughtDaysAgo: 200, used: 6 },
  { client: 4, template: "blowDry5", boughtDaysAgo: 150, used: 5 },
  { client: 5, template: "gelMani6", boughtDaysAgo: 180, used: 6 },
  { client: 6, template: "lip6", boughtDaysAgo: 320, used: 6 },
  { client: 7, template: "hotStone3", boughtDaysAgo: 100, used: 3 },
  { client: 8, template: "facialMassage", boughtDaysAgo: 210, used: [3, 2] },
  { client: 9, template: "back10", boughtDaysAgo: 330, used: 10, noShows: 1 },
  { client: 10, template: "browLash", boughtDaysAgo: 160, used: [3, 3] },

  // Expired: sold more than 12 months ago, partly used.
  { client: 11, template: "legs6", boughtDaysAgo: 420, used: 3, expired: true },
  { client: 12, template: "facial6", boughtDaysAgo: 400, used: 4, expired: true, cancelled: 1 },
  { client: 13, template: "bikini8", boughtDaysAgo: 450, used: 5, expired: true },
  { client: 2, template: "gelMani6", boughtDaysAgo: 395, used: 2, expired: true },
  { client: 14, template: "rootTint6", boughtDaysAgo: 410, used: 5, expired: true },

  // Manager changes: an extension, two adjustments, a transfer and a refund.
  {
    client: 15,
    template: "legs6",
    boughtDaysAgo: 380,
    used: 4,
    upcoming: 1,
    extend: { daysAgo: 30, months: 3, reason: "Six weeks off after knee surgery; extended as a goodwill gesture." },
  },
  { client: 16, template: "underarm6", boughtDaysAgo: 150, used: 3, upcoming: 1, adjust: { daysAgo: 40, delta: 1, reason: "Goodwill: session cut short by a laser fault." } },
  { client: 17, template: "facial6", boughtDaysAgo: 90, used: 2, adjust: { daysAgo: 60, delta: -1, reason: "Session taken on the paper card before the new system." } },
  {
    client: 18,
    template: "bikini8",
    boughtDaysAgo: 200,
    used: 3,
    transfer: { daysAgo: 45, toClient: 19, reason: "Client moved away; remaining sessions given to her sister.", used: 1, upcoming: 1 },
  },
  { client: 20, template: "legs6", boughtDaysAgo: 130, used: 2, upcoming: 1, refund: { daysAgo: 2, reason: "Moving abroad; refunded the unused sessions." } },

  // Part used, with sessions booked in the coming days (orange).
  { client: 21, template: "underarm6", boughtDaysAgo: 120, used: 2, upcoming: 1, cancelled: 1 },
  { client: 22, template: "legs6", boughtDaysAgo: 200, used: 3, upcoming: 1 },
  { client: 23, template: "lip6", boughtDaysAgo: 60, used: 1, upcoming: 1, now: true },
  { client: 24, template: "bikini8", boughtDaysAgo: 100, used: 2, upcoming: 1, upcomingCancelled: 1 },
  { client: 25, template: "facial6", boughtDaysAgo: 150, used: 3, upcoming: 1, noShows: 1 },
  { client: 26, template: "facialMassage", boughtDaysAgo: 60, used: [1, 0], upcoming: [0, 1] },
  { client: 27, template: "pamper", boughtDaysAgo: 45, used: [1, 1, 0], upcoming: [1, 0, 0] },
  { client: 28, template: "browLash", boughtDaysAgo: 70, used: [1, 1], upcoming: [1, 0] },
  { client: 29, template: "back10", boughtDaysAgo: 240, used: 5, upcoming: 2, convert: "check-in", cancelled: 1 },
  { client: 30, template: "rootTint6", boughtDaysAgo: 160, used: 3, upcoming: 1 },
  { client: 31, template: "gelMani6", boughtDaysAgo: 90, used: 3, upcoming: 1, upcomingCancelled: 1 },
  { client: 32, template: "hotStone3", boughtDaysAgo: 50, used: 1, upcoming: 1 },
  { client: 33, template: "blowDry5", boughtDaysAgo: 40, used: 2, upcoming: 2 },
  { client: 3, template: "underarm6", boughtDaysAgo: 80, used: 2, upcoming: 1, convert: "change" },
  { client: 5, template: "pamper", boughtDaysAgo: 30, used: [1, 0, 0], upcoming: [0, 1, 0] },
  { client: 9, template: "back10", boughtDaysAgo: 60, used: 1, upcoming: 1 },
  { client: 12, template: "facial6", boughtDaysAgo: 30, used: 1, upcoming: 1 },
  { client: 34, template: "sports300", boughtDaysAgo: 120, minutes: { used: [60, 60, 30], upcoming: [60] } },

  // Part used, nothing booked.
  { client: 35, template: "underarm6", boughtDaysAgo: 200, used: 3 },
  { client: 36, template: "facial6", boughtDaysAgo: 110, used: 2 },
  { client: 37, template: "gelMani6", boughtDaysAgo: 75, used: 4, noShows: 1 },
  { client: 38, template: "legs6", boughtDaysAgo: 260, used: 4 },
  { client: 39, template: "rootTint6", boughtDaysAgo: 95, used: 2 },
  { client: 14, template: "facialMassage", boughtDaysAgo: 70, used: [2, 1] },
  { client: 7, template: "back10", boughtDaysAgo: 150, used: 4 },

  // Bought recently, first session booked.
  { client: 10, template: "gelMani6", boughtDaysAgo: 10, upcoming: 1 },
  { client: 19, template: "facial6", boughtDaysAgo: 5, upcoming: 1, online: true },
  { client: 13, template: "underarm6", boughtDaysAgo: 14, upcoming: 1 },
  { client: 36, template: "hotStone3", boughtDaysAgo: 3, upcoming: 1 },

  // Bought recently, nothing used or booked.
  { client: 4, template: "browLash", boughtDaysAgo: 25 },
  { client: 6, template: "legs6", boughtDaysAgo: 2 },
  { client: 8, template: "pamper", boughtDaysAgo: 12 },
  { client: 11, template: "blowDry5", boughtDaysAgo: 8 },
  { client: 16, template: "bikini8", boughtDaysAgo: 1 },
  { client: 20, template: "sports300", boughtDaysAgo: 4 },
  { client: 17, template: "lip6", boughtDaysAgo: 6 },
];

/** Why a few appointments carry a note. */
export const APPOINTMENT_NOTES = [
  "Patch test done.",
  "Running 10 minutes late; called ahead.",
  "Wants to go shorter this time.",
  "Birthday treat.",
  "Paid deposit by phone.",
  "First visit: allow time for the consultation form.",
];

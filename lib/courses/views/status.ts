import type { CourseStatusLabel } from "@/lib/courses/load-courses";

/**
 * How a client course's status reads, and which tab it sits in. "Used Courses" holds everything with
 * nothing left to book: used up, expired, refunded, or transferred away. Pure: safe in the browser.
 */

export type CourseTab = "active" | "used";

export const STATUS_TEXT: Record<CourseStatusLabel, string> = {
  active: "Active",
  used: "Used up",
  expired: "Expired",
  refunded: "Refunded",
  transferred: "Transferred",
};

export const STATUS_TONE: Record<CourseStatusLabel, "success" | "neutral" | "warning" | "danger" | "info"> = {
  active: "success",
  used: "neutral",
  expired: "warning",
  refunded: "danger",
  transferred: "info",
};

export function tabOf(label: CourseStatusLabel): CourseTab {
  return label === "active" ? "active" : "used";
}

/** The status filter of each tab; "expiring" (within 30 days) narrows the Active tab. */
export const TAB_STATUSES = {
  active: ["expiring"],
  used: ["used", "expired", "refunded", "transferred"],
} as const satisfies Record<CourseTab, readonly string[]>;

export type StatusFilter = (typeof TAB_STATUSES)[CourseTab][number];

export const STATUS_FILTER_TEXT: Record<StatusFilter, string> = {
  expiring: "Expiring within 30 days",
  used: "Used up",
  expired: "Expired",
  refunded: "Refunded",
  transferred: "Transferred",
};

export const EXPIRING_DAYS = 30;

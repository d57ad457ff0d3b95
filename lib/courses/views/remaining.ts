import { format, parseISO } from "date-fns";
import type { ClientCourseLineView } from "@/lib/courses/load-courses";
import type { SalonDate } from "@/lib/time";


/** How a client course reads in the manager's list, its detail page and on the client card. */

/** Units still on the line (free + booked) and what the line holds in all (a refund keeps what it had). */
export function lineRemaining(line: ClientCourseLineView): { left: number; of: number } {
  const { total, redeemed, refunded } = line.balance;
  return { left: Math.max(0, total - redeemed), of: total + refunded };
}

/** "4 of 6 Laser underarm", "120 of 300 min Sports massage". */
export function remainingText(line: ClientCourseLineView, unit: "SESSIONS" | "MINUTES"): string {
  const { left, of } = lineRemaining(line);
  return unit === "SESSIONS" ? `${left} of ${of} ${line.serviceName}` : `${left} of ${of} min ${line.serviceName}`;
}

/** "1 Jun 2026" */
export function shortDate(date: SalonDate): string {
  return format(parseISO(date), "d MMM yyyy");
}

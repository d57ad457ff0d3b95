"use client";

import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { HeldSession } from "@/lib/courses/views/course-detail";
import type { CourseStatusLabel } from "@/lib/courses/load-courses";
import type { SalonDate } from "@/lib/time";
import { AdjustRemaining } from "./actions/adjust-remaining";
import { ExtendExpiry } from "./actions/extend-expiry";
import { RefundCourse } from "./actions/refund-course";
import { TransferCourse } from "./actions/transfer-course";

export type ManagedCourse = {
  id: number;
  name: string;
  clientId: number;
  unit: "SESSIONS" | "MINUTES";
  label: CourseStatusLabel;
  refunded: boolean;
  lines: { id: number; serviceName: string; total: number; redeemed: number; booked: number; free: number }[];
  expiry: { date: SalonDate | null; text: string };
  today: SalonDate;
  refund: { suggestedMinor: number; capMinor: number; held: HeldSession[] };
  currency: string;
};

const amount = (n: number, unit: ManagedCourse["unit"]) => (unit === "SESSIONS" ? `${n} ${n === 1 ? "session" : "sessions"}` : `${n} min`);

/** The manager's changes to one client course; each asks for a reason and reports back here. */
export function CourseManagerPanel({ course }: { course: ManagedCourse }) {
  const [message, setMessage] = useState<ReactNode>(null);
  const done = (m: ReactNode) => setMessage(m);

  const saved = message && (
    <Alert tone="success" title="Saved">
      {message}
    </Alert>
  );
  if (course.refunded) {
    return (
      <div className="space-y-4">
        {saved}
        <p className="text-sm text-ink-muted">This course was refunded, so it can no longer be changed. Its history is kept.</p>
        <p className="text-sm text-ink-muted">
          A refund cannot be reopened: its money was paid back and counts in that day’s sales. If the client wants to carry on, sell the course again
          (and adjust what is left if some was used).
        </p>
      </div>
    );
  }
  const moving = course.lines.filter((l) => l.free > 0).map((l) => `${amount(l.free, course.unit)} of ${l.serviceName}`);
  const booked = course.lines.reduce((a, l) => a + l.booked, 0);
  const expired = course.label === "expired";

  return (
    <div className="space-y-4">
      {saved}
      <ul className="divide-y divide-line rounded-md border border-line">
        {course.lines.map((l) => (
          <li key={l.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5">
            <div className="text-sm">
              <p className="font-medium text-ink">{l.serviceName}</p>
              <p className="text-ink-muted">
                {amount(l.total - l.redeemed, course.unit)} left of {amount(l.total, course.unit)} · {l.redeemed} redeemed · {l.booked} booked
              </p>
            </div>
            <AdjustRemaining line={l} unit={course.unit} onDone={done} />
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <ExtendExpiry clientCourseId={course.id} courseName={course.name} expiry={course.expiry} today={course.today} onDone={done} />
        <TransferCourse
          clientCourseId={course.id}
          courseName={course.name}
          fromClientId={course.clientId}
          moving={moving}
          bookedNote={booked > 0 ? `Booked sessions stay with ${booked === 1 ? "their appointment" : "their appointments"} here.` : null}
          onDone={done}
        />
        <RefundCourse
          clientCourseId={course.id}
          courseName={course.name}
          held={course.refund.held}
          suggestedMinor={course.refund.suggestedMinor}
          capMinor={course.refund.capMinor}
          currency={course.currency}
          onDone={done}
        />
      </div>
      {expired && <p className="text-sm text-amber-800">This course has expired. Extend it first to transfer what is left.</p>}
      {course.label === "transferred" && (
        <p className="text-sm text-ink-muted">
          A transfer is not undone in place: to give what was left back, open the other client’s course and transfer it back here. Both moves stay in
          each course’s history.
        </p>
      )}
    </div>
  );
}

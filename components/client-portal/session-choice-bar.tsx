import Link from "next/link";
import { PORTAL_PATH, sessionHref } from "@/lib/client-portal/session-url";

/** The session being booked: the treatment and the course it comes from, and who, each with a way to change it. */
export function SessionChoiceBar({ lineId, serviceName, courseName, leftText, staffName }: { lineId: number; serviceName: string; courseName: string; leftText: string; staffName?: string }) {
  return (
    <div className="mb-5 divide-y divide-line rounded-lg border border-line bg-surface text-sm shadow-xs">
      <p className="flex items-center justify-between gap-3 px-4 py-2.5">
        <span className="min-w-0">
          <span className="font-medium text-ink">{serviceName}</span>
          <span className="text-ink-muted">
            {" "}
            · from {courseName} · {leftText}
          </span>
        </span>
        <Link href={PORTAL_PATH} className="shrink-0 font-medium text-brand-700 underline-offset-2 hover:underline" aria-label="Change course">
          Change
        </Link>
      </p>
      {staffName && (
        <p className="flex items-center justify-between gap-3 px-4 py-2.5">
          <span>
            <span className="text-ink-muted">With </span>
            <span className="font-medium text-ink">{staffName}</span>
          </span>
          <Link href={sessionHref({ line: lineId })} className="shrink-0 font-medium text-brand-700 underline-offset-2 hover:underline" aria-label="Change staff member">
            Change
          </Link>
        </p>
      )}
    </div>
  );
}

import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { HistoryEntry, HistoryKind } from "@/lib/courses/views/course-history";
import { WaiveForfeit } from "./actions/waive-forfeit";

const DOT: Record<HistoryKind, string> = {
  sold: "bg-brand-600",
  transferredIn: "bg-sky-500",
  booked: "bg-booked",
  released: "bg-free",
  redeemed: "bg-redeemed",
  forfeited: "bg-redeemed",
  adjusted: "bg-violet-500",
  extended: "bg-violet-500",
  transferredOut: "bg-sky-500",
  refunded: "bg-slate-500",
  waived: "bg-free",
  voided: "bg-amber-500",
};

type Props = {
  entries: HistoryEntry[];
  /** Where a transfer's other side links: the manager's course page, or the other client's card. */
  links: "manager" | "card";
  label: string;
  className?: string;
  /** A manager may waive a forfeit that still stands. */
  canWaive?: boolean;
};

/** A course's history, newest first: what happened, when, by whom, and why. */
export function CourseHistoryList({ entries, links, label, className, canWaive = false }: Props) {
  if (entries.length === 0) return <p className={cx("text-sm text-ink-muted", className)}>Nothing has happened to this course yet.</p>;
  return (
    <ol aria-label={label} className={cx("space-y-3", className)}>
      {entries.map((e) => (
        <li key={e.key} className="flex gap-3 text-sm">
          <span aria-hidden="true" className={cx("mt-1.5 size-2.5 shrink-0 rounded-full", DOT[e.kind])} />
          <div className="min-w-0">
            <p className="font-medium text-ink">{e.title}</p>
            {e.detail && <p className="text-ink-muted">{e.detail}</p>}
            {e.reason && (
              <p className="text-ink">
                <span className="text-ink-muted">Reason:</span> {e.reason}
              </p>
            )}
            <p className="text-xs text-ink-muted">
              <time dateTime={e.at.toISOString()}>{e.when}</time>
              {e.by && <> · by {e.by}</>}
              {e.saleId && (
                <>
                  {" · "}
                  <Link href={`/sales/${e.saleId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                    Receipt<span className="sr-only"> for {e.title}</span>
                  </Link>
                </>
              )}
              {e.other && (
                <>
                  {" · "}
                  <Link
                    href={links === "manager" ? `/manager/client-courses/${e.other.courseId}` : `/clients/${e.other.clientId}`}
                    className="font-medium text-brand-800 underline-offset-2 hover:underline"
                  >
                    {links === "manager" ? `${e.other.clientName}’s course` : `${e.other.clientName}’s card`}
                  </Link>
                </>
              )}
            </p>
            {canWaive && e.waivable && (
              <div className="mt-1.5">
                <WaiveForfeit redemptionId={e.waivable} what={e.title} />
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

import type { DrawerLine } from "@/lib/courses/views/course-card";
import { cx } from "@/components/ui/cx";

export type MinutesLine = Pick<DrawerLine, "serviceName" | "total" | "redeemed" | "booked" | "free">;

type Props = {
  line: MinutesLine;
  /** These minutes are picked for this booking. */
  selected?: boolean;
  /** Pick or un-pick the minutes. Without it there is no button (read-only, e.g. the client card). */
  onSelect?: (selected: boolean) => void;
  /** The appointment open in the drawer holds minutes of this line. */
  holdsCurrent?: boolean;
  /** Why the minutes cannot be used here ("Different service", "Only 20 minutes left"). */
  disabledReason?: string;
  className?: string;
};

function percent(part: number, total: number): string {
  return total > 0 ? `${(part / total) * 100}%` : "0%";
}

/**
 * A minutes line: one bar split red (redeemed), orange (booked), green (free), and the same facts in
 * words ("255 of 300 minutes left"), so nothing depends on telling the colours apart.
 */
export function MinutesBar({ line, selected = false, onSelect, holdsCurrent = false, disabledReason, className }: Props) {
  const pickable = onSelect !== undefined && !disabledReason;
  return (
    <div className={cx("space-y-1.5", className)}>
      <div aria-hidden="true" className="flex h-2.5 overflow-hidden rounded-full bg-slate-100 ring-1 ring-line ring-inset">
        <span className="bg-redeemed" style={{ width: percent(line.redeemed, line.total) }} />
        <span className="border-l border-white/70 bg-booked first:border-0" style={{ width: percent(line.booked, line.total) }} />
        <span className="border-l border-white/70 bg-free" style={{ width: percent(line.free, line.total) }} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <p className="text-sm text-ink">
          <span className="font-medium">
            {line.free} of {line.total} minutes left
          </span>
          <span className="text-ink-muted">
            {" "}
            · {line.redeemed} redeemed · {line.booked} booked
          </span>
          {holdsCurrent && <span className="text-ink-muted"> · includes this appointment</span>}
        </p>
        {onSelect && (
          <button
            type="button"
            aria-pressed={pickable ? selected : false}
            aria-disabled={pickable ? undefined : true}
            title={disabledReason}
            onClick={pickable ? () => onSelect(!selected) : undefined}
            className={cx(
              "inline-flex h-7 items-center gap-1.5 rounded-full px-2.5 text-xs font-medium ring-1 ring-inset transition-colors",
              "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
              !pickable && "cursor-default opacity-55",
              selected ? "bg-free text-white ring-free" : "bg-surface text-green-800 ring-green-300 hover:bg-green-50",
            )}
          >
            {selected && (
              <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
                <path d="M2.5 6.3l2.3 2.2 4.7-5" />
              </svg>
            )}
            Use {line.serviceName} minutes
          </button>
        )}
      </div>
    </div>
  );
}

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { SeriesRow } from "@/lib/appointments/propose-series";
import type { SeriesStart } from "@/lib/appointments/series-start";
import { formatMinutes, formatSalonDate, isPlausibleDate } from "@/lib/time";
import { timesFor } from "./series-plan";

export type RowMove = { date: string; startMin: number; staffId?: number | null };

/** A row as shown: the desk's date, time and stylist, with the last check's verdict (pending until it answers). */
export type RowItem = { id: number; row: SeriesRow; pending: boolean };

type Props = {
  start: SeriesStart;
  items: RowItem[];
  /** The rows are being checked again after a change: what is shown may be out of date. */
  checking: boolean;
  /** The row the last "Book" stopped at, and why. */
  failed: { index: number; message: string } | null;
  onMove: (index: number, move: RowMove) => void;
  onLeaveOut: (index: number) => void;
};

const shortDay = (date: string) => formatSalonDate(date).replace(/ \d{4}$/, "");

const STATUS = {
  free: { tone: "success", label: "Free" },
  clash: { tone: "danger", label: "Clash" },
  expired: { tone: "warning", label: "After expiry" },
} as const;

/** The proposal: one row per session, free or the clash in words, with the next free time to use and a way to move it by hand. */
export function SeriesRows({ start, items, checking, failed, onMove, onLeaveOut }: Props) {
  return (
    <ol aria-label="Proposed sessions" aria-busy={checking || undefined} className="space-y-2">
      {items.map(({ id, row, pending }, index) => (
        <SeriesRowItem
          key={id}
          start={start}
          row={row}
          pending={pending}
          failed={failed?.index === index ? failed.message : null}
          onMove={(move) => onMove(index, move)}
          onLeaveOut={items.length > 1 ? () => onLeaveOut(index) : undefined}
        />
      ))}
    </ol>
  );
}

type ItemProps = { start: SeriesStart; row: SeriesRow; pending: boolean; failed: string | null; onMove: (move: RowMove) => void; onLeaveOut?: () => void };

function SeriesRowItem({ start, row, pending, failed, onMove, onLeaveOut }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const day = formatSalonDate(row.date);
  const status = pending ? ({ tone: "neutral", label: "Checking…" } as const) : failed ? ({ tone: "danger", label: "Not booked" } as const) : STATUS[row.status];
  const when = row.endMin !== null ? `${formatMinutes(row.startMin)}–${formatMinutes(row.endMin)}` : formatMinutes(row.startMin);
  const who = row.staffName ?? `Anyone who does ${start.serviceName}`;
  const offer = row.nextFree;
  return (
    <li
      className={cx(
        "rounded-md border bg-surface px-3 py-2.5 text-sm shadow-xs",
        pending || (row.status === "free" && !failed) ? "border-line" : row.status === "expired" ? "border-amber-200 bg-amber-50/40" : "border-red-200 bg-red-50/40",
      )}
    >
      <div className="flex items-center justify-between gap-3">
        <p className="min-w-0 font-medium text-ink">{day}</p>
        <Badge tone={status.tone}>
          {!pending && (
            <span aria-hidden="true" className="mr-1">
              {status.tone === "success" ? "✓" : "✗"}
            </span>
          )}
          {status.label}
        </Badge>
      </div>
      <div className="flex items-center justify-between gap-2">
        <p className="min-w-0 text-xs text-ink-muted tabular-nums">
          {when} · {who}
        </p>
        <div className="-mr-2 flex shrink-0">
          <Button size="sm" variant="ghost" className="h-7 px-2 text-xs" aria-expanded={editing} aria-label={`${editing ? "Done changing" : "Change"} the session on ${day}`} onClick={() => setEditing((e) => !e)}>
            {editing ? "Done" : "Change"}
          </Button>
          {onLeaveOut && (
            <Button size="sm" variant="ghost" className="h-7 px-2 text-xs" aria-label={`Leave out the session on ${day}`} onClick={onLeaveOut}>
              Leave out
            </Button>
          )}
        </div>
      </div>
      {!pending && (failed ?? row.clash) && <p className={cx("mt-1 text-xs font-medium", row.status === "expired" ? "text-amber-900" : "text-red-700")}>{failed ?? row.clash}</p>}
      {offer && !pending && (
        <div className="mt-2 flex items-center justify-between gap-3 rounded-md bg-surface px-2.5 py-1.5 ring-1 ring-line">
          <p className="min-w-0 text-xs text-ink">
            <span className="text-ink-muted">Next free: </span>
            <span className="font-medium tabular-nums">
              {shortDay(offer.date)} {formatMinutes(offer.startMin)}
            </span>
            {offer.staffName !== row.staffName && <span className="text-ink-muted"> with {offer.staffName}</span>}
          </p>
          <Button
            size="sm"
            variant="secondary"
            aria-label={`Use ${shortDay(offer.date)} ${formatMinutes(offer.startMin)} for the session on ${day}`}
            onClick={() => onMove({ date: offer.date, startMin: offer.startMin, staffId: row.staffId === null ? null : offer.staffId })}
          >
            Use
          </Button>
        </div>
      )}
      {editing && <MoveFields start={start} row={row} day={day} onMove={onMove} />}
    </li>
  );
}

/** The row's date and quarter-hour time by hand; each change is checked at once. */
function MoveFields({ start, row, day, onMove }: { start: SeriesStart; row: SeriesRow; day: string; onMove: (move: RowMove) => void }) {
  return (
    <div className="mt-2 grid grid-cols-2 gap-x-3 border-t border-line pt-2.5">
      <TextField
        label={<span className="text-xs">Date</span>}
        aria-label={`Date of the session on ${day}`}
        type="date"
        value={row.date}
        onChange={(e) => isPlausibleDate(e.target.value) && onMove({ date: e.target.value, startMin: row.startMin })}
        inputClassName="h-9"
      />
      <Select
        label={<span className="text-xs">Time</span>}
        aria-label={`Time of the session on ${day}`}
        value={row.startMin}
        onChange={(e) => onMove({ date: row.date, startMin: Number(e.target.value) })}
        options={timesFor(start, row.date, row.startMin)}
        selectClassName="h-9"
      />
    </div>
  );
}

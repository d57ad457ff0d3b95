"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callAction, useAction } from "@/components/ui/use-action";
import { bookSeriesAction, checkSeriesAction, proposeSeriesAction, seriesStartAction } from "@/lib/actions/series";
import type { SeriesProposal, SeriesRow } from "@/lib/appointments/propose-series";
import type { SeriesStart } from "@/lib/appointments/series-start";
import type { DrawerCourse } from "@/lib/courses/views/course-card";
import { formatSalonDate } from "@/lib/time";
import { SkeletonBlock } from "./skeleton";
import { SeriesPlanFields, type SeriesPattern } from "./series-plan";
import { SeriesRows, type RowItem, type RowMove } from "./series-rows";

/** Where the series starts from: the drawer's chosen slot, or the appointment open in it. */
export type SeriesFrom = { appointmentId?: number; staffId?: number; date?: string; startMin?: number };

type Props = {
  lineId: number;
  from: SeriesFrom;
  onClose: () => void;
  /** Booked: the course as it is now (its circles orange) and what to say. */
  onBooked: (course: DrawerCourse, message: string) => void;
};

/** A row as the desk has it; `id` keeps it the same row while it is moved. */
type RowState = { id: number; date: string; startMin: number; staffId: number | null };
type Checked = { rows: RowState[]; proposal: SeriesProposal };

const asInput = (rows: RowState[]) => rows.map(({ date, startMin, staffId }) => ({ date, startMin, staffId }));

/**
 * "Book the remaining sessions" of a course line, inside the drawer: the pattern (every N weeks,
 * from, with whom, how many), then the proposed dates with their clashes and next free times, each
 * adjustable, then every session booked in one go or none.
 */
export function SeriesPanel({ lineId, from, onClose, onBooked }: Props) {
  const router = useRouter();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const [start, setStart] = useState<{ data: SeriesStart | null; error: string | null } | null>(null);
  const [pattern, setPattern] = useState<SeriesPattern | null>(null);
  const [rows, setRows] = useState<RowState[] | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [failed, setFailed] = useState<{ index: number; message: string } | null>(null);
  const [booked, setBooked] = useState<string | null>(null);
  const { run, busy, failure, clear } = useAction<"show" | "book">();
  const nextId = useRef(1);
  const asked = useRef(0);
  const { appointmentId, staffId, date, startMin } = from;

  useEffect(() => {
    let live = true;
    callAction(() => seriesStartAction({ lineId, appointmentId, staffId, date, startMin })).then((result) => {
      if (!live) return;
      setStart(result.ok ? { data: result.data, error: null } : { data: null, error: result.error });
      if (result.ok) {
        const s = result.data;
        setPattern({ everyWeeks: s.everyWeeks, date: s.date, startMin: s.startMin, staffId: s.staffId, count: s.free });
      }
    });
    return () => {
      live = false;
    };
  }, [lineId, appointmentId, staffId, date, startMin]);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>("h4")?.focus();
  }, []);

  const current = checked !== null && checked.rows === rows;
  const items: RowItem[] = (rows ?? []).map((r, i) => ({
    id: r.id,
    pending: !current,
    row: current ? checked.proposal.rows[i] : placeholder(r, checked),
  }));
  const clashes = current ? checked.proposal.rows.filter((r) => r.status !== "free").length : 0;
  const ready = current && clashes === 0 && busy === null;

  function withIds(proposalRows: SeriesRow[]): RowState[] {
    return proposalRows.map((r) => ({ id: nextId.current++, date: r.date, startMin: r.startMin, staffId: r.staffId }));
  }

  async function show() {
    if (!pattern) return;
    setFailed(null);
    setCheckError(null);
    const result = await run("show", () => proposeSeriesAction({ lineId, ...pattern, staffId: pattern.staffId ?? "any" }));
    if (!result?.ok) return;
    const next = withIds(result.data.rows);
    asked.current++;
    setRows(next);
    setChecked({ rows: next, proposal: result.data });
  }

  /** The rows changed (a next free time used, moved by hand, one left out): check them all again. */
  async function recheck(next: RowState[]) {
    const ask = ++asked.current;
    setRows(next);
    setCheckError(null);
    const result = await callAction(() => checkSeriesAction({ lineId, rows: asInput(next) }));
    if (ask !== asked.current) return; // a newer change was asked since
    if (result.ok) setChecked({ rows: next, proposal: result.data });
    else setCheckError(result.error);
  }

  function move(index: number, to: RowMove) {
    if (!rows) return;
    setFailed(null);
    clear();
    void recheck(rows.map((r, i) => (i === index ? { ...r, date: to.date, startMin: to.startMin, staffId: to.staffId === undefined ? r.staffId : to.staffId } : r)));
  }

  function leaveOut(index: number) {
    if (!rows) return;
    setFailed(null);
    clear();
    void recheck(rows.filter((_, i) => i !== index));
  }

  async function book() {
    if (!ready || !checked) return;
    const input = checked.proposal.rows.map((r) => ({ date: r.date, startMin: r.startMin, staffId: r.bookedStaffId! }));
    const result = await run("book", () => bookSeriesAction({ lineId, rows: input }));
    if (!result) return;
    if (result.ok) {
      setBooked(result.data.message);
      onBooked(result.data.course, result.data.message);
      router.refresh();
      return;
    }
    // Which row stopped it ("rows.3"), shown on that row; then every row is checked again as things are now.
    const key = Object.keys(result.fieldErrors ?? {}).find((k) => /^rows\.\d+$/.test(k));
    if (key) setFailed({ index: Number(key.slice(5)), message: result.error });
    if (rows) void recheck([...rows]);
  }

  // Enter in a field of the panel must not press the drawer's own Save.
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
  }

  const count = rows?.length ?? 0;
  const s = start?.data;
  return (
    <section ref={panel} aria-labelledby={titleId} onKeyDown={onKeyDown} className="space-y-4 rounded-lg border border-brand-200 bg-brand-50/40 p-3.5 shadow-xs">
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h4 id={titleId} tabIndex={-1} className="text-sm font-semibold text-ink focus:outline-none">
            Book the remaining sessions
          </h4>
          {s && (
            <p className="mt-0.5 text-xs text-ink-muted">
              {s.serviceName}
              {booked ? "" : ` · ${s.free} free`}
              {s.expiresOn ? ` · expires ${formatSalonDate(s.expiresOn)}` : ""}
            </p>
          )}
        </div>
        <Button size="sm" variant="ghost" className="-mt-1 -mr-1.5" aria-label={booked ? "Done with the series" : "Close the series"} onClick={onClose}>
          {booked ? "Done" : "Close"}
        </Button>
      </header>

      {booked ? (
        <Alert tone="success">{booked}</Alert>
      ) : !start ? (
        <div role="status" aria-label="Loading the series…" className="space-y-3">
          <SkeletonBlock className="h-10 w-full" />
          <SkeletonBlock className="h-10 w-full" />
        </div>
      ) : !s || !pattern ? (
        <Alert tone="error">{start.error}</Alert>
      ) : (
        <>
          <SeriesPlanFields
            start={s}
            pattern={pattern}
            busy={busy === "show"}
            errors={busy === null && !rows ? failure?.fieldErrors : undefined}
            onChange={(patch) => {
              setPattern({ ...pattern, ...patch });
              // Another pattern: the dates shown no longer follow it.
              asked.current++;
              setRows(null);
              setChecked(null);
              setFailed(null);
              clear();
            }}
            onShow={show}
          />
          {rows && (
            <SeriesRows start={s} items={items} checking={!current} failed={failed} onMove={move} onLeaveOut={leaveOut} />
          )}
          {checkError && <Alert tone="error">{checkError}</Alert>}
          {failure && <Alert tone="error">{failure.error}</Alert>}
          {rows && (
            <div className="space-y-2">
              {current && clashes > 0 && (
                <p className="text-xs text-ink-muted">
                  {clashes === 1 ? "1 session clashes" : `${clashes} sessions clash`}: use the next free time, change it, or leave it out.
                </p>
              )}
              <Button className="w-full" onClick={book} aria-disabled={!ready || undefined}>
                {busy === "book" ? "Booking…" : `Book ${count} session${count === 1 ? "" : "s"}`}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** A row the desk has just changed, shown with its new day and time until the check answers. */
function placeholder(r: RowState, before: Checked | null): SeriesRow {
  const was = before?.rows.findIndex((b) => b.id === r.id) ?? -1;
  const staffName = was >= 0 ? before!.proposal.rows[was].staffName : null;
  return { date: r.date, startMin: r.startMin, staffId: r.staffId, bookedStaffId: null, staffName, endMin: null, status: "free", clash: null, nextFree: null };
}

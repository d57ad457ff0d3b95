import Link from "next/link";
import { format, parseISO } from "date-fns";
import { cx } from "@/components/ui/cx";
import { appointmentOnDayHref, calendarHref } from "@/lib/calendar/links";
import type { WeekDay } from "@/lib/calendar/load-week";
import { offTime } from "@/lib/calendar/shading";
import { describeSpans } from "@/lib/rota/working-hours";
import { formatMinutes } from "@/lib/time";
import { AlertMark, appointmentName, CourseMark, OnlineMark, OutsideHoursMark } from "./appointment-block";
import { closedBlocks, dayStyle, gridRange, HEADER_PX, layoutLanes, minuteTop, rowsCss, SLOT_MIN, type GridRange } from "./geometry";
import { OffHoursBlock } from "./off-hours";
import { STATUS_STYLE } from "./status";
import { StatusIcon } from "./status-icon";

const TIME_COL_REM = 4;
const DAY_COL_REM = 8;

/** The rows the week needs: the earliest opening to the latest closing, widened to anything booked outside them. */
function weekRange(days: WeekDay[]): GridRange | null {
  const open = days.flatMap((d) => (d.hours ? [d.hours] : []));
  const hours = open.length > 0 ? { opensAtMin: Math.min(...open.map((h) => h.opensAtMin)), closesAtMin: Math.max(...open.map((h) => h.closesAtMin)) } : null;
  return gridRange(
    hours,
    days.flatMap((d) => d.appointments),
  );
}

/** Under the day's name: their hours (a break shows as shading), the note of a day off, or the salon being closed. */
function dayHoursText(day: WeekDay): { short: string; full: string } {
  if (!day.hours) return { short: "Salon closed", full: "Salon closed" };
  const { spans, note } = day.staff;
  if (spans.length === 0) return { short: note || "Not working", full: note || "Not working" };
  const short = `${formatMinutes(spans[0].start)}–${formatMinutes(spans[spans.length - 1].end)}${note ? ` · ${note}` : ""}`;
  return { short, full: `${describeSpans(spans)}${note ? ` (${note})` : ""}` };
}

/**
 * One staff member's week: a time column and seven day columns, Monday to Sunday, each shaded where
 * they do not work and showing their appointments. Drawn on the server; an appointment opens the
 * day view with the drawer on it, a day's name opens that day.
 */
export function WeekGrid({ days, today, nowMin, staffName }: { days: WeekDay[]; today: string; nowMin: number; staffName: string }) {
  const range = weekRange(days);
  if (!range) {
    return (
      <div className="flex min-h-0 flex-1 flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-line-strong bg-surface px-6 text-center">
        <p className="text-base font-semibold text-ink">The salon is closed all this week.</p>
      </div>
    );
  }
  const height = rowsCss((range.endMin - range.startMin) / SLOT_MIN);
  const hourMarks: number[] = [];
  for (let m = range.startMin; m < range.endMin; m += SLOT_MIN) if (m % 60 === 0 || m === range.startMin) hourMarks.push(m);

  return (
    <div role="region" aria-label={`${staffName}’s week`} className="relative min-h-0 flex-1 overflow-auto overscroll-contain rounded-lg border border-line bg-surface shadow-xs">
      <div
        className="relative grid"
        style={{ gridTemplateColumns: `${TIME_COL_REM}rem repeat(7, minmax(${DAY_COL_REM}rem, 1fr))`, minWidth: `${TIME_COL_REM + 7 * DAY_COL_REM}rem` }}
      >
        <div className="sticky left-0 z-20 border-r border-line bg-surface" aria-hidden="true">
          <div className="sticky top-0 z-10 border-b border-line bg-surface" style={{ height: HEADER_PX }} />
          <div className="relative" style={{ height }}>
            {hourMarks.map((m) => (
              <span
                key={m}
                className={cx("absolute right-2 text-[11px] leading-none font-medium text-ink-subtle tabular-nums", m === range.startMin ? "translate-y-1" : "-translate-y-1/2")}
                style={{ top: minuteTop(m, range) }}
              >
                {formatMinutes(m)}
              </span>
            ))}
          </div>
        </div>

        {days.map((day) => (
          <WeekDayColumn key={day.date} day={day} range={range} isToday={day.date === today} nowMin={nowMin} />
        ))}
      </div>
    </div>
  );
}

function WeekDayColumn({ day, range, isToday, nowMin }: { day: WeekDay; range: GridRange; isToday: boolean; nowMin: number }) {
  const dayRange = { ...range, hours: day.hours };
  const lanes = layoutLanes(day.appointments);
  const longDay = format(parseISO(day.date), "EEEE d MMMM");
  const hoursText = dayHoursText(day);
  const nowInRange = isToday && nowMin >= range.startMin && nowMin <= range.endMin;
  return (
    <div role="group" aria-label={`${longDay}${isToday ? ", today" : ""}`} className={cx("relative min-w-0 border-l border-line", isToday && "bg-brand-50/30")}>
      <div className="sticky top-0 z-10 flex flex-col justify-center border-b border-line bg-surface px-3" style={{ height: HEADER_PX }}>
        <h2 className="truncate text-sm leading-5 font-semibold text-ink">
          <Link
            href={calendarHref(day.date)}
            aria-label={`${longDay}${isToday ? ", today" : ""}: open the day`}
            className={cx("underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600", isToday && "text-brand-800")}
          >
            {format(parseISO(day.date), "EEE d MMM")}
          </Link>
        </h2>
        <p title={hoursText.full} className="truncate text-[11px] leading-4 text-ink-muted tabular-nums">
          {hoursText.short}
        </p>
      </div>
      <div className="staff-day" style={dayStyle(range)}>
        {closedBlocks(dayRange).map(({ startMin, endMin }) => (
          <div
            key={`closed${startMin}`}
            aria-hidden="true"
            className="closed-hours"
            style={{ top: minuteTop(startMin, range), height: rowsCss((endMin - startMin) / SLOT_MIN) }}
          />
        ))}
        {offTime(day.hours, day.staff).map((o) => (
          <OffHoursBlock key={`off${o.start}`} off={o} range={range} />
        ))}
        {nowInRange && (
          <div aria-hidden="true" className="pointer-events-none absolute inset-x-0 z-[1] border-t-2 border-red-500/80" style={{ top: minuteTop(nowMin, range) }} />
        )}
        {day.appointments.map((a) => {
          const lane = lanes.get(a.id) ?? { lane: 0, lanes: 1 };
          const rows = Math.max(1, (a.endMin - a.startMin) / SLOT_MIN);
          const marks = (a.alert || a.bookedAnyway || a.isCourse || a.source === "ONLINE") && (
            <span className="appt-marks">
              {a.alert && <AlertMark text={a.alert} />}
              {a.bookedAnyway && <OutsideHoursMark text={a.bookedAnyway} />}
              {a.isCourse && <CourseMark />}
              {a.source === "ONLINE" && <OnlineMark fit />}
            </span>
          );
          return (
            <Link
              key={a.id}
              href={appointmentOnDayHref(a.id, day.date)}
              aria-label={appointmentName(a)}
              title={`${a.clientName} · ${a.serviceName} · ${formatMinutes(a.startMin)}–${formatMinutes(a.endMin)}${a.room ? ` · ${a.room}` : ""}`}
              className={cx("appt", rows <= 1 ? "justify-center" : "py-1", STATUS_STYLE[a.status].block)}
              style={{
                top: minuteTop(a.startMin, range, 1),
                height: rowsCss(rows, -2),
                ...(lane.lanes > 1 ? { left: `calc(${(lane.lane / lane.lanes) * 100}% + 2px)`, width: `calc(${100 / lane.lanes}% - 4px)` } : {}),
              }}
            >
              <span className="appt-line gap-1">
                <StatusIcon status={a.status} />
                <span className="appt-name">{a.clientName}</span>
                {marks}
              </span>
              {rows >= 2 && (
                <span className="appt-text text-ink-muted">
                  <span className="tabular-nums">{formatMinutes(a.startMin)}</span> {a.serviceName}
                </span>
              )}
              {rows >= 3 && a.room && <span className="appt-text text-ink-muted">{a.room}</span>}
            </Link>
          );
        })}
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BookingSteps } from "@/components/booking/booking-steps";
import { SessionChoiceBar } from "@/components/client-portal/session-choice-bar";
import { SessionConfirmForm } from "@/components/client-portal/session-confirm-form";
import { DayPicker } from "@/components/booking/day-picker";
import { StaffList } from "@/components/booking/staff-list";
import { BookingSummary } from "@/components/booking/booking-summary";
import { TimeGrid } from "@/components/booking/time-grid";
import { Alert } from "@/components/ui/alert";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { loadBookableLine, type BookableLine } from "@/lib/client-portal/bookable-line";
import { currentClient } from "@/lib/client-portal/client-cookie";
import { sessionStepSchema } from "@/lib/client-portal/schemas";
import { insideCourse, lastSessionDay, loadSessionDays, loadSessionTimes, outsideCourseText } from "@/lib/client-portal/session-times";
import { PORTAL_PATH, sessionHref } from "@/lib/client-portal/session-url";
import { loadServiceStaff, type BookableStaff } from "@/lib/online-booking/catalogue";
import { dayRefusal } from "@/lib/online-booking/free-times";
import { settingsForRequest } from "@/lib/settings/for-request";
import type { SalonSettingsView } from "@/lib/settings/salon-settings";
import { addDaysToDate, formatSalonDate, formatSalonTime, salonDateOf, type SalonDate } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Book a session from your course" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STRIP_DAYS = 7;

function Heading({ title, description }: { title: string; description?: string }) {
  return (
    <div className="mb-5">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
      {description && <p className="mt-1 text-sm text-ink-muted">{description}</p>}
    </div>
  );
}

function steps(line: number, staff?: number | null) {
  return [
    { label: "Course", href: PORTAL_PATH },
    { label: "Staff", href: sessionHref({ line }) },
    { label: "Time", href: staff !== undefined ? sessionHref({ line, staff }) : null },
    { label: "Confirm", href: null },
  ];
}

const leftText = ({ course, line }: BookableLine) => (course.unit === "SESSIONS" ? `${line.balance.free} of ${line.balance.total} free` : `${line.balance.free} min free`);

/**
 * Booking a session from one of the signed-in client's own course lines, one step a URL like /book:
 * staff or anyone → a day within the course's dates and the booking horizon, and a free time →
 * confirm. The session is held from that line (orange at the desk at once). Singles stay on /book.
 */
export default async function BookSessionPage({ searchParams }: Props) {
  const client = await currentClient();
  if (!client) redirect(PORTAL_PATH);
  const raw = await searchParams;
  const first = (key: string) => (Array.isArray(raw[key]) ? raw[key][0] : raw[key]);
  const place = sessionStepSchema.parse({ line: first("line"), staff: first("staff"), date: first("date"), from: first("from"), at: first("at") });
  if (place.line === undefined) redirect(PORTAL_PATH);
  const now = new Date();
  let bookable: BookableLine;
  try {
    bookable = await loadBookableLine(db, client.clientId, place.line, now);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return <CannotBook message={error.message} />;
  }
  const settings = await settingsForRequest();
  const staff = await loadServiceStaff(db, bookable.service);
  const bar = { lineId: bookable.line.id, serviceName: bookable.line.serviceName, courseName: bookable.course.name, leftText: leftText(bookable) };

  let notice: string | null = null;
  let staffName: string | null = null;
  let minutes = bookable.service.durationMinutes;
  if (place.staff === null) staffName = "Anyone";
  else if (place.staff !== undefined) {
    const member = staff.find((s) => s.id === place.staff);
    if (member) {
      staffName = member.name;
      minutes = member.minutes;
    } else notice = "Choose someone from the list, or “Anyone”.";
  } else if (first("staff") !== undefined) notice = "Choose someone from the list, or “Anyone”.";
  if (staffName === null || place.staff === undefined) return <StaffStep bookable={bookable} bar={bar} staff={staff} notice={notice} />;

  const choice = { bookable, bar, staffId: place.staff, staffName, settings, now };
  if (place.at) {
    const date = salonDateOf(place.at, settings.timezone);
    const day = await loadSessionTimes(db, bookable, { staffId: place.staff, date }, now);
    if (day.times.some((t) => +t.startsAt === +place.at!)) return <ConfirmStep {...choice} minutes={minutes} startsAt={place.at} />;
    return <DayStep {...choice} date={date} notice={day.refusal ?? "Sorry, that time is no longer free. Please choose another."} />;
  }
  return <DayStep {...choice} date={place.date} from={place.from} />;
}

function CannotBook({ message }: { message: string }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">Book a session</h1>
      <Alert tone="info">{message}</Alert>
      <Link href={PORTAL_PATH} className="inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
        Back to your courses and bookings
      </Link>
    </div>
  );
}

type Bar = { lineId: number; serviceName: string; courseName: string; leftText: string };

function StaffStep({ bookable, bar, staff, notice }: { bookable: BookableLine; bar: Bar; staff: BookableStaff[]; notice: string | null }) {
  return (
    <>
      <BookingSteps steps={steps(bookable.line.id)} current={1} />
      <Heading title="Who would you like?" description="Book a session from your course: nothing to pay, it is held from the course." />
      <SessionChoiceBar {...bar} />
      {notice && <Alert tone="error" className="mb-5">{notice}</Alert>}
      <StaffList durationMinutes={bookable.service.durationMinutes} staff={staff} hrefFor={(id) => sessionHref({ line: bookable.line.id, staff: id })} />
    </>
  );
}

type ChoiceProps = { bookable: BookableLine; bar: Bar; staffId: number | null; staffName: string; settings: SalonSettingsView; now: Date };

async function DayStep({ bookable, bar, staffId, staffName, settings, now, date, from, notice }: ChoiceProps & { date?: SalonDate; from?: SalonDate; notice?: string }) {
  const lineId = bookable.line.id;
  const today = salonDateOf(now, settings.timezone);
  const lastDay = lastSessionDay(bookable, today, settings.bookingHorizonDays);
  const dateRefusal = date ? (dayRefusal(date, today, settings.bookingHorizonDays) ?? (insideCourse(bookable, date) ? null : outsideCourseText(bookable))) : null;
  const selected = date && !dateRefusal ? date : undefined;
  let start = from ?? (selected && selected > addDaysToDate(today, STRIP_DAYS - 1) ? selected : today);
  if (start < today || start > lastDay) start = today;
  const strip = await loadSessionDays(db, bookable, { staffId, from: start, days: STRIP_DAYS }, now);
  const day = selected ? await loadSessionTimes(db, bookable, { staffId, date: selected }, now) : null;
  const times = day?.times ?? [];
  const emptyDay = day?.plan?.window && !day.plan.working ? (staffId === null ? "Nobody who does this treatment is working on this day." : `${staffName} is not working on this day.`) : "No free times on this day.";
  const back = addDaysToDate(start, -STRIP_DAYS);
  const on = addDaysToDate(start, STRIP_DAYS);
  return (
    <>
      <BookingSteps steps={steps(lineId, staffId)} current={2} />
      <Heading title="Choose a time" description={`Sessions can be booked up to ${formatSalonDate(lastDay)}.`} />
      <SessionChoiceBar {...bar} staffName={staffName} />
      {(notice || dateRefusal) && <Alert tone="error" className="mb-5">{notice ?? dateRefusal}</Alert>}
      <DayPicker
        days={strip.days}
        hrefFor={(place) => sessionHref({ line: lineId, staff: staffId, ...place })}
        form={{ action: `${PORTAL_PATH}/book`, fields: { line: String(lineId), staff: String(staffId ?? "any") } }}
        selected={selected}
        today={today}
        lastDay={lastDay}
        previousFrom={start > today ? (back < today ? today : back) : null}
        nextFrom={on <= lastDay ? on : null}
      />
      {selected && (
        <section aria-labelledby="times-heading" className="mt-6">
          <h2 id="times-heading" className="mb-3 text-base font-semibold text-ink">
            Free times on {formatSalonDate(selected)}
          </h2>
          {times.length > 0 ? (
            <TimeGrid
              times={times.map((t) => t.startsAt)}
              timezone={settings.timezone}
              hrefAt={(at) => sessionHref({ line: lineId, staff: staffId, from: start, date: selected, at })}
            />
          ) : (
            <p className="rounded-lg border border-line bg-surface p-4 text-sm text-ink-muted">{day?.refusal ?? emptyDay} Please choose another day.</p>
          )}
        </section>
      )}
    </>
  );
}

function ConfirmStep({ bookable, staffId, staffName, settings, startsAt, minutes }: ChoiceProps & { startsAt: Date; minutes: number }) {
  const date = salonDateOf(startsAt, settings.timezone);
  const otherTimes = sessionHref({ line: bookable.line.id, staff: staffId, date });
  return (
    <>
      <BookingSteps steps={steps(bookable.line.id, staffId)} current={3} />
      <Heading title="Confirm your session" description={`Held from ${bookable.course.name}: nothing to pay on the day.`} />
      <div className="space-y-5">
        <BookingSummary
          serviceName={bookable.line.serviceName}
          durationMinutes={minutes}
          staffName={staffName}
          dateLabel={formatSalonDate(date)}
          time={formatSalonTime(startsAt, settings.timezone)}
          paidBy={`${bookable.course.name} (${bookable.course.unit === "SESSIONS" ? "one session" : `${minutes} minutes`})`}
        />
        <SessionConfirmForm lineId={bookable.line.id} staffId={staffId} startsAt={startsAt.toISOString()} otherTimesHref={otherTimes} />
        <p className="text-sm">
          <Link href={otherTimes} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Choose another time
          </Link>
        </p>
      </div>
    </>
  );
}

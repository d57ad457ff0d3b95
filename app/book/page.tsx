import type { Metadata } from "next";
import { BookingSteps } from "@/components/booking/booking-steps";
import { ChoiceBar } from "@/components/booking/choice-bar";
import { DayPicker } from "@/components/booking/day-picker";
import { DetailsForm } from "@/components/booking/details-form";
import { ServiceList } from "@/components/booking/service-list";
import { StaffList } from "@/components/booking/staff-list";
import { TimeGrid } from "@/components/booking/time-grid";
import { Alert } from "@/components/ui/alert";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { loadDaySummaries, loadFreeTimes } from "@/lib/online-booking/availability";
import { bookingHref } from "@/lib/online-booking/booking-url";
import { loadOnlineMenu, loadOnlineService, loadServiceStaff, staffForChoice, type OnlineService } from "@/lib/online-booking/catalogue";
import { dayRefusal, lastBookableDay } from "@/lib/online-booking/free-times";
import { settingsForRequest } from "@/lib/settings/for-request";
import type { SalonSettingsView } from "@/lib/settings/salon-settings";
import { addDaysToDate, formatSalonDate, formatSalonTime, salonDateOf, type SalonDate } from "@/lib/time";
import { bookingStepSchema } from "@/lib/online-booking/schemas";

export const dynamic = "force-dynamic";
// The one page a search engine may list (the rest of the app, token links included, is noindex).
export const metadata: Metadata = { title: "Book online", robots: { index: true, follow: false } };

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

function steps(service?: number, staff?: number | null) {
  return [
    { label: "Treatment", href: "/book" },
    { label: "Staff", href: service !== undefined ? bookingHref({ service }) : null },
    { label: "Time", href: service !== undefined && staff !== undefined ? bookingHref({ service, staff }) : null },
    { label: "Your details", href: null },
  ];
}

/**
 * Online booking, one step at a time, every step a URL: treatment → staff or anyone → day and free
 * time → name, email and phone → confirm. Bad or stale links fall back a step with a clear message.
 */
export default async function BookPage({ searchParams }: Props) {
  const raw = await searchParams;
  const first = (key: string) => (Array.isArray(raw[key]) ? raw[key][0] : raw[key]);
  const place = bookingStepSchema.parse({ service: first("service"), staff: first("staff"), date: first("date"), from: first("from"), at: first("at") });
  const settings = await settingsForRequest();
  const now = new Date();

  let notice: string | null = null;
  let service: OnlineService | null = null;
  if (place.service !== undefined) {
    try {
      service = await loadOnlineService(db, place.service);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      notice = error.message;
    }
  } else if (first("service") !== undefined) {
    notice = "That treatment cannot be booked online. Choose one from the list.";
  }
  if (!service) return <ServiceStep settings={settings} notice={notice} />;

  let staffName: string | null = null;
  if (place.staff !== undefined) {
    try {
      if (place.staff === null) staffName = "Anyone";
      else {
        const [member] = await staffForChoice(db, service, place.staff);
        staffName = member.name;
        // Their own length for it, when it differs from the menu's.
        service = { ...service, durationMinutes: member.minutes };
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
      notice = error.message;
    }
  } else if (first("staff") !== undefined) {
    notice = "Choose a staff member from the list, or “Anyone”.";
  }
  if (staffName === null || place.staff === undefined) return <StaffStep service={service} settings={settings} notice={notice} />;

  const choice = { service, staffId: place.staff, staffName, settings, now };
  if (place.at) {
    const date = salonDateOf(place.at, settings.timezone);
    const day = await loadFreeTimes(db, { serviceId: service.id, staffId: place.staff, date }, now);
    if (day.times.some((t) => +t.startsAt === +place.at!)) return <DetailsStep {...choice} startsAt={place.at} />;
    return <DayStep {...choice} date={date} notice={day.refusal ?? "Sorry, that time is no longer free. Please choose another."} />;
  }
  return <DayStep {...choice} date={place.date} from={place.from} />;
}

async function ServiceStep({ settings, notice }: { settings: SalonSettingsView; notice: string | null }) {
  const menu = await loadOnlineMenu(db);
  return (
    <>
      <BookingSteps steps={steps()} current={0} />
      <Heading title="Choose a treatment" description="Book a single treatment online. Courses and packages are sold in the salon." />
      {notice && <Alert tone="error" className="mb-5">{notice}</Alert>}
      <ServiceList menu={menu} currency={settings.currency} />
    </>
  );
}

async function StaffStep({ service, settings, notice }: { service: OnlineService; settings: SalonSettingsView; notice: string | null }) {
  const staff = await loadServiceStaff(db, service);
  return (
    <>
      <BookingSteps steps={steps(service.id)} current={1} />
      <Heading title="Who would you like?" />
      <ChoiceBar service={service} currency={settings.currency} changeServiceHref="/book" />
      {notice && <Alert tone="error" className="mb-5">{notice}</Alert>}
      {staff.length > 0 ? (
        <StaffList durationMinutes={service.durationMinutes} staff={staff} hrefFor={(id) => bookingHref({ service: service.id, staff: id })} />
      ) : (
        <p className="rounded-lg border border-line bg-surface p-4 text-sm text-ink-muted">Nobody can be booked online for this treatment at the moment. Please choose another treatment, or call the salon.</p>
      )}
    </>
  );
}

type ChoiceProps = { service: OnlineService; staffId: number | null; staffName: string; settings: SalonSettingsView; now: Date };

async function DayStep({ service, staffId, staffName, settings, now, date, from, notice }: ChoiceProps & { date?: SalonDate; from?: SalonDate; notice?: string }) {
  const today = salonDateOf(now, settings.timezone);
  const lastDay = lastBookableDay(today, settings.bookingHorizonDays);
  const dateRefusal = date ? dayRefusal(date, today, settings.bookingHorizonDays) : null;
  const selected = date && !dateRefusal ? date : undefined;
  // The strip starts where asked, or on the chosen day if it is beyond this week, never before today.
  let start = from ?? (selected && selected > addDaysToDate(today, STRIP_DAYS - 1) ? selected : today);
  if (start < today || start > lastDay) start = today;
  const strip = await loadDaySummaries(db, { serviceId: service.id, staffId, from: start, days: STRIP_DAYS }, now);
  const day = selected ? await loadFreeTimes(db, { serviceId: service.id, staffId, date: selected }, now) : null;
  const times = day?.times ?? [];
  const emptyDay = day?.plan?.window && !day.plan.working ? (staffId === null ? "Nobody who does this treatment is working on this day." : `${staffName} is not working on this day.`) : "No free times on this day.";
  const back = addDaysToDate(start, -STRIP_DAYS);
  const on = addDaysToDate(start, STRIP_DAYS);
  return (
    <>
      <BookingSteps steps={steps(service.id, staffId)} current={2} />
      <Heading title="Choose a time" />
      <ChoiceBar service={service} currency={settings.currency} staffName={staffName} changeServiceHref="/book" changeStaffHref={bookingHref({ service: service.id })} />
      {(notice || dateRefusal) && <Alert tone="error" className="mb-5">{notice ?? dateRefusal}</Alert>}
      <DayPicker
        days={strip.days}
        hrefFor={(place) => bookingHref({ service: service.id, staff: staffId, ...place })}
        form={{ action: "/book", fields: { service: String(service.id), staff: String(staffId ?? "any") } }}
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
              hrefAt={(at) => bookingHref({ service: service.id, staff: staffId, from: start, date: selected, at })}
            />
          ) : (
            <p className="rounded-lg border border-line bg-surface p-4 text-sm text-ink-muted">{emptyDay} Please choose another day.</p>
          )}
        </section>
      )}
    </>
  );
}

function DetailsStep({ service, staffId, staffName, settings, startsAt }: ChoiceProps & { startsAt: Date }) {
  const date = salonDateOf(startsAt, settings.timezone);
  const dateLabel = formatSalonDate(date);
  return (
    <>
      <BookingSteps steps={steps(service.id, staffId)} current={3} />
      <Heading title="Your details" description="We match these to your client card, so any course you hold for this treatment is used." />
      <ChoiceBar service={service} currency={settings.currency} staffName={staffName} changeServiceHref="/book" changeStaffHref={bookingHref({ service: service.id })} />
      <DetailsForm
        serviceId={service.id}
        staffId={staffId}
        startsAt={startsAt.toISOString()}
        dateLabel={dateLabel}
        whenLabel={`${dateLabel} at ${formatSalonTime(startsAt, settings.timezone)}`}
      />
      <p className="mt-4 text-sm">
        <a href={bookingHref({ service: service.id, staff: staffId, date })} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Choose another time
        </a>
      </p>
    </>
  );
}

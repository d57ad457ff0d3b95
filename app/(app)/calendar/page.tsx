import type { Metadata } from "next";
import { format, parseISO } from "date-fns";
import { CalendarBoard } from "@/components/calendar/calendar-board";
import { isPlausibleDate } from "@/lib/time";
import { requireStaff } from "@/lib/auth/guard";
import { packDay } from "@/lib/calendar/day-wire";
import { loadCalendarDay } from "@/lib/calendar/load-day";
import { CLIENT_HIT_SELECT } from "@/lib/clients/search-clients";
import { db } from "@/lib/db";
import { listActiveServices } from "@/lib/services/list-services";
import { settingsForRequest } from "@/lib/settings/for-request";
import { salonDateOf, salonMinutesOf } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Calendar" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The front desk's day: `/calendar?date=YYYY-MM-DD` (default today in the salon's timezone);
 * `&staff=all` shows staff not working that day too; `&appointment=ID` opens the drawer on one.
 */
export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const me = await requireStaff();
  const params = await searchParams;
  const settings = await settingsForRequest();
  const { timezone } = settings;
  const now = new Date();
  const today = salonDateOf(now, timezone);

  const asked = first(params.date)?.trim() ?? "";
  const invalidDate = asked !== "" && !isPlausibleDate(asked);
  const date = asked && !invalidDate ? asked : today;

  const clientId = Number(first(params.client));
  const appointmentId = Number(first(params.appointment));
  const [day, services, bookingFor] = await Promise.all([
    loadCalendarDay(db, date, settings),
    listActiveServices(db),
    // A client that does not exist (or was merged away) just leaves the calendar as it is.
    Number.isSafeInteger(clientId) && clientId > 0
      ? db.client.findFirst({ where: { id: clientId, mergedIntoId: null }, select: CLIENT_HIT_SELECT })
      : null,
  ]);

  return (
    <CalendarBoard
      packedDay={packDay(day)}
      services={services}
      today={today}
      nowMin={salonMinutesOf(now, timezone)}
      longDate={format(parseISO(date), "EEEE d MMMM yyyy")}
      initialShowCancelled={first(params.cancelled) === "1"}
      initialShowAllStaff={first(params.staff) === "all"}
      initialAppointmentId={Number.isSafeInteger(appointmentId) && appointmentId > 0 ? appointmentId : null}
      isManager={me.role === "MANAGER"}
      invalidDate={invalidDate}
      bookingFor={bookingFor}
    />
  );
}

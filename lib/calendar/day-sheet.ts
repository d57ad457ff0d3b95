import type { Tx } from "@/lib/db";
import { displayPhone, fullName } from "@/lib/clients/display";
import type { SalonSettingsView } from "@/lib/settings/salon-settings";
import { minutesOnDay, salonDayRange, type SalonDate } from "@/lib/time";

export type DaySheetRow = {
  id: number;
  startMin: number;
  endMin: number;
  clientName: string;
  phone: string | null;
  serviceName: string;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "NO_SHOW";
  /** The course the session comes from (held or already redeemed); null for a single. */
  courseName: string | null;
  alert: string;
  clientNotes: string;
  note: string;
};

export type DaySheet = {
  date: SalonDate;
  /** The sheets asked for: every stylist's, or the one asked for. */
  staff: { id: number; name: string; rows: DaySheetRow[] }[];
  /** Everyone on the calendar, for choosing whose sheet. */
  everyone: { id: number; name: string }[];
};

/**
 * The printable day: per stylist, every appointment still on (cancelled ones left out), in time order,
 * with what the stylist needs at the chair: the client's alert and notes, the appointment's note, and
 * whether the session comes from a course. `staffId` narrows it to one stylist's sheet.
 */
export async function loadDaySheet(tx: Tx, date: SalonDate, settings: Pick<SalonSettingsView, "timezone">, staffId?: number): Promise<DaySheet> {
  const { start, end } = salonDayRange(date, settings.timezone);
  const minutesOf = minutesOnDay(date, settings.timezone);
  const [everyone, appointments] = await Promise.all([
    tx.staff.findMany({
      where: { active: true, takesAppointments: true },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    tx.appointment.findMany({
      where: { startsAt: { gte: start, lt: end }, status: { not: "CANCELLED" }, ...(staffId ? { staffId } : {}) },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        staffId: true,
        startsAt: true,
        endsAt: true,
        status: true,
        notes: true,
        client: { select: { firstName: true, lastName: true, phone: true, alert: true, notes: true } },
        service: { select: { name: true } },
        clientCourseLine: { select: { clientCourse: { select: { name: true } } } },
        redemptions: { where: { reversedAt: null }, select: { clientCourseLine: { select: { clientCourse: { select: { name: true } } } } } },
      },
    }),
  ]);
  const staff = staffId ? everyone.filter((s) => s.id === staffId) : everyone;
  const rowsOf = new Map<number, DaySheetRow[]>(staff.map((s) => [s.id, []]));
  for (const a of appointments) {
    const startMin = minutesOf(a.startsAt);
    // Staff no longer on the calendar have no sheet (the calendar does not show them either).
    if (!rowsOf.has(a.staffId)) continue;
    rowsOf.get(a.staffId)!.push({
      id: a.id,
      startMin,
      endMin: Math.min(24 * 60, startMin + Math.round((+a.endsAt - +a.startsAt) / 60_000)),
      clientName: fullName(a.client),
      phone: a.client.phone ? displayPhone(a.client.phone) : null,
      serviceName: a.service.name,
      status: a.status as DaySheetRow["status"],
      courseName: a.clientCourseLine?.clientCourse.name ?? a.redemptions[0]?.clientCourseLine.clientCourse.name ?? null,
      alert: a.client.alert,
      clientNotes: a.client.notes,
      note: a.notes,
    });
  }
  return { date, staff: staff.map((s) => ({ ...s, rows: rowsOf.get(s.id) ?? [] })), everyone };
}

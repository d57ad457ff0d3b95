import { Prisma } from "@/generated/prisma/client";
import type { CalendarAppointment } from "./load-day";
import { isSqlTrue } from "@/lib/sql-flag";

/**
 * The calendar's one read of appointments (the day, and a stylist's week), as raw SQL: one join
 * instead of Prisma's three queries (appointments, then their clients and services). The times come
 * as numbers (milliseconds since 1970 and a length in minutes) and the client's name as one string:
 * on a 500-appointment day, turning a thousand timestamps into Dates and two name columns into one
 * was a third of the read.
 */
export type AppointmentRow = {
  id: number | bigint;
  staffId: number | bigint;
  startsAtMs: number | bigint;
  lengthMin: number | bigint;
  status: CalendarAppointment["status"];
  source: CalendarAppointment["source"];
  isCourse: number | bigint | boolean;
  clientName: string;
  alert: string;
  notes: string;
  serviceName: string;
  room: string | null;
  bookedAnyway: string | null;
};

/** The appointments matching `where` (over `a`, the appointment), in time order. */
export function appointmentRowsSql(where: Prisma.Sql): Prisma.Sql {
  // julianday counts days; 2440587.5 is 1970-01-01T00:00Z. ROUND: exact to the millisecond.
  return Prisma.sql`
    SELECT a."id", a."staffId",
           CAST(ROUND((julianday(a."startsAt") - 2440587.5) * 86400000) AS INTEGER) AS "startsAtMs",
           CAST(ROUND((julianday(a."endsAt") - julianday(a."startsAt")) * 1440) AS INTEGER) AS "lengthMin",
           a."status", a."source", a."clientCourseLineId" IS NOT NULL AS "isCourse", a."notes", a."bookedAnyway",
           c."firstName" || ' ' || c."lastName" AS "clientName", c."alert", s."name" AS "serviceName", r."name" AS "room"
    FROM "Appointment" a
    JOIN "Client" c ON c."id" = a."clientId"
    JOIN "Service" s ON s."id" = a."serviceId"
    LEFT JOIN "Resource" r ON r."id" = a."resourceId"
    WHERE ${where}
    ORDER BY a."startsAt", a."id"`;
}

/** A row as the board draws it, at `startMin` minutes into its day (ends by midnight). */
export function toCalendarAppointment(a: AppointmentRow, startMin: number): CalendarAppointment {
  return {
    id: Number(a.id),
    staffId: Number(a.staffId),
    clientName: a.clientName,
    serviceName: a.serviceName,
    startMin,
    endMin: Math.min(24 * 60, startMin + Number(a.lengthMin)),
    status: a.status,
    source: a.source,
    isCourse: isSqlTrue(a.isCourse),
    alert: a.alert,
    note: a.notes,
    room: a.room ?? "",
    bookedAnyway: a.bookedAnyway ?? "",
  };
}

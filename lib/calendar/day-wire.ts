import type { CalendarAppointment, CalendarDay } from "./load-day";

/**
 * The calendar day as it travels to the browser. A 60-stylist day has 500 appointments; as objects
 * their key names were most of the page's payload, so each travels as a fixed tuple instead. Pure.
 */
export type PackedAppointment = [
  id: number,
  staffId: number,
  startMin: number,
  endMin: number,
  status: CalendarAppointment["status"],
  source: CalendarAppointment["source"],
  isCourse: 0 | 1,
  clientName: string,
  serviceName: string,
  alert: string,
  note: string,
  room: string,
  bookedAnyway: string,
];

export type PackedDay = Omit<CalendarDay, "appointments"> & { appointments: PackedAppointment[] };

export function packDay(day: CalendarDay): PackedDay {
  return {
    ...day,
    appointments: day.appointments.map((a) => [a.id, a.staffId, a.startMin, a.endMin, a.status, a.source, a.isCourse ? 1 : 0, a.clientName, a.serviceName, a.alert, a.note, a.room, a.bookedAnyway]),
  };
}

export function unpackDay(packed: PackedDay): CalendarDay {
  return {
    ...packed,
    appointments: packed.appointments.map(([id, staffId, startMin, endMin, status, source, isCourse, clientName, serviceName, alert, note, room, bookedAnyway]) => ({
      id,
      staffId,
      clientName,
      serviceName,
      startMin,
      endMin,
      status,
      source,
      isCourse: isCourse === 1,
      alert,
      note,
      room,
      bookedAnyway,
    })),
  };
}

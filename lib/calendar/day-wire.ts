import type { CalendarAppointment, CalendarDay } from "./load-day";

/**
 * The calendar day as it travels to the browser. A 60-stylist day has 500 appointments; as objects
 * their key names were most of the page's payload, so each travels as a fixed tuple instead, with
 * its trailing empty texts (no alert, note, room or warning: most appointments) left off. The list
 * travels as one JSON string: React's server payload then carries one value instead of walking and
 * reviving 6,000 of them on the server, and the browser parses it natively. Pure.
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
  alert?: string,
  note?: string,
  room?: string,
  bookedAnyway?: string,
];

/** `appointments`: JSON of PackedAppointment[]. */
export type PackedDay = Omit<CalendarDay, "appointments"> & { appointments: string };

function pack(a: CalendarAppointment): PackedAppointment {
  const tuple: PackedAppointment = [a.id, a.staffId, a.startMin, a.endMin, a.status, a.source, a.isCourse ? 1 : 0, a.clientName, a.serviceName, a.alert, a.note, a.room, a.bookedAnyway];
  while (tuple.length > 9 && tuple[tuple.length - 1] === "") tuple.pop();
  return tuple;
}

export function packDay(day: CalendarDay): PackedDay {
  return { ...day, appointments: JSON.stringify(day.appointments.map(pack)) };
}

export function unpackDay(packed: PackedDay): CalendarDay {
  const tuples = JSON.parse(packed.appointments) as PackedAppointment[];
  return {
    ...packed,
    appointments: tuples.map(([id, staffId, startMin, endMin, status, source, isCourse, clientName, serviceName, alert = "", note = "", room = "", bookedAnyway = ""]) => ({
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

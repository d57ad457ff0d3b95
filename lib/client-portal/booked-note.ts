import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDateOf } from "@/lib/time";

/**
 * The lines the client's page shows after booking (?booked=<id>) or cancelling (?cancelled=<id>):
 * only for an appointment of this client, so the number in the address tells nobody anything about
 * anyone else's.
 */
async function ownAppointment(tx: Tx, clientId: number, appointmentId: number | undefined) {
  if (!appointmentId) return null;
  const a = await tx.appointment.findUnique({
    where: { id: appointmentId },
    select: {
      clientId: true,
      status: true,
      startsAt: true,
      service: { select: { name: true } },
      staff: { select: { name: true } },
      clientCourseLine: { select: { clientCourse: { select: { name: true } } } },
      redemptions: { where: { reversedAt: null }, select: { reason: true } },
    },
  });
  if (!a || a.clientId !== clientId) return null;
  const { timezone } = await getSettings(tx);
  return { ...a, when: `${formatSalonDate(salonDateOf(a.startsAt, timezone))} at ${formatSalonTime(a.startsAt, timezone)}` };
}

export async function bookedNote(tx: Tx, clientId: number, appointmentId: number | undefined): Promise<string | null> {
  const a = await ownAppointment(tx, clientId, appointmentId);
  if (!a || a.status !== "BOOKED") return null;
  const from = a.clientCourseLine ? ` The session is held from ${a.clientCourseLine.clientCourse.name}.` : "";
  return `${a.service.name} on ${a.when} with ${a.staff.name}.${from}`;
}

export async function cancelledNote(tx: Tx, clientId: number, appointmentId: number | undefined): Promise<string | null> {
  const a = await ownAppointment(tx, clientId, appointmentId);
  if (!a || a.status !== "CANCELLED") return null;
  const course = a.clientCourseLine?.clientCourse.name;
  const after = !course
    ? ""
    : a.redemptions.some((r) => r.reason === "LATE_CANCELLATION")
      ? ` Under the salon's late-cancellation policy the session was forfeited from ${course}.`
      : ` The session is back in ${course}.`;
  return `${a.service.name} on ${a.when} with ${a.staff.name}.${after}`;
}

import type { Tx } from "@/lib/db";
import { findRedeemableLines } from "@/lib/courses/find-redeemable";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate } from "@/lib/time";
import { changeAppointment } from "./change-appointment";
import { earlyNotice, isEarly } from "./early";

/** The check-in prompt's offer: the valid course expiring first with a free unit for this service. */
export type CheckInOffer = { lineId: number; courseName: string; expiresLabel: string };

/** The desk's answer to the prompt: redeem from the offered line, or check in as a single. */
export type CheckInAnswer = { redeemFromLineId: number } | { asSingle: true };

export type CheckInResult =
  | { status: "CHECKED_IN" }
  /** Well before the start: "Colour starts at 17:45, in 6 h. Check in now?" — ask, then call again with confirmEarly. */
  | { status: "EARLY"; question: string }
  /** A single the client's course covers: "Redeem service from course?" — ask, then call again with an answer. */
  | { status: "PROMPT"; offer: CheckInOffer };

/**
 * Checks a client in, asking first what the desk must decide: checking in well before the start
 * (confirmEarly), then, for a single appointment a valid course covers, whether to redeem it from the
 * course (the answer converts it to that line in the same transaction) or keep it a single.
 */
export async function checkIn(tx: Tx, input: { appointmentId: number; answer?: CheckInAnswer; confirmEarly?: boolean }, ctx: OpContext): Promise<CheckInResult> {
  const appointment = await tx.appointment.findUnique({ where: { id: input.appointmentId }, include: { service: { select: { name: true } } } });
  if (!appointment) throw new DomainError("NOT_FOUND", "That appointment no longer exists.");
  const redeemFromLineId = input.answer && "redeemFromLineId" in input.answer ? input.answer.redeemFromLineId : undefined;
  if (appointment.status === "CHECKED_IN" && !redeemFromLineId) return { status: "CHECKED_IN" };
  if (appointment.status !== "BOOKED" && appointment.status !== "CHECKED_IN") {
    throw new DomainError("INVALID_STATE", `This appointment is ${appointment.status.toLowerCase().replace("_", "-")} and cannot be checked in.`);
  }
  const { timezone } = await getSettings(tx);
  if (appointment.status === "BOOKED" && !input.confirmEarly && isEarly(appointment.startsAt, ctx.now)) {
    return { status: "EARLY", question: `${earlyNotice({ startsAt: appointment.startsAt, serviceName: appointment.service.name }, ctx.now, timezone)} Check in now?` };
  }
  if (!input.answer && appointment.status === "BOOKED" && !appointment.clientCourseLineId) {
    const [first] = await findRedeemableLines(tx, { ...appointment, appointmentId: appointment.id }, timezone, ctx.now);
    if (first) {
      const expiresLabel = first.expiresOn ? `expires ${formatSalonDate(first.expiresOn)}` : "no expiry";
      return { status: "PROMPT", offer: { lineId: first.lineId, courseName: first.course.name, expiresLabel } };
    }
  }
  if (redeemFromLineId && appointment.clientCourseLineId !== redeemFromLineId) {
    await changeAppointment(tx, { appointmentId: appointment.id, clientCourseLineId: redeemFromLineId }, ctx);
  }
  await tx.appointment.update({
    where: { id: appointment.id },
    data: { status: "CHECKED_IN", checkedInAt: appointment.checkedInAt ?? ctx.now },
  });
  return { status: "CHECKED_IN" };
}

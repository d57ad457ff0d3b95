import { addMonthsToDate, formatSalonDate, type SalonDate } from "@/lib/time";

export type PatchTestCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether a client's patch test covers a service booked for `on` (both salon-local dates): a service
 * that needs one wants a test on record, taken on or before the day, and no older than `validMonths`.
 * The desk is warned, not stopped: a test can be done on the day, or be on paper.
 */
export function checkPatchTest(service: { name: string; needsPatchTest: boolean }, patchTestOn: SalonDate | null, on: SalonDate, validMonths: number): PatchTestCheck {
  if (!service.needsPatchTest) return { ok: true };
  if (!patchTestOn) return { ok: false, message: `${service.name} needs a patch test, and none is on record for this client.` };
  if (patchTestOn > on) return { ok: false, message: `${service.name} needs a patch test before the day; the one on record is on ${formatSalonDate(patchTestOn)}.` };
  if (addMonthsToDate(patchTestOn, validMonths) < on) {
    return { ok: false, message: `${service.name} needs a patch test within ${validMonths} months; the last was on ${formatSalonDate(patchTestOn)}.` };
  }
  return { ok: true };
}

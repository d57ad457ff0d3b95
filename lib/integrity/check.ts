import type { Tx } from "@/lib/db";
import { formatSalonDate, salonDateOf } from "@/lib/time";
import { periodLabel } from "@/lib/reports/period";
import { reconcileReports } from "@/lib/reports/reconcile";
import { getSettings } from "@/lib/settings/salon-settings";
import * as q from "./queries";
import { findSessionsOutsideValidity } from "./validity";

/**
 * The promises of domain.md ("Rules that must always hold"), checked against the records themselves.
 * Read-only: it never repairs anything, it says what is wrong and where, for a person to decide.
 */

export type FindingKind =
  | "LINE_OVERDRAWN"
  | "REDEMPTION_STATE"
  | "REDEMPTION_LINE"
  | "DOUBLE_COUNTED"
  | "UNSETTLED_COMPLETED"
  | "SALE_UNBALANCED"
  | "STAFF_OVERLAP"
  | "WRONG_SERVICE"
  | "OTHER_CLIENTS_COURSE"
  | "HELD_ON_REFUNDED"
  | "OUTSIDE_VALIDITY"
  | "BROKEN_CORRECTION"
  | "REPORTS_DISAGREE";

export type Finding = { kind: FindingKind; message: string; ids: Record<string, number> };

export type IntegrityReport = {
  findings: Finding[];
  checked: { courseLines: number; appointments: number; redemptions: number; sales: number; reportMonths: number };
  ms: number;
};

/** The app's client, a second connection, or a transaction. */
export type RawReader = Tx;

type Row = Record<string, unknown>;
// SQLite integers may come back as bigint from one adapter and number from the other.
const n = (value: unknown) => Number(value);

async function rows(db: RawReader, sql: string): Promise<Row[]> {
  return db.$queryRawUnsafe<Row[]>(sql);
}

export async function checkIntegrity(db: RawReader, now: Date = new Date()): Promise<IntegrityReport> {
  const started = Date.now();
  const { timezone, currency } = await getSettings(db);
  // One after another: on one SQLite connection they would queue anyway.
  const overdrawn = await rows(db, q.OVERDRAWN_LINES);
  const redemptions = await rows(db, q.MISMATCHED_REDEMPTIONS);
  const doubled = await rows(db, q.DOUBLED_APPOINTMENTS);
  const unsettled = await rows(db, q.UNSETTLED_COMPLETED);
  const sales = await rows(db, q.UNBALANCED_SALES);
  const overlaps = await rows(db, q.STAFF_OVERLAPS);
  const mislinked = await rows(db, q.MISLINKED_APPOINTMENTS);
  const held = await rows(db, q.HELD_ON_REFUNDED);
  const corrections = await rows(db, q.BROKEN_CORRECTIONS);
  const outside = await findSessionsOutsideValidity(db, timezone);
  const reports = await reconcileReports(db, salonDateOf(now, timezone), timezone, currency);
  const [counts] = await rows(db, q.COUNTS);

  const findings: Finding[] = [
    ...overdrawn.map((r): Finding => ({
      kind: "LINE_OVERDRAWN",
      message: `${r.courseName} (client course ${n(r.clientCourseId)}), ${r.serviceName}: ${n(r.redeemed)} redeemed + ${n(r.booked)} booked > ${n(r.total)} ${String(r.unit).toLowerCase()} in total`,
      ids: { clientCourseId: n(r.clientCourseId), lineId: n(r.lineId), clientId: n(r.clientId) },
    })),
    ...redemptions.map((r) => redemptionFinding(r)),
    ...doubled.map((r): Finding => ({
      kind: "DOUBLE_COUNTED",
      message: `appointment ${n(r.appointmentId)} is ${r.what}${r.what === "redeemed and charged" ? "" : ` ${n(r.times)} times`}`,
      ids: { appointmentId: n(r.appointmentId) },
    })),
    ...unsettled.map((r): Finding => ({
      kind: "UNSETTLED_COMPLETED",
      message: r.clientCourseLineId == null
        ? `appointment ${n(r.appointmentId)} is completed but was never charged`
        : `course appointment ${n(r.appointmentId)} is completed but its session was never redeemed`,
      ids: { appointmentId: n(r.appointmentId) },
    })),
    ...sales.map((r): Finding => ({
      kind: "SALE_UNBALANCED",
      message: `sale ${n(r.saleId)} totals ${n(r.totalMinor)} but its ${n(r.lineCount)} line(s) add up to ${n(r.linesMinor)} (minor units)`,
      ids: { saleId: n(r.saleId) },
    })),
    ...overlaps.map((r): Finding => ({
      kind: "STAFF_OVERLAP",
      message: `staff member ${n(r.staffId)}: appointment ${n(r.appointmentId)} overlaps appointment ${r.otherId == null ? "?" : n(r.otherId)}`,
      ids: { staffId: n(r.staffId), appointmentId: n(r.appointmentId), otherAppointmentId: n(r.otherId ?? 0) },
    })),
    ...mislinked.flatMap((r) => mislinkedFindings(r)),
    ...held.map((r): Finding => ({
      kind: "HELD_ON_REFUNDED",
      message: `appointment ${n(r.appointmentId)} still holds a session of refunded client course ${n(r.clientCourseId)}`,
      ids: { appointmentId: n(r.appointmentId), clientCourseId: n(r.clientCourseId) },
    })),
    ...outside.map((o): Finding => ({
      kind: "OUTSIDE_VALIDITY",
      message: `appointment ${o.appointmentId} on ${formatSalonDate(o.date)} uses ${o.courseName} (client course ${o.clientCourseId}) ${
        o.problem === "BEFORE_PURCHASE" ? `before it was bought (${formatSalonDate(o.purchasedOn)})` : `after it expired (${formatSalonDate(o.expiry!)})`
      }`,
      ids: { appointmentId: o.appointmentId, clientCourseId: o.clientCourseId },
    })),
    ...corrections.map((r): Finding => ({
      kind: "BROKEN_CORRECTION",
      message:
        r.what === "redemption"
          ? `redemption ${n(r.id)} is marked reversed without its reversal record, or has one without the mark`
          : r.what === "charge"
            ? `sale line ${n(r.id)} is marked voided without the negative line that reverses it, or the two do not match`
            : `checkout void ${n(r.id)}: its reversal sale is not the negative of the charges it voided`,
      ids: { [`${r.what}Id`]: n(r.id) },
    })),
    ...reports.disagreements.map((d): Finding => ({ kind: "REPORTS_DISAGREE", message: `${periodLabel(d.period)}: ${d.message}`, ids: {} })),
  ];
  return {
    findings,
    checked: {
      courseLines: n(counts.courseLines),
      appointments: n(counts.appointments),
      redemptions: n(counts.redemptions),
      sales: n(counts.sales),
      reportMonths: reports.months,
    },
    ms: Date.now() - started,
  };
}

const EXPECTED_STATUS: Record<string, string> = { CHECKOUT: "COMPLETED", NO_SHOW: "NO_SHOW", LATE_CANCELLATION: "CANCELLED" };

function redemptionFinding(r: Row): Finding {
  const ids = { redemptionId: n(r.redemptionId), appointmentId: n(r.appointmentId) };
  if (r.foundId == null) return { kind: "REDEMPTION_STATE", message: `redemption ${ids.redemptionId} points at missing appointment ${ids.appointmentId}`, ids };
  const expected = EXPECTED_STATUS[String(r.reason)];
  if (r.status !== expected) {
    return {
      kind: "REDEMPTION_STATE",
      message: `redemption ${ids.redemptionId} (${String(r.reason).toLowerCase()}) but appointment ${ids.appointmentId} is ${String(r.status).toLowerCase()}, not ${expected?.toLowerCase()}`,
      ids,
    };
  }
  return {
    kind: "REDEMPTION_LINE",
    message: `redemption ${ids.redemptionId} used course line ${n(r.clientCourseLineId)} but appointment ${ids.appointmentId} is linked to ${r.appointmentLineId == null ? "no course" : `line ${n(r.appointmentLineId)}`}`,
    ids: { ...ids, lineId: n(r.clientCourseLineId) },
  };
}

function mislinkedFindings(r: Row): Finding[] {
  const ids = { appointmentId: n(r.appointmentId), lineId: n(r.lineId), clientCourseId: n(r.clientCourseId) };
  const out: Finding[] = [];
  if (n(r.serviceId) !== n(r.lineServiceId)) {
    out.push({
      kind: "WRONG_SERVICE",
      message: `appointment ${ids.appointmentId} is for service ${n(r.serviceId)} but holds course line ${ids.lineId} of service ${n(r.lineServiceId)}`,
      ids,
    });
  }
  if (n(r.clientId) !== n(r.courseClientId)) {
    out.push({
      kind: "OTHER_CLIENTS_COURSE",
      message: `appointment ${ids.appointmentId} of client ${n(r.clientId)} uses client course ${ids.clientCourseId} of client ${n(r.courseClientId)}`,
      ids,
    });
  }
  return out;
}

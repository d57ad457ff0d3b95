import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { AppointmentDetail } from "@/lib/appointments/appointment-detail";
import { ClientAlert } from "@/components/clients/client-alert";
import { ContactLines } from "@/components/clients/contact-lines";
import { READ_ONLY_LINE, StatusBadge } from "./status-badge";

/** "Course: 6 × Laser underarm, session 3 of 6" (or its minutes for a minutes course). */
export function courseLine(detail: AppointmentDetail): string | null {
  const c = detail.course;
  if (!c) return null;
  if (c.number !== null && c.of !== null) return `Course: ${c.name}, session ${c.number} of ${c.of}`;
  return `Course: ${c.name}, ${detail.durationMin} minutes`;
}

type Props = {
  detail: AppointmentDetail;
  /** It holds a course unit and is still open: offer "Make single (paid) appointment". */
  canMakeSingle: boolean;
  makeSingleBlocked: boolean;
  onMakeSingle: () => void;
};

/** The top of the edit view: who, how to reach them, status, online, its room, a warning overridden, and the course it uses. */
export function AppointmentSummary({ detail, canMakeSingle, makeSingleBlocked, onMakeSingle }: Props) {
  const readOnly = !detail.editable;
  return (
    <section aria-label="Client" className="space-y-2.5">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate text-base font-semibold text-ink">{detail.client.name}</p>
          <ContactLines client={detail.client} />
        </div>
        <Link
          href={`/clients/${detail.client.id}`}
          prefetch={false}
          className="shrink-0 pt-0.5 text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
          data-autofocus={readOnly || undefined}
        >
          Open client card
        </Link>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <StatusBadge status={detail.status} />
        {detail.source === "ONLINE" && <Badge tone="info">Online booking</Badge>}
        {detail.client.possibleDuplicate && <Badge tone="warning">Possible duplicate card</Badge>}
      </div>
      <ClientAlert alert={detail.client.alert} notes={detail.client.notes} />
      {detail.resource && (
        <p className="text-sm text-ink-muted">
          Room: <span className="font-medium text-ink">{detail.resource.name}</span>
        </p>
      )}
      {detail.bookedAnyway && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
          <span className="font-semibold">Booked anyway:</span> {detail.bookedAnyway}
        </p>
      )}
      {detail.bookedAsName && (
        <p className="text-sm text-ink-muted">
          Booked online as <span className="font-medium text-ink">“{detail.bookedAsName}”</span>: the email and phone match this card.
        </p>
      )}
      {detail.course && (
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-md bg-brand-50 px-3 py-2 ring-1 ring-brand-200 ring-inset">
          <p className="text-sm font-medium text-brand-900">{courseLine(detail)}</p>
          {canMakeSingle && (
            <button
              type="button"
              onClick={() => !makeSingleBlocked && onMakeSingle()}
              aria-disabled={makeSingleBlocked || undefined}
              data-opens="makesingle"
              className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 aria-disabled:cursor-default aria-disabled:opacity-55"
            >
              Make single (paid) appointment
            </button>
          )}
        </div>
      )}
      {readOnly && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-ink-muted">{READ_ONLY_LINE[detail.status]}</p>}
    </section>
  );
}

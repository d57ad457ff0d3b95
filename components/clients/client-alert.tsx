/**
 * The client's alert and notes where the desk serves them: top of the drawer, the check-in prompt and
 * checkout. A note (role "note") so a screen reader announces it by what it is; nothing when empty.
 */
export function ClientAlert({ alert, notes, compact = false }: { alert: string; notes?: string; compact?: boolean }) {
  if (!alert && !notes) return null;
  return (
    <div role="note" aria-label="Client alert" className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm ring-1 ring-amber-300 ring-inset">
      {alert && (
        <p className="flex items-start gap-2 font-semibold text-amber-900">
          <svg aria-hidden="true" viewBox="0 0 12 12" className="mt-0.5 size-3.5 shrink-0 text-amber-600">
            <path d="M6 1.2 11.2 10.4H.8Z" fill="currentColor" />
            <path d="M6 4.6v2.6M6 8.7v.1" stroke="white" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
          <span>
            <span className="sr-only">Alert: </span>
            {alert}
          </span>
        </p>
      )}
      {notes && !compact && (
        <p className="line-clamp-3 text-amber-950/80">
          <span className="font-medium">Notes: </span>
          {notes}
        </p>
      )}
    </div>
  );
}

import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { OnlineService } from "@/lib/online-booking/catalogue";
import { formatDuration } from "./format";

/** The choices made so far, each with a link to change it. */
export function ChoiceBar({ service, currency, staffName, changeServiceHref, changeStaffHref }: {
  service: OnlineService;
  currency: string;
  staffName?: string;
  changeServiceHref: string;
  changeStaffHref?: string;
}) {
  return (
    <div className="mb-5 divide-y divide-line rounded-lg border border-line bg-surface text-sm shadow-xs">
      <p className="flex items-center justify-between gap-3 px-4 py-2.5">
        <span className="min-w-0">
          <span className="font-medium text-ink">{service.name}</span>
          <span className="text-ink-muted"> · {formatDuration(service.durationMinutes)} · {formatMoney(service.priceMinor, currency)}</span>
        </span>
        <Link href={changeServiceHref} className="shrink-0 font-medium text-brand-700 underline-offset-2 hover:underline" aria-label="Change treatment">
          Change
        </Link>
      </p>
      {staffName && changeStaffHref && (
        <p className="flex items-center justify-between gap-3 px-4 py-2.5">
          <span>
            <span className="text-ink-muted">With </span>
            <span className="font-medium text-ink">{staffName}</span>
          </span>
          <Link href={changeStaffHref} className="shrink-0 font-medium text-brand-700 underline-offset-2 hover:underline" aria-label="Change staff member">
            Change
          </Link>
        </p>
      )}
    </div>
  );
}

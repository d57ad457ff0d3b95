import Link from "next/link";
import { bookingHref } from "@/lib/online-booking/booking-url";
import type { OnlineCategory } from "@/lib/online-booking/catalogue";
import { formatMoney } from "@/lib/money";
import { formatDuration } from "./format";

/** Step 1: the online menu by category, each treatment a link with its length and price. */
export function ServiceList({ menu, currency }: { menu: OnlineCategory[]; currency: string }) {
  if (menu.length === 0) {
    return <p className="rounded-lg border border-line bg-surface p-5 text-sm text-ink-muted">No treatments can be booked online at the moment. Please call the salon.</p>;
  }
  return (
    <div className="space-y-6">
      {menu.map((category) => (
        <section key={category.id} aria-labelledby={`category-${category.id}`}>
          <h2 id={`category-${category.id}`} className="mb-2 text-sm font-semibold tracking-wide text-ink-muted uppercase">
            {category.name}
          </h2>
          <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
            {category.services.map((service) => (
              <li key={service.id}>
                <Link
                  href={bookingHref({ service: service.id })}
                  className="flex items-center justify-between gap-4 px-4 py-3.5 hover:bg-slate-50 focus-visible:-outline-offset-2"
                >
                  <span className="min-w-0">
                    <span className="block font-medium text-ink">{service.name}</span>
                    <span className="block text-sm text-ink-muted">{formatDuration(service.durationMinutes)}</span>
                  </span>
                  <span className="shrink-0 font-medium text-ink">{formatMoney(service.priceMinor, currency)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

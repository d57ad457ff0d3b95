import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { formatMoney } from "@/lib/money";
import { formatDuration } from "@/lib/services/durations";
import type { MenuCategory } from "@/lib/services/service-menu";
import { ServiceActiveToggle } from "./service-active-toggle";

const cell = "px-3 xl:px-4";
const th = cx(cell, "py-2.5 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase");

/** Manager → Services: the whole menu, one group of rows per category, inactive services greyed. */
export function ServicesTable({ categories, currency, highlightId }: { categories: MenuCategory[]; currency: string; highlightId?: number }) {
  const withServices = categories.filter((c) => c.services.length > 0);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse text-sm">
        <caption className="sr-only">Services by category</caption>
        <colgroup>
          <col />
          <col className="w-32" />
          <col className="w-32" />
          <col className="w-40" />
          <col className="w-28" />
          <col className="w-52" />
        </colgroup>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className={th}>
              Service
            </th>
            <th scope="col" className={th}>
              Duration
            </th>
            <th scope="col" className={cx(th, "text-right")}>
              Price
            </th>
            <th scope="col" className={th}>
              Online booking
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={cx(th, "text-right")}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        {withServices.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={6} className="px-4 py-10 text-center text-ink-muted">
                No services yet. Add the first one below.
              </td>
            </tr>
          </tbody>
        )}
        {withServices.map((category) => {
          const active = category.services.filter((s) => s.active).length;
          return (
            <tbody key={category.id} className="border-b border-line last:border-b-0">
              <tr className="bg-canvas/70">
                <th scope="rowgroup" colSpan={6} className={cx(cell, "border-y border-line py-2 text-left")}>
                  <span className="font-semibold text-ink">{category.name}</span>
                  <span className="ml-2 text-xs font-normal text-ink-muted">
                    {active} on the menu{category.services.length > active ? `, ${category.services.length - active} inactive` : ""}
                  </span>
                </th>
              </tr>
              {category.services.map((s) => (
                <tr key={s.id} className={cx("border-t border-line first:border-t-0", s.id === highlightId && "bg-brand-50/60", !s.active && "text-ink-muted")}>
                  <th scope="row" className={cx(cell, "py-3 text-left font-medium")}>
                    <span className={s.active ? "text-ink" : "text-ink-muted"}>{s.name}</span>
                    {s.coursesOnSale > 0 && (
                      <span className="mt-0.5 block text-xs font-normal text-ink-muted">
                        In {s.coursesOnSale} {s.coursesOnSale === 1 ? "course" : "courses"} on sale
                      </span>
                    )}
                  </th>
                  <td className={cx(cell, "py-3 whitespace-nowrap tabular-nums")}>{formatDuration(s.durationMinutes)}</td>
                  <td className={cx(cell, "py-3 text-right whitespace-nowrap tabular-nums", s.active && "font-medium text-ink")}>{formatMoney(s.priceMinor, currency)}</td>
                  <td className={cx(cell, "py-3")}>{s.bookableOnline ? <Badge tone="info">Bookable online</Badge> : <span className="text-ink-muted">Desk only</span>}</td>
                  <td className={cx(cell, "py-3")}>{s.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</td>
                  <td className={cx(cell, "py-2 text-right whitespace-nowrap")}>
                    <div className="flex items-start justify-end gap-1">
                      <Link href={`/manager/services/${s.id}/edit`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                        Edit<span className="sr-only"> {s.name}</span>
                      </Link>
                      <ServiceActiveToggle serviceId={s.id} name={s.name} active={s.active} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

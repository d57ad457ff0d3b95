import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { describeLines, describePrice, describeValidity, kindLabel, unitLabel } from "@/lib/course-templates/describe";
import type { CourseTemplateView } from "@/lib/course-templates/list-templates";
import { formatMoney } from "@/lib/money";
import { ActiveToggle } from "./active-toggle";

const cell = "px-3 xl:px-4";
const th = cx(cell, "py-2.5 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase");

/** Manager → Courses: every template, active ones first, with what it sells and for how much. */
export function CourseTemplatesTable({ templates, currency, highlightId }: { templates: CourseTemplateView[]; currency: string; highlightId?: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[54rem] border-collapse text-sm">
        <caption className="sr-only">Course templates</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className={th}>
              Name
            </th>
            <th scope="col" className={th}>
              Services
            </th>
            <th scope="col" className={th}>
              Price
            </th>
            <th scope="col" className={th}>
              Validity
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={cx(th, "text-right")}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {templates.length === 0 && (
            <tr>
              <td colSpan={6} className="px-4 py-10 text-center text-ink-muted">
                No courses yet. Add the first one below.
              </td>
            </tr>
          )}
          {templates.map((t) => (
            <tr key={t.id} className={cx("align-top", t.id === highlightId && "bg-brand-50/60", !t.active && "text-ink-muted")}>
              <th scope="row" className={cx(cell, "py-3 text-left font-medium")}>
                <span className={t.active ? "text-ink" : "text-ink-muted"}>{t.name}</span>
                <span className="mt-0.5 block text-xs font-normal text-ink-muted">
                  {kindLabel(t.kind)} · {unitLabel(t.unit)}
                </span>
                <span className="block text-xs font-normal text-ink-subtle">
                  {t.soldCount === 0 ? "Not sold yet" : `Sold ${t.soldCount} ${t.soldCount === 1 ? "time" : "times"}`}
                </span>
              </th>
              <td className={cx(cell, "py-3")}>
                {describeLines(t.unit, t.lines)}
                {t.lines.some((l) => !l.serviceActive) && (
                  <span className="mt-1 block">
                    <Badge tone="warning">
                      {t.lines
                        .filter((l) => !l.serviceActive)
                        .map((l) => l.serviceName)
                        .join(", ")}{" "}
                      no longer on the menu
                    </Badge>
                  </span>
                )}
              </td>
              <td className={cx(cell, "py-3 whitespace-nowrap tabular-nums")}>
                <span className={cx("font-medium", t.active && "text-ink")}>{formatMoney(t.priceMinor, currency)}</span>
                <span className="block text-xs text-ink-muted">{describePrice(t.listValueMinor, t.priceMinor, currency)}</span>
              </td>
              <td className={cx(cell, "min-w-36 py-3")}>{describeValidity(t.validityMonths, t.validityFrom)}</td>
              <td className={cx(cell, "py-3")}>{t.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</td>
              <td className={cx(cell, "py-2 text-right whitespace-nowrap")}>
                <div className="flex items-start justify-end gap-1">
                  <Link href={`/manager/courses/${t.id}/edit`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                    Edit<span className="sr-only"> {t.name}</span>
                  </Link>
                  <ActiveToggle templateId={t.id} name={t.name} active={t.active} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

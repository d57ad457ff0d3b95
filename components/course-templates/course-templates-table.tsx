import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { ActionsTh, EditCell, EmptyRow, RowHeader, Table, TableHead, Td, Th } from "@/components/ui/table";
import { describeLines, describePrice, describeValidity, kindLabel, unitLabel } from "@/lib/course-templates/template-text";
import type { CourseTemplateView } from "@/lib/course-templates/list-templates";
import { formatMoney } from "@/lib/money";
import { ActiveToggle } from "./active-toggle";

/** Manager → Courses: every template, active ones first, with what it sells and for how much. */
export function CourseTemplatesTable({ templates, currency, highlightId }: { templates: CourseTemplateView[]; currency: string; highlightId?: number }) {
  return (
    <Table caption="Course templates" className="min-w-[54rem]">
      <TableHead>
        <Th>Name</Th>
        <Th>Services</Th>
        <Th>Price</Th>
        <Th>Validity</Th>
        <Th>Status</Th>
        <ActionsTh />
      </TableHead>
      <tbody className="divide-y divide-line">
        {templates.length === 0 && <EmptyRow colSpan={6}>No courses yet. Add the first one below.</EmptyRow>}
        {templates.map((t) => (
          <tr key={t.id} className={cx("align-top", t.id === highlightId && "bg-brand-50/60", !t.active && "text-ink-muted")}>
            <RowHeader>
              <span className={t.active ? "text-ink" : "text-ink-muted"}>{t.name}</span>
              <span className="mt-0.5 block text-xs font-normal text-ink-muted">
                {kindLabel(t.kind)} · {unitLabel(t.unit)}
              </span>
              <span className="block text-xs font-normal text-ink-subtle">
                {t.soldCount === 0 ? "Not sold yet" : `Sold ${t.soldCount} ${t.soldCount === 1 ? "time" : "times"}`}
              </span>
            </RowHeader>
            <Td>
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
            </Td>
            <Td className="whitespace-nowrap tabular-nums">
              <span className={cx("font-medium", t.active && "text-ink")}>{formatMoney(t.priceMinor, currency)}</span>
              <span className="block text-xs text-ink-muted">{describePrice(t.listValueMinor, t.priceMinor, currency)}</span>
            </Td>
            <Td className="min-w-36">{describeValidity(t.validityMonths, t.validityFrom)}</Td>
            <Td>{t.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</Td>
            <EditCell href={`/manager/courses/${t.id}/edit`} name={t.name}>
              <ActiveToggle templateId={t.id} name={t.name} active={t.active} />
            </EditCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

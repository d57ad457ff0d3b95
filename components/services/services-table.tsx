import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { ActionsTh, EditCell, EmptyRow, RowHeader, Table, TableHead, Td, Th, tableCell } from "@/components/ui/table";
import { formatMoney } from "@/lib/money";
import { formatDuration } from "@/lib/services/durations";
import type { MenuCategory, MenuService } from "@/lib/services/service-menu";
import { ServiceActiveToggle } from "./service-active-toggle";

/** Under the name: how many do it and the room it needs, or that nobody does it. */
function WhoAndWhere({ service: s }: { service: MenuService }) {
  const notes = [s.staffCount > 0 && `${s.staffCount} ${s.staffCount === 1 ? "person does" : "people do"} it`, s.resourceKind && `needs a ${s.resourceKind.toLowerCase()}`].filter(Boolean);
  return (
    <>
      {notes.length > 0 && <span className="mt-0.5 block text-xs font-normal text-ink-muted">{notes.join(" · ")}</span>}
      {s.active && s.staffCount === 0 && <span className="mt-0.5 block text-xs font-medium text-amber-800">Nobody does it yet: tick who does under Edit</span>}
    </>
  );
}

/** Manager → Services: the whole menu, one group of rows per category, inactive services greyed. */
export function ServicesTable({ categories, currency, highlightId }: { categories: MenuCategory[]; currency: string; highlightId?: number }) {
  const withServices = categories.filter((c) => c.services.length > 0);
  return (
    <Table caption="Services by category" className="min-w-[48rem]">
      <colgroup>
        <col />
        <col className="w-32" />
        <col className="w-32" />
        <col className="w-40" />
        <col className="w-28" />
        <col className="w-52" />
      </colgroup>
      <TableHead>
        <Th>Service</Th>
        <Th>Duration</Th>
        <Th className="text-right">Price</Th>
        <Th>Online booking</Th>
        <Th>Status</Th>
        <ActionsTh />
      </TableHead>
      {withServices.length === 0 && (
        <tbody>
          <EmptyRow colSpan={6}>No services yet. Add the first one below.</EmptyRow>
        </tbody>
      )}
      {withServices.map((category) => {
        const active = category.services.filter((s) => s.active).length;
        return (
          <tbody key={category.id} className="border-b border-line last:border-b-0">
            <tr className="bg-canvas/70">
              <th scope="rowgroup" colSpan={6} className={cx(tableCell, "border-y border-line py-2 text-left")}>
                <span className="font-semibold text-ink">{category.name}</span>
                <span className="ml-2 text-xs font-normal text-ink-muted">
                  {active} on the menu{category.services.length > active ? `, ${category.services.length - active} inactive` : ""}
                </span>
              </th>
            </tr>
            {category.services.map((s) => (
              <tr key={s.id} className={cx("border-t border-line first:border-t-0", s.id === highlightId && "bg-brand-50/60", !s.active && "text-ink-muted")}>
                <RowHeader>
                  <span className={s.active ? "text-ink" : "text-ink-muted"}>{s.name}</span>
                  {s.coursesOnSale > 0 && (
                    <span className="mt-0.5 block text-xs font-normal text-ink-muted">
                      In {s.coursesOnSale} {s.coursesOnSale === 1 ? "course" : "courses"} on sale
                    </span>
                  )}
                  <WhoAndWhere service={s} />
                </RowHeader>
                <Td className="whitespace-nowrap tabular-nums">{formatDuration(s.durationMinutes)}</Td>
                <Td className={cx("text-right whitespace-nowrap tabular-nums", s.active && "font-medium text-ink")}>{formatMoney(s.priceMinor, currency)}</Td>
                <Td>{s.bookableOnline ? <Badge tone="info">Bookable online</Badge> : <span className="text-ink-muted">Desk only</span>}</Td>
                <Td>{s.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</Td>
                <EditCell href={`/manager/services/${s.id}/edit`} name={s.name}>
                  <ServiceActiveToggle serviceId={s.id} name={s.name} active={s.active} />
                </EditCell>
              </tr>
            ))}
          </tbody>
        );
      })}
    </Table>
  );
}

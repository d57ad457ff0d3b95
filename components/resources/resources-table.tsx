import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { EditCell, EmptyRow, ActionsTh, RowHeader, Table, TableHead, Td, Th } from "@/components/ui/table";
import type { ResourceRow } from "@/lib/resources/list-resources";
import { ResourceActiveToggle } from "./resource-active-toggle";

/** Manager → Rooms & machines: every resource, active first, with what is booked in it. */
export function ResourcesTable({ resources, highlightId }: { resources: ResourceRow[]; highlightId?: number }) {
  return (
    <Table caption="Rooms and machines" className="min-w-[40rem]">
      <TableHead>
        <Th>Name</Th>
        <Th>Kind</Th>
        <Th>Upcoming bookings</Th>
        <Th>Status</Th>
        <ActionsTh />
      </TableHead>
      <tbody className="divide-y divide-line">
        {resources.length === 0 && <EmptyRow colSpan={5}>No rooms or machines yet. Add the first one.</EmptyRow>}
        {resources.map((r) => (
          <tr key={r.id} className={cx("align-top", r.id === highlightId && "bg-brand-50/60", !r.active && "text-ink-muted")}>
            <RowHeader>
              <span className={r.active ? "text-ink" : "text-ink-muted"}>{r.name}</span>
            </RowHeader>
            <Td>
              <span className={cx(r.active && "text-ink")}>{r.kind}</span>
              <span className="block text-xs text-ink-muted">{r.services === 0 ? "No service needs one" : `${r.services} ${r.services === 1 ? "service needs" : "services need"} one`}</span>
            </Td>
            <Td className="tabular-nums">{r.upcoming === 0 ? <span className="text-ink-muted">None</span> : <span className={cx(r.active && "text-ink")}>{r.upcoming}</span>}</Td>
            <Td>{r.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</Td>
            <EditCell href={`/manager/rooms?edit=${r.id}`} name={r.name}>
              <ResourceActiveToggle resourceId={r.id} name={r.name} active={r.active} />
            </EditCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

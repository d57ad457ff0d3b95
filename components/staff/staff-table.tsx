import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ActionsTh, EditCell, EmptyRow, RowHeader, Table, TableHead, Td, Th } from "@/components/ui/table";
import type { StaffRow } from "@/lib/staff/list-staff";
import { colourName } from "@/lib/staff/palette";
import { StaffActiveToggle } from "./staff-active-toggle";

const ROLE: Record<StaffRow["role"], string> = { FRONT_DESK: "Front desk", MANAGER: "Manager" };

/** Manager → Staff: everyone, active first, with how they sign in and how the calendar shows them. */
export function StaffTable({ staff, meId, highlightId }: { staff: StaffRow[]; meId: number; highlightId?: number }) {
  return (
    <Table caption="Staff" className="min-w-[50rem]">
      <TableHead>
        <Th>Name</Th>
        <Th>Role</Th>
        <Th>Sign-in email</Th>
        <Th>Calendar</Th>
        <Th>Status</Th>
        <ActionsTh />
      </TableHead>
      <tbody className="divide-y divide-line">
        {staff.length === 0 && <EmptyRow colSpan={6}>No staff yet. Add the first one below.</EmptyRow>}
        {staff.map((s) => (
          <tr key={s.id} className={cx("align-top", s.id === highlightId && "bg-brand-50/60", !s.active && "text-ink-muted")}>
            <RowHeader>
              <span className="flex items-center gap-2.5">
                <span aria-hidden="true" className="size-3 shrink-0 rounded-full ring-2 ring-white" style={{ backgroundColor: s.color, opacity: s.active ? 1 : 0.45 }} />
                <span className={s.active ? "text-ink" : "text-ink-muted"}>{s.name}</span>
                {s.id === meId && <span className="text-xs font-normal text-ink-muted">(you)</span>}
              </span>
            </RowHeader>
            <Td>{s.role === "MANAGER" ? <Badge tone="brand">Manager</Badge> : <Badge>{ROLE[s.role]}</Badge>}</Td>
            <Td>
              {s.email ? <span className={cx("break-all", s.active && "text-ink")}>{s.email}</span> : <span className="text-ink-muted">No sign-in</span>}
              {s.email && !s.canSignIn && <span className="block text-xs text-amber-800">No password set yet</span>}
            </Td>
            <Td>
              {s.active && s.takesAppointments ? (
                <span className="flex items-center gap-2">
                  <span aria-hidden="true" className="h-3.5 w-6 rounded-sm" style={{ backgroundColor: s.color }} />
                  {colourName(s.color)}
                </span>
              ) : (
                <span className="text-ink-muted">{s.active ? "Not in the calendar" : "—"}</span>
              )}
              {s.active && s.takesAppointments && (
                <span className="mt-0.5 block text-xs text-ink-muted">{s.serviceCount === 1 ? "1 service" : `${s.serviceCount} services`}</span>
              )}
              {s.active && s.takesAppointments && s.serviceCount === 0 && (
                <Link href={`/manager/staff/${s.id}/edit`} className="mt-1 block max-w-56 text-xs font-medium text-amber-800 underline underline-offset-2 hover:text-amber-900">
                  No services yet — add the services they do<span className="sr-only"> ({s.name})</span>
                </Link>
              )}
            </Td>
            <Td>{s.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</Td>
            <EditCell href={`/manager/staff/${s.id}/edit`} name={s.name}>
              {s.takesAppointments && (
                <Link href={`/manager/staff/${s.id}/rota`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                  Hours<span className="sr-only"> of {s.name}</span>
                </Link>
              )}
              <StaffActiveToggle staffId={s.id} name={s.name} active={s.active} isSelf={s.id === meId} />
            </EditCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { StaffRow } from "@/lib/staff/list-staff";
import { colourName } from "@/lib/staff/palette";
import { StaffActiveToggle } from "./staff-active-toggle";

const cell = "px-3 xl:px-4";
const th = cx(cell, "py-2.5 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase");

const ROLE: Record<StaffRow["role"], string> = { FRONT_DESK: "Front desk", MANAGER: "Manager" };

/** Manager → Staff: everyone, active first, with how they sign in and how the calendar shows them. */
export function StaffTable({ staff, meId, highlightId }: { staff: StaffRow[]; meId: number; highlightId?: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[50rem] border-collapse text-sm">
        <caption className="sr-only">Staff</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className={th}>
              Name
            </th>
            <th scope="col" className={th}>
              Role
            </th>
            <th scope="col" className={th}>
              Sign-in email
            </th>
            <th scope="col" className={th}>
              Calendar
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
          {staff.length === 0 && (
            <tr>
              <td colSpan={6} className="px-4 py-10 text-center text-ink-muted">
                No staff yet. Add the first one below.
              </td>
            </tr>
          )}
          {staff.map((s) => (
            <tr key={s.id} className={cx("align-top", s.id === highlightId && "bg-brand-50/60", !s.active && "text-ink-muted")}>
              <th scope="row" className={cx(cell, "py-3 text-left font-medium")}>
                <span className="flex items-center gap-2.5">
                  <span aria-hidden="true" className="size-3 shrink-0 rounded-full ring-2 ring-white" style={{ backgroundColor: s.color, opacity: s.active ? 1 : 0.45 }} />
                  <span className={s.active ? "text-ink" : "text-ink-muted"}>{s.name}</span>
                  {s.id === meId && <span className="text-xs font-normal text-ink-muted">(you)</span>}
                </span>
              </th>
              <td className={cx(cell, "py-3")}>{s.role === "MANAGER" ? <Badge tone="brand">Manager</Badge> : <Badge>{ROLE[s.role]}</Badge>}</td>
              <td className={cx(cell, "py-3")}>
                {s.email ? <span className={cx("break-all", s.active && "text-ink")}>{s.email}</span> : <span className="text-ink-muted">No sign-in</span>}
                {s.email && !s.canSignIn && <span className="block text-xs text-amber-800">No password set yet</span>}
              </td>
              <td className={cx(cell, "py-3")}>
                {s.active && s.takesAppointments ? (
                  <span className="flex items-center gap-2">
                    <span aria-hidden="true" className="h-3.5 w-6 rounded-sm" style={{ backgroundColor: s.color }} />
                    {colourName(s.color)}
                  </span>
                ) : (
                  <span className="text-ink-muted">{s.active ? "Not in the calendar" : "—"}</span>
                )}
              </td>
              <td className={cx(cell, "py-3")}>{s.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</td>
              <td className={cx(cell, "py-2 text-right whitespace-nowrap")}>
                <div className="flex items-start justify-end gap-1">
                  <Link href={`/manager/staff/${s.id}/edit`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                    Edit<span className="sr-only"> {s.name}</span>
                  </Link>
                  <StaffActiveToggle staffId={s.id} name={s.name} active={s.active} isSelf={s.id === meId} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

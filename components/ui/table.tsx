import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "./button";
import { cx } from "./cx";

/** Side padding of a list table's cells; roomier on wide screens. */
export const tableCell = "px-3 xl:px-4";

/**
 * A list table with a screen-reader caption; it scrolls sideways on narrow screens rather than squeezing.
 * `className` sets its min width. Children: an optional <colgroup>, the <TableHead>, then the <tbody>s.
 */
export function Table({ caption, className, children }: { caption: ReactNode; className: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={cx("w-full", className, "border-collapse text-sm")}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The heading row; children are <Th>s. */
export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="border-b border-line bg-canvas">
      <tr>{children}</tr>
    </thead>
  );
}

/** A column heading. `compact` keeps the narrow side padding at every width (the client card's visits). */
export function Th({ compact, className, children }: { compact?: boolean; className?: string; children: ReactNode }) {
  return (
    <th scope="col" className={cx(compact ? "px-3" : tableCell, "py-2.5 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase", className)}>
      {children}
    </th>
  );
}

/** The heading over the row buttons: right-aligned, heard but not seen. */
export function ActionsTh({ label = "Actions" }: { label?: string }) {
  return (
    <Th className="text-right">
      <span className="sr-only">{label}</span>
    </Th>
  );
}

/** The first cell of a row (a name): a row header for screen readers. */
export function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className={cx(tableCell, "py-3 text-left font-medium")}>
      {children}
    </th>
  );
}

export function Td({ className, children }: { className?: string; children: ReactNode }) {
  return <td className={cx(tableCell, "py-3", className)}>{children}</td>;
}

/** The one row of an empty table, across all its columns. */
export function EmptyRow({ colSpan, tall, children }: { colSpan: number; tall?: boolean; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className={cx("px-4", tall ? "py-12" : "py-10", "text-center text-ink-muted")}>
        {children}
      </td>
    </tr>
  );
}

/** The last cell of a manager's list row: "Edit <name>", then whatever else the row offers (its on/off toggle). */
export function EditCell({ href, name, children }: { href: string; name: string; children: ReactNode }) {
  return (
    <td className={cx(tableCell, "py-2 text-right whitespace-nowrap")}>
      <div className="flex items-start justify-end gap-1">
        <Link href={href} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          Edit<span className="sr-only"> {name}</span>
        </Link>
        {children}
      </div>
    </td>
  );
}

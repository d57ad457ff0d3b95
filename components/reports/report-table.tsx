import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { formatMoney } from "@/lib/money";

/**
 * A report table, full width; it scrolls sideways on narrow screens rather than squeezing. `dense`
 * (many money columns) tightens the cells and lets the headings wrap.
 */
export function ReportTable({ caption, head, children, foot, dense }: { caption: string; head: ReactNode; children: ReactNode; foot?: ReactNode; dense?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className={cx("w-full border-collapse", dense ? "text-[13px] [&_td]:px-1.5 [&_th]:px-1.5 [&_thead_th]:align-bottom [&_thead_th]:whitespace-normal" : "text-sm")}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-slate-50 text-xs font-semibold text-ink-muted">{head}</thead>
        <tbody className="divide-y divide-line">{children}</tbody>
        {foot && <tfoot className="border-t-2 border-line-strong bg-slate-50 font-semibold">{foot}</tfoot>}
      </table>
    </div>
  );
}

export function Th({ children, numeric, className }: { children: ReactNode; numeric?: boolean; className?: string }) {
  return (
    <th scope="col" className={cx("px-3 py-2.5 whitespace-nowrap first:pl-5 last:pr-5", numeric ? "text-right" : "text-left", className)}>
      {children}
    </th>
  );
}

/** The first cell of a row (a day, a course): a row header for screen readers. */
export function RowHead({ children, className, wrap }: { children: ReactNode; className?: string; wrap?: boolean }) {
  return (
    <th scope="row" className={cx("px-3 py-2 text-left font-medium text-ink first:pl-5", wrap ? "whitespace-normal" : "whitespace-nowrap", className)}>
      {children}
    </th>
  );
}

export function Td({ children, numeric, className }: { children: ReactNode; numeric?: boolean; className?: string }) {
  return <td className={cx("px-3 py-2 last:pr-5", numeric && "text-right whitespace-nowrap tabular-nums", className)}>{children}</td>;
}

/** Money, right-aligned; nothing (zero) is shown faintly so the amounts stand out. */
export function MoneyCell({ minor, currency, strong }: { minor: number; currency: string; strong?: boolean }) {
  return (
    <Td numeric className={cx(minor === 0 && !strong && "text-ink-subtle", minor < 0 && "text-red-700", strong && "font-semibold")}>
      {formatMoney(minor, currency)}
    </Td>
  );
}

export function CountCell({ value, suffix }: { value: number; suffix?: string }) {
  return (
    <Td numeric className={value === 0 ? "text-ink-subtle" : undefined}>
      {value.toLocaleString("en-GB")}
      {suffix}
    </Td>
  );
}

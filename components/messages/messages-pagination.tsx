import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { MESSAGES_PAGE_SIZE, messagesHref, type MessageFilters } from "@/lib/messages/list-messages";

/** "Showing 51–100 of 1,240" with Previous / Next; the page number is in the URL with the filters. */
export function MessagesPagination({ filters, page, pageCount, total }: { filters: MessageFilters; page: number; pageCount: number; total: number }) {
  if (total === 0) return null;
  const first = (page - 1) * MESSAGES_PAGE_SIZE + 1;
  const last = Math.min(total, page * MESSAGES_PAGE_SIZE);
  const n = (x: number) => x.toLocaleString("en-GB");
  const step = (to: number, label: "Previous" | "Next", enabled: boolean) => {
    const text =
      label === "Previous" ? (
        <>
          <span aria-hidden="true">←</span> Previous
        </>
      ) : (
        <>
          Next <span aria-hidden="true">→</span>
        </>
      );
    return enabled ? (
      <Link href={messagesHref(filters, { page: to })} className={buttonClasses({ variant: "secondary", size: "sm" })} rel={label === "Previous" ? "prev" : "next"}>
        {text}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonClasses({ variant: "secondary", size: "sm" })}>
        {text}
      </span>
    );
  };
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-5 py-3">
      <p className="text-sm text-ink-muted">
        Showing {n(first)}–{n(last)} of {n(total)}
      </p>
      <div className="flex items-center gap-2">
        {step(page - 1, "Previous", page > 1)}
        <span className="text-sm text-ink-muted tabular-nums">
          Page {n(page)} of {n(pageCount)}
        </span>
        {step(page + 1, "Next", page < pageCount)}
      </div>
    </nav>
  );
}

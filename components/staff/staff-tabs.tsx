import Link from "next/link";
import { cx } from "@/components/ui/cx";

const TABS = [
  { key: "edit", label: "Details & services" },
  { key: "rota", label: "Hours & days off" },
] as const;

/** The two pages of one staff member: who they are and what they do, and when they work. */
export function StaffTabs({ staffId, current }: { staffId: number; current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Staff member" className="mb-4 flex gap-1 border-b border-line">
      {TABS.map((tab) => {
        const here = tab.key === current;
        return (
          <Link
            key={tab.key}
            href={`/manager/staff/${staffId}/${tab.key}`}
            aria-current={here ? "page" : undefined}
            className={cx(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors",
              "focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600",
              here ? "border-brand-600 text-brand-800" : "border-transparent text-ink-muted hover:border-line-strong hover:text-ink",
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}

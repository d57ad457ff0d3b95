"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export type NavItem = { href: string; label: string };

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

function NavList({ items, pathname, labelledBy }: { items: NavItem[]; pathname: string; labelledBy?: string }) {
  return (
    <ul className="flex items-stretch" aria-labelledby={labelledBy}>
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href} className="flex">
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={cx(
                "relative inline-flex items-center rounded-sm px-2 text-sm font-medium whitespace-nowrap transition-colors xl:px-3",
                "focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600",
                "after:absolute after:inset-x-2 after:bottom-0 after:h-0.5 after:rounded-full xl:after:inset-x-3",
                current ? "text-brand-800 after:bg-brand-600" : "text-ink-muted hover:text-ink hover:after:bg-line-strong",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The main navigation; the Manager group is passed only to managers. */
export function NavLinks({ items, managerItems }: { items: NavItem[]; managerItems?: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex h-11 items-stretch">
      <NavList items={items} pathname={pathname} />
      {managerItems && managerItems.length > 0 && (
        <div className="ml-2 flex items-stretch border-l border-line pl-2 xl:ml-3 xl:pl-3">
          <span id="nav-manager-group" className="mr-1 self-center text-xs font-semibold tracking-wide text-ink-subtle uppercase">
            Manager
          </span>
          <NavList items={managerItems} pathname={pathname} labelledBy="nav-manager-group" />
        </div>
      )}
    </nav>
  );
}

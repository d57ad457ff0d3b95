import Link from "next/link";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { HOME_PATH } from "@/lib/auth/routing";
import { HeaderSearch } from "./header-search";
import { NavLinks, type NavItem } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

const MAIN_NAV: NavItem[] = [
  { href: "/calendar", label: "Calendar" },
  { href: "/clients", label: "Clients" },
  { href: "/purchase", label: "Purchase" },
];

const MANAGER_NAV: NavItem[] = [
  { href: "/manager/courses", label: "Courses" },
  { href: "/manager/client-courses", label: "Client Courses" },
  { href: "/manager/services", label: "Services" },
  { href: "/manager/staff", label: "Staff" },
  { href: "/manager/rooms", label: "Rooms & machines" },
  { href: "/manager/settings", label: "Settings" },
  { href: "/manager/messages", label: "Messages" },
  { href: "/manager/reports", label: "Reports" },
];

const ROLE_LABEL: Record<SignedInStaff["role"], string> = { FRONT_DESK: "Front desk", MANAGER: "Manager" };

export function AppHeader({ staff, salonName }: { staff: SignedInStaff; salonName: string }) {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur supports-[backdrop-filter]:bg-surface/85">
      <div className="flex h-14 items-center justify-between gap-6 px-4 xl:px-6">
        <Link
          href={HOME_PATH}
          className="flex min-w-0 items-center gap-2.5 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand-600"
        >
          <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-brand-700 text-sm font-semibold text-white">
            {salonName.charAt(0).toUpperCase()}
          </span>
          <span className="truncate text-base font-semibold tracking-tight text-ink">{salonName}</span>
        </Link>
        <div className="flex min-w-0 flex-1 justify-center">
          <HeaderSearch />
        </div>
        <div className="flex shrink-0 items-center gap-4">
          <p className="text-right leading-tight">
            <span className="block text-sm font-medium text-ink">{staff.name}</span>
            <span className="block text-xs text-ink-muted">{ROLE_LABEL[staff.role]}</span>
          </p>
          <SignOutButton />
        </div>
      </div>
      <div className="px-1 xl:px-3">
        <NavLinks items={MAIN_NAV} managerItems={staff.role === "MANAGER" ? MANAGER_NAV : undefined} />
      </div>
    </header>
  );
}

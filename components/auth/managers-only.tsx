import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { HOME_PATH } from "@/lib/auth/routing";

/** What a front-desk user sees on a manager page (rendered by forbidden()). */
export function ManagersOnly() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink">Managers only</h1>
      <p className="mt-3 text-sm text-ink-muted">This page is for managers. Ask a manager if you need something here.</p>
      <Link href={HOME_PATH} className={buttonClasses({ variant: "secondary", size: "md" }) + " mt-6"}>
        Back to the calendar
      </Link>
    </div>
  );
}

import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { requireStaff } from "@/lib/auth/guard";
import { settingsForRequest } from "@/lib/settings/for-request";

export const dynamic = "force-dynamic";

/** Every signed-in page: the guard, the top bar, and the page itself in <main>. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff();
  const settings = await settingsForRequest();

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium text-ink shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:px-3 focus:py-2"
      >
        Skip to main content
      </a>
      <AppHeader staff={staff} salonName={settings.name || "Salon"} />
      <main id="main" tabIndex={-1} className="flex-1 px-4 py-6 focus:outline-none xl:px-6">
        {children}
      </main>
    </div>
  );
}

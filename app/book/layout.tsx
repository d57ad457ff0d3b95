import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PublicHeader } from "@/components/booking/public-header";
import { settingsForRequest } from "@/lib/settings/for-request";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Book online", template: "%s · Book online" },
  // Booking and cancel links carry the client's token: never send it on to another site.
  referrer: "no-referrer",
};

/** The clients' side of the app: the salon's name, no staff navigation, narrow enough for a phone. */
export default async function BookLayout({ children }: { children: ReactNode }) {
  const salonName = (await settingsForRequest()).name || "Salon";
  return (
    <div className="flex min-h-dvh flex-col">
      <PublicHeader salonName={salonName} />
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 pt-6 pb-16 sm:px-6">
        {children}
      </main>
      <footer className="border-t border-line py-5 text-center text-xs text-ink-subtle">{salonName} · Online booking</footer>
    </div>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { buttonClasses } from "@/components/ui/button";

type Props = { error: Error & { digest?: string }; reset: () => void };

/**
 * What anyone sees when a page breaks. Never the error's text or stack: in production Next.js
 * replaces a server error with a digest (the matching line in the server log), and that reference
 * is all that is shown. The full error goes to the browser console for whoever is debugging.
 */
export default function ErrorPage(props: Props) {
  return (
    <main className="px-6">
      <ErrorNotice {...props} />
    </main>
  );
}

/** The message itself; app/(app)/error.tsx shows it inside the shell's own <main>. */
export function ErrorNotice({ error, reset }: Props) {
  const pathname = usePathname() ?? "";
  const isClientBooking = pathname.startsWith("/book");

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">Error</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink">Something went wrong</h1>
      <p className="mt-3 text-sm text-ink-muted">
        {isClientBooking
          ? "We could not show this page. Please try again in a moment."
          : "The page could not be shown. Try again; if it keeps happening, tell a manager."}
      </p>
      {error.digest ? <p className="mt-3 text-xs text-ink-muted">Reference: {error.digest}</p> : null}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className={buttonClasses({ variant: "primary" })}>
          Try again
        </button>
        <Link href={isClientBooking ? "/book" : "/calendar"} className={buttonClasses({ variant: "secondary" })}>
          {isClientBooking ? "Back to booking" : "Back to the calendar"}
        </Link>
      </div>
    </div>
  );
}

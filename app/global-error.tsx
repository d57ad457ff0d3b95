"use client";

import "./globals.css";

type Props = { error: Error & { digest?: string }; reset: () => void };

/**
 * When even the root layout fails. It replaces the whole document, so it has its own <html>.
 * Like app/error.tsx it shows a reference, never the error's text or stack.
 */
export default function GlobalError({ error, reset }: Props) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans text-base">
        <main className="mx-auto max-w-md px-6 py-16 text-center">
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Something went wrong</h1>
          <p className="mt-3 text-sm text-ink-muted">The app could not be shown. Please try again in a moment.</p>
          {error.digest ? <p className="mt-3 text-xs text-ink-muted">Reference: {error.digest}</p> : null}
          <button
            type="button"
            onClick={reset}
            className="mt-6 inline-flex h-10 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}

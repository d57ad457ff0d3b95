import Link from "next/link";

/** The public pages' top bar: the salon, and a way back to the start of booking. */
export function PublicHeader({ salonName }: { salonName: string }) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex h-14 max-w-2xl items-center justify-between gap-3 px-4 sm:px-6">
        <Link href="/book" className="flex min-w-0 items-center gap-2.5 rounded-md">
          <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-brand-700 text-sm font-semibold text-white">
            {salonName.charAt(0).toUpperCase()}
          </span>
          <span className="truncate text-base font-semibold tracking-tight text-ink">{salonName}</span>
        </Link>
        <span className="flex shrink-0 items-center gap-4 text-sm">
          <span className="hidden text-ink-muted sm:inline">Book online</span>
          {/* The client's own page: their courses, a session from one, their bookings (app/book/me). */}
          <Link href="/book/me" aria-label="My courses and bookings" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            My courses<span className="hidden sm:inline"> and bookings</span>
          </Link>
        </span>
      </div>
    </header>
  );
}

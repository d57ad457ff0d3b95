import Link from "next/link";

/** A booking link that matches nothing: said plainly, with nothing about why (a token is a secret). */
export function BookingLinkMissing() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">Booking not found</h1>
      <p className="text-sm text-ink-muted">This booking link is not valid. Please check it, or call the salon.</p>
      <Link href="/book" className="inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
        Book an appointment
      </Link>
    </div>
  );
}

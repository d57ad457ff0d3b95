import type { Metadata } from "next";
import Link from "next/link";
import { BookingSummary } from "@/components/booking/booking-summary";
import { BookingLinkMissing } from "@/components/booking/booking-link-missing";
import { buttonClasses } from "@/components/ui/button";
import { db } from "@/lib/db";
import { loadOnlineBooking } from "@/lib/online-booking/load-booking";
import { formatSalonDate } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Booking confirmed" };

type Props = { params: Promise<{ token: string }> };

/** What was booked, and the unguessable link that cancels it: this page is the client's record. */
export default async function BookingConfirmedPage({ params }: Props) {
  const { token } = await params;
  const booking = await loadOnlineBooking(db, token, new Date());
  if (!booking) return <BookingLinkMissing />;
  const cancelled = booking.status === "CANCELLED";
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{cancelled ? "This booking was cancelled" : "You're booked"}</h1>
        {!cancelled && <p className="mt-1 text-sm text-ink-muted">We look forward to seeing you. Keep this page&apos;s link: it is how you can cancel.</p>}
      </div>
      <BookingSummary
        serviceName={booking.serviceName}
        durationMinutes={booking.durationMinutes}
        price={{ minor: booking.priceMinor, currency: booking.currency }}
        staffName={booking.staffName}
        dateLabel={formatSalonDate(booking.date)}
        time={booking.time}
      />
      <div className="flex flex-wrap gap-3">
        {booking.cancellable && (
          <Link href={`/book/cancel/${token}`} className={buttonClasses({ variant: "secondary" })}>
            Cancel this booking
          </Link>
        )}
        <Link href="/book" className={buttonClasses({ variant: "ghost" })}>
          Book something else
        </Link>
      </div>
    </div>
  );
}

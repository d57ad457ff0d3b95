import type { Metadata } from "next";
import Link from "next/link";
import { BookingLinkMissing } from "@/components/booking/booking-link-missing";
import { BookingSummary } from "@/components/booking/booking-summary";
import { CancelForm } from "@/components/booking/cancel-form";
import { Alert } from "@/components/ui/alert";
import { db } from "@/lib/db";
import { loadOnlineBooking } from "@/lib/online-booking/load-booking";
import { formatSalonDate } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cancel your booking" };

type Props = { params: Promise<{ token: string }> };

/** Reached only through the link on the confirmation page; asks once before cancelling. */
export default async function CancelBookingPage({ params }: Props) {
  const { token } = await params;
  const booking = await loadOnlineBooking(db, token, new Date());
  if (!booking) return <BookingLinkMissing />;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">Cancel your booking</h1>
      <BookingSummary
        serviceName={booking.serviceName}
        durationMinutes={booking.durationMinutes}
        price={{ minor: booking.priceMinor, currency: booking.currency }}
        staffName={booking.staffName}
        dateLabel={formatSalonDate(booking.date)}
        time={booking.time}
      />
      {booking.status === "CANCELLED" ? (
        <Alert tone="info" title="This booking is already cancelled" />
      ) : booking.cancellable ? (
        <CancelForm token={token} note={booking.cancelNote} />
      ) : (
        <Alert tone="info">This appointment can no longer be cancelled online. Please call the salon.</Alert>
      )}
      <Link href="/book" className="inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
        Book another appointment
      </Link>
    </div>
  );
}

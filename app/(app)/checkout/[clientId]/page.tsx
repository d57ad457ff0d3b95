import type { Metadata } from "next";
import { ClientAlert } from "@/components/clients/client-alert";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { longDate } from "@/components/checkout/format";
import { CheckoutVisit } from "@/components/checkout/checkout-visit";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { calendarHref } from "@/lib/calendar/links";
import { saleNumber } from "@/lib/checkout/load-receipt";
import { loadVisit, type Visit } from "@/lib/checkout/load-visit";
import { db } from "@/lib/db";
import { settingsForRequest } from "@/lib/settings/for-request";
import { formatSalonDate, isSalonDate, salonDateOf, type SalonDate } from "@/lib/time";
import { fullName } from "@/lib/clients/display";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check out" };

type Props = {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function BackToCalendar({ date }: { date: SalonDate }) {
  return (
    <Link href={calendarHref(date)} className={buttonClasses({ variant: "secondary" })}>
      <span aria-hidden="true">←</span> Back to calendar
    </Link>
  );
}

/** The visit screen: the client's appointments on one day, what is due, and "Take payment". */
export default async function CheckoutPage({ params, searchParams }: Props) {
  await requireStaff();
  const { clientId: rawId } = await params;
  const { date: rawDate } = await searchParams;
  const clientId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : 0;
  if (!clientId) notFound();

  const { timezone } = await settingsForRequest();
  const today = salonDateOf(new Date(), timezone);
  const dateText = typeof rawDate === "string" ? rawDate.trim() : rawDate === undefined ? "" : null;
  if (dateText === null || (dateText !== "" && !isSalonDate(dateText))) {
    const client = await db.client.findUnique({ where: { id: clientId }, select: { firstName: true, lastName: true } });
    if (!client) notFound();
    return <BadDate clientId={clientId} clientName={fullName(client)} shown={String(rawDate)} today={today} />;
  }

  const date = dateText || today;
  const visit = await loadVisit(db, clientId, date);
  if (!visit) notFound();

  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={`Check out — ${visit.client.name}`} description={longDate(date)} actions={<BackToCalendar date={date} />} />
      {visit.client.alert && (
        <div className="mb-6">
          <ClientAlert alert={visit.client.alert} />
        </div>
      )}
      {visit.items.length === 0 ? (
        <Card>
          <div className="py-8 text-center">
            <p className="font-medium text-ink">No appointments for {visit.client.name} on this day.</p>
            <p className="mt-1 text-sm text-ink-muted">Nothing to check out. Pick the visit from the calendar.</p>
          </div>
        </Card>
      ) : (
        <CheckoutVisit visit={visit} description={countLabel(visit)} closed={closedPanel(visit, today)} />
      )}
    </div>
  );
}

function countLabel(visit: Visit): string {
  const n = visit.items.length;
  return `${n} appointment${n === 1 ? "" : "s"} on ${formatSalonDate(visit.date)}`;
}

/** The payment card when there is nothing to tick: paid (with its receipts), nothing to pay, or a future day. */
function closedPanel(visit: Visit, today: SalonDate): ReactNode | null {
  if (visit.date > today) {
    return <Alert tone="warning">This visit is on {formatSalonDate(visit.date)}. It can be checked out on the day.</Alert>;
  }
  if (visit.openIds.length > 0) return null;
  const receipts = [...new Set(visit.items.map((i) => i.saleId).filter((id): id is number => id !== null))];
  if (receipts.length === 0) return <p className="text-sm text-ink-muted">Nothing to pay for in this visit.</p>;
  return (
    <div className="space-y-3">
      <Alert tone="success" title="This visit is paid." />
      <ul className="space-y-1.5 text-sm">
        {receipts.map((id) => (
          <li key={id}>
            <Link href={`/sales/${id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              Receipt {saleNumber(id)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function BadDate({ clientId, clientName, shown, today }: { clientId: number; clientName: string; shown: string; today: SalonDate }) {
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={`Check out — ${clientName}`} actions={<BackToCalendar date={today} />} />
      <Alert tone="error" title="That date is not valid.">
        <p>
          “{shown.slice(0, 40)}” is not a day. Dates look like {today}.{" "}
          <Link href={`/checkout/${clientId}`} className="font-medium underline underline-offset-2">
            Check out today’s visit
          </Link>
        </p>
      </Alert>
    </div>
  );
}

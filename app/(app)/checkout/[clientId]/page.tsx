import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { longDate } from "@/components/checkout/format";
import { TakePayment } from "@/components/checkout/take-payment";
import { VisitTable } from "@/components/checkout/visit-table";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { saleNumber } from "@/lib/checkout/load-receipt";
import { loadVisit, type Visit } from "@/lib/checkout/load-visit";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { settingsForRequest } from "@/lib/request-settings";
import { formatSalonDate, isSalonDate, salonDateOf, type SalonDate } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check out" };

type Props = {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const calendarHref = (date: SalonDate) => `/calendar?date=${date}`;

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
    return <BadDate clientId={clientId} clientName={`${client.firstName} ${client.lastName}`} shown={String(rawDate)} today={today} />;
  }

  const date = dateText || today;
  const visit = await loadVisit(db, clientId, date);
  if (!visit) notFound();

  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={`Check out — ${visit.client.name}`} description={longDate(date)} actions={<BackToCalendar date={date} />} />
      {visit.items.length === 0 ? (
        <Card>
          <div className="py-8 text-center">
            <p className="font-medium text-ink">No appointments for {visit.client.name} on this day.</p>
            <p className="mt-1 text-sm text-ink-muted">Nothing to check out. Pick the visit from the calendar.</p>
          </div>
        </Card>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] xl:grid-cols-[minmax(0,1fr)_20rem]">
          <Card title="Appointments" description={countLabel(visit)} padding="none" className="overflow-hidden">
            <div className="overflow-x-auto">
              <VisitTable items={visit.items} currency={visit.currency} />
            </div>
          </Card>
          <Card title="Payment">
            <PaymentPanel visit={visit} today={today} />
          </Card>
        </div>
      )}
    </div>
  );
}

function countLabel(visit: Visit): string {
  const n = visit.items.length;
  return `${n} appointment${n === 1 ? "" : "s"} on ${formatSalonDate(visit.date)}`;
}

function PaymentPanel({ visit, today }: { visit: Visit; today: SalonDate }) {
  const open = visit.items.filter((i) => visit.openIds.includes(i.appointmentId));
  const receipts = [...new Set(visit.items.map((i) => i.saleId).filter((id): id is number => id !== null))];

  if (open.length === 0) {
    return receipts.length > 0 ? (
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
    ) : (
      <p className="text-sm text-ink-muted">Nothing to pay for in this visit.</p>
    );
  }

  const charged = open.filter((i) => i.priceMinor !== null);
  const redeemed = open.length - charged.length;
  return (
    <div className="space-y-5">
      <dl className="space-y-2 text-sm">
        {charged.length > 0 && (
          <div className="flex justify-between gap-4">
            <dt className="text-ink-muted">Services charged ({charged.length})</dt>
            <dd className="text-ink tabular-nums">{formatMoney(visit.dueMinor, visit.currency)}</dd>
          </div>
        )}
        {redeemed > 0 && (
          <div className="flex justify-between gap-4">
            <dt className="text-ink-muted">Redeemed ({redeemed})</dt>
            <dd className="text-ink tabular-nums">{formatMoney(0, visit.currency)}</dd>
          </div>
        )}
        <div className="flex items-baseline justify-between gap-4 border-t border-line pt-3">
          <dt className="font-medium text-ink">Total due</dt>
          <dd className="text-2xl font-semibold tracking-tight text-ink tabular-nums">{formatMoney(visit.dueMinor, visit.currency)}</dd>
        </div>
      </dl>
      {visit.date > today ? (
        <Alert tone="warning">This visit is on {formatSalonDate(visit.date)}. It can be checked out on the day.</Alert>
      ) : (
        <TakePayment appointmentIds={visit.openIds} dueMinor={visit.dueMinor} />
      )}
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

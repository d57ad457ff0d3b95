import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppointmentsTable } from "@/components/clients/appointments-table";
import { ClientCoursesSection } from "@/components/clients/client-courses-section";
import { ClientDetailsForm } from "@/components/clients/client-details-form";
import { DuplicateReview } from "@/components/clients/duplicate-review";
import { PurchasesList } from "@/components/clients/purchases-list";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { loadClientCard } from "@/lib/clients/client-card";
import { displayPhone, fullName } from "@/lib/clients/display";
import { db } from "@/lib/db";
import { formatSalonDate } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string; merged?: string }> };

const parseId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : 0);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const client = id ? await db.client.findUnique({ where: { id }, select: { firstName: true, lastName: true } }) : null;
  return { title: client ? fullName(client) : "Client" };
}

export default async function ClientCardPage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  const id = parseId((await params).id);
  const card = id ? await loadClientCard(db, id) : null;
  if (!card) notFound();
  const { client } = card;
  const name = fullName(client);
  const active = card.courses.filter((c) => c.label === "active").length;
  const query = await searchParams;
  const justMerged = card.mergedFrom.find((m) => String(m.id) === query.merged);

  return (
    <div className="mx-auto max-w-7xl">
      <Link href="/clients" className="mb-3 inline-flex text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
        <span aria-hidden="true">←&nbsp;</span>Clients
      </Link>
      <PageHeader
        title={name}
        description={
          <span className="flex flex-wrap gap-x-3">
            {client.phone && <span className="whitespace-nowrap">{displayPhone(client.phone)}</span>}
            {client.email && <span className="break-all">{client.email}</span>}
          </span>
        }
        actions={
          card.mergedInto ? undefined : (
            <>
              {hasRole(staff, "MANAGER") && client.email && (
                <Link href={`/manager/messages?client=${client.id}`} className={buttonClasses({ variant: "secondary" })}>
                  Messages
                </Link>
              )}
              <Link href="/calendar" className={buttonClasses({ variant: "secondary" })}>
                Book in calendar
              </Link>
              <Link href={`/purchase?clientId=${client.id}`} className={buttonClasses()}>
                Sell a course
              </Link>
            </>
          )
        }
      />
      {query.added && (
        <Alert tone="success" className="mb-4">
          Added {name}. Their card is ready.
        </Alert>
      )}
      {justMerged && (
        <Alert tone="success" className="mb-4">
          Merged {justMerged.name}’s card into this one: their appointments, courses and purchases are here now.
        </Alert>
      )}
      {card.mergedInto && (
        <Alert tone="info" className="mb-4" title={`This card was merged into ${card.mergedInto.name}’s on ${formatSalonDate(card.mergedInto.on)}.`}>
          Everything it held is on{" "}
          <Link href={`/clients/${card.mergedInto.id}`} className="font-medium underline underline-offset-2">
            {card.mergedInto.name}’s card
          </Link>
          ; this one is kept as the record of the merge.
        </Alert>
      )}
      {card.duplicateOf && <DuplicateReview client={client} candidates={card.duplicateOf} holds={card.holds} />}
      {card.mergedFrom.length > 0 && !justMerged && (
        <p className="mb-4 text-sm text-ink-muted">
          Merged into this card:{" "}
          {card.mergedFrom.map((m, i) => (
            <span key={m.id}>
              {i > 0 && ", "}
              <Link href={`/clients/${m.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                {m.name}
              </Link>{" "}
              ({formatSalonDate(m.on)})
            </span>
          ))}
        </p>
      )}
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <Card title="Details and notes" className="xl:sticky xl:top-28">
          <ClientDetailsForm client={client} />
        </Card>
        <div className="min-w-0 space-y-6">
          <Card
            title="Courses"
            description={
              card.courses.length === 0 ? undefined : `${active} active${card.courses.length > active ? `, ${card.courses.length - active} used, expired, refunded or transferred (greyed)` : ""}.`
            }
          >
            <ClientCoursesSection courses={card.courses} manager={hasRole(staff, "MANAGER")} />
          </Card>
          <Card title="Appointments" padding="none">
            <h3 className="px-5 pt-4 pb-2 text-sm font-semibold text-ink">Upcoming</h3>
            <AppointmentsTable appointments={card.upcoming} caption="Upcoming appointments" emptyText="Nothing booked." />
            <h3 className="border-t border-line px-5 pt-4 pb-2 text-sm font-semibold text-ink">Past and cancelled</h3>
            <AppointmentsTable appointments={card.past} caption="Past and cancelled appointments" emptyText="No past visits." />
          </Card>
          <Card title="Purchases" description="Visits paid, courses bought and refunds, newest first." padding="none">
            <PurchasesList sales={card.sales} currency={card.currency} />
          </Card>
        </div>
      </div>
    </div>
  );
}

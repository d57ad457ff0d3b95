import type { Metadata } from "next";
import Link from "next/link";
import { ServicesTable } from "@/components/services/services-table";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { loadServiceMenu } from "@/lib/services/service-menu";
import { settingsForRequest } from "@/lib/settings/for-request";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requireStaff("MANAGER");
  const [categories, settings, { saved }] = await Promise.all([loadServiceMenu(db), settingsForRequest(), searchParams]);
  const services = categories.flatMap((c) => c.services);
  const savedService = services.find((s) => String(s.id) === saved);
  const active = services.filter((s) => s.active).length;
  const online = services.filter((s) => s.active && s.bookableOnline).length;

  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader
        title="Services"
        description="The treatment menu: categories, durations and prices."
        actions={
          <Link href="/manager/services/new" className={buttonClasses()}>
            <span aria-hidden="true">+</span> Add service
          </Link>
        }
      />
      {savedService && (
        <Alert tone="success" className="mb-4">
          Saved “{savedService.name}”.
          {savedService.active ? " It can be booked now." : " It is inactive, so it is not offered for booking."}
        </Alert>
      )}
      <Card
        title="Menu"
        description={`${active} on the menu, ${online} bookable online${services.length > active ? `, ${services.length - active} inactive` : ""}. Prices changed here never change courses already sold.`}
        padding="none"
      >
        <ServicesTable categories={categories} currency={settings.currency} highlightId={savedService?.id} />
        <div className="flex items-center justify-between gap-4 border-t border-line px-5 py-4">
          <p className="text-sm text-ink-muted">Deactivated services can&apos;t be booked; appointments and courses that have them keep them.</p>
          <Link href="/manager/services/new" className={buttonClasses({ variant: "secondary" })}>
            <span aria-hidden="true">+</span> Add service
          </Link>
        </div>
      </Card>
    </div>
  );
}

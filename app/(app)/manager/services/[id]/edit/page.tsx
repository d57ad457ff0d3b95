import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceForm } from "@/components/services/service-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { listCategories, loadServiceFormChoices, loadServiceForEdit } from "@/lib/services/service-menu";
import { settingsForRequest } from "@/lib/settings/for-request";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit service" };

export default async function EditServicePage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("MANAGER");
  const id = Number((await params).id);
  const service = Number.isSafeInteger(id) && id > 0 ? await loadServiceForEdit(db, id) : null;
  if (!service) notFound();
  const [categories, choices, settings] = await Promise.all([listCategories(db), loadServiceFormChoices(db), settingsForRequest()]);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={`Edit ${service.name}`} description="Change the service from now on." />
      <Card>
        <ServiceForm categories={categories} choices={choices} currency={settings.currency} vat={{ registered: settings.vatRegistered, rateBp: settings.vatRateBp }} service={service} />
      </Card>
    </div>
  );
}

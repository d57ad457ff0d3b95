import type { Metadata } from "next";
import { ServiceForm } from "@/components/services/service-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { listCategories, loadServiceFormChoices } from "@/lib/services/service-menu";
import { settingsForRequest } from "@/lib/settings/for-request";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add service" };

export default async function NewServicePage() {
  await requireStaff("MANAGER");
  const [categories, choices, settings] = await Promise.all([listCategories(db), loadServiceFormChoices(db), settingsForRequest()]);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title="Add service" description="A treatment on the menu: what it is called, how long it takes and what it costs." />
      <Card>
        <ServiceForm categories={categories} choices={choices} currency={settings.currency} vat={{ registered: settings.vatRegistered, rateBp: settings.vatRateBp }} />
      </Card>
    </div>
  );
}

import type { Metadata } from "next";
import { PurchaseForm } from "@/components/purchase/purchase-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { loadClientChoice } from "@/lib/course-templates/sell-at-desk";
import { loadSellableKinds } from "@/lib/course-templates/sellable";
import { db } from "@/lib/db";
import { settingsForRequest } from "@/lib/settings/for-request";
import { salonDateOf } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Purchase" };

export default async function PurchasePage({ searchParams }: { searchParams: Promise<{ clientId?: string | string[] }> }) {
  await requireStaff();
  const settings = await settingsForRequest();
  const { clientId } = await searchParams;
  const wanted = Number(Array.isArray(clientId) ? clientId[0] : clientId);
  const [kinds, client] = await Promise.all([
    loadSellableKinds(db, salonDateOf(new Date(), settings.timezone)),
    Number.isSafeInteger(wanted) && wanted > 0 ? loadClientChoice(db, wanted) : null,
  ]);

  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title="Purchase" description="Sell a course or package to a client and take payment." />
      {clientId !== undefined && !client && (
        <Alert tone="warning" className="mb-4">
          That client could not be found. Search for them below.
        </Alert>
      )}
      {/* keyed by the client so following a client card's link again starts a fresh form */}
      <PurchaseForm key={client?.id ?? "none"} kinds={kinds} currency={settings.currency} initialClient={client} />
    </div>
  );
}

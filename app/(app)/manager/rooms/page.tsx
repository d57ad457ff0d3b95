import type { Metadata } from "next";
import { ResourceForm } from "@/components/resources/resource-form";
import { ResourcesTable } from "@/components/resources/resources-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { listResources } from "@/lib/resources/list-resources";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Rooms & machines" };

export default async function RoomsPage({ searchParams }: { searchParams: Promise<{ saved?: string; edit?: string }> }) {
  await requireStaff("MANAGER");
  const [{ resources, kinds, missing }, { saved, edit }] = await Promise.all([listResources(db, new Date()), searchParams]);
  const savedRow = resources.find((r) => String(r.id) === saved);
  const editing = resources.find((r) => String(r.id) === edit);
  const active = resources.filter((r) => r.active).length;

  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader title="Rooms & machines" description="Treatment rooms and machines that services need. A booking takes a free one of the kind automatically; two appointments never share one." />
      {savedRow && (
        <Alert tone="success" className="mb-4">
          Saved {savedRow.name}.
        </Alert>
      )}
      {missing.map((m) => (
        <Alert key={m.kind} tone="warning" className="mb-4">
          No active room or machine is a “{m.kind}”: {m.services.join(", ")} can&apos;t be booked until one is. Add one, reactivate one, or change what {m.services.length === 1 ? "that service needs" : "those services need"} under Services.
        </Alert>
      ))}
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <Card title="Rooms and machines" description={`${active} active${resources.length > active ? `, ${resources.length - active} inactive` : ""}. Deactivated ones take no new bookings; appointments already in them keep them.`} padding="none">
          <ResourcesTable resources={resources} highlightId={savedRow?.id ?? editing?.id} />
        </Card>
        <Card title={editing ? `Edit ${editing.name}` : "Add a room or machine"}>
          <ResourceForm key={editing?.id ?? "new"} resource={editing} kinds={kinds} />
        </Card>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage() {
  await requireStaff();
  return <PageHeader title="Clients" description="Find a client and open their card: details, visits and courses." />;
}

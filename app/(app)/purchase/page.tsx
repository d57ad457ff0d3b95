import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Purchase" };

export default async function PurchasePage() {
  await requireStaff();
  return <PageHeader title="Purchase" description="Sell a course or package to a client and take payment." />;
}

import type { Metadata } from "next";
import Link from "next/link";
import { SettingsForm } from "@/components/settings/settings-form";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ACCOUNT_CODES_PATH } from "@/lib/journal/journal-url";
import { loadSettingsForm } from "@/lib/settings/settings-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Salon settings" };

export default async function SalonSettingsPage() {
  await requireStaff("MANAGER");
  const settings = await loadSettingsForm(db);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title="Salon settings"
        description="Opening hours, VAT, the cancellation and no-show policy for course sessions, and online booking. The journal export's account codes have a page of their own."
        actions={
          <>
            <Link href={ACCOUNT_CODES_PATH} className={buttonClasses({ variant: "secondary" })}>
              Account codes
            </Link>
            <Link href="/manager/staff" className={buttonClasses({ variant: "secondary" })}>
              Staff
            </Link>
          </>
        }
      />
      <SettingsForm settings={settings} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccountCodesForm } from "@/components/journal/account-codes-form";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { loadAccountCodes } from "@/lib/journal/account-codes";
import { JOURNAL_PATH } from "@/lib/journal/journal-url";
import { saveAccountCodesAction } from "@/lib/actions/account-codes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Account codes" };

export default async function AccountCodesPage() {
  await requireStaff("MANAGER");
  const codes = await loadAccountCodes(db);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title="Account codes"
        description="The journal export posts to these accounts. The defaults follow Xero's UK chart of accounts; ask your accountant for the codes in yours."
        actions={
          <>
            <Link href="/manager/settings" className={buttonClasses({ variant: "ghost" })}>
              Salon settings
            </Link>
            <Link href={JOURNAL_PATH} className={buttonClasses({ variant: "secondary" })}>
              Journal
            </Link>
          </>
        }
      />
      <AccountCodesForm codes={codes} save={saveAccountCodesAction} />
    </div>
  );
}

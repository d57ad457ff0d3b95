import type { Metadata } from "next";
import Link from "next/link";
import { MailBanner } from "@/components/messages/mail-banner";
import { describeMailer } from "@/components/messages/mailer";
import { MessagesFilters } from "@/components/messages/messages-filters";
import { MessagesPagination } from "@/components/messages/messages-pagination";
import { MessagesTable } from "@/components/messages/messages-table";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { listMessages, messagesHref, parseMessageFilters, unreadFilters } from "@/lib/messages/list-messages";
import { smtpUrl } from "@/lib/messages/transport";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Messages" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function MessagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("MANAGER");
  const params = await searchParams;
  const filters = parseMessageFilters(params);
  const unread = unreadFilters(params);
  const mailer = describeMailer(smtpUrl());
  const list = await listMessages(db, filters);
  const filtered = filters.q !== "" || filters.status !== null || filters.kind !== null || filters.clientId !== null;
  const emptyText = filtered
    ? "No messages match these filters."
    : "No messages yet. Confirmations, changes, reminders, cancellations, course receipts and sign-in links appear here as they are written.";

  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader
        title="Messages"
        description="Every email to a client, newest first: booking confirmations, changes, reminders, cancellations, course receipts and sign-in links. Open one to read it as the client does."
        actions={
          <Link href="/manager/settings" className={buttonClasses({ variant: "secondary" })}>
            Reminder setting
          </Link>
        }
      />
      <MailBanner mailer={mailer} />
      {unread.length > 0 && (
        <Alert tone="warning" className="mb-5">
          This link asked for a {unread.join(", ")} the list does not know, so {unread.length === 1 ? "it was" : "they were"} left out. Choose the filters below.
        </Alert>
      )}
      {list.failed > 0 && filters.status !== "FAILED" && (
        <Alert tone="warning" className="mb-5">
          {list.failed === 1 ? "1 message has failed" : `${list.failed} messages have failed`} and will not be tried again unless you ask.{" "}
          <Link href={messagesHref(filters, { status: "FAILED", kind: null, q: "", clientId: null })} className="font-medium underline underline-offset-2">
            Show failed messages
          </Link>
        </Alert>
      )}
      <Card padding="none">
        <MessagesFilters filters={filters} mailerOn={mailer.on} clientName={list.client?.name ?? null} />
        <div className="border-t border-line">
          <MessagesTable rows={list.rows} filters={{ ...filters, page: list.page }} mailerOn={mailer.on} emptyText={emptyText} />
        </div>
        <MessagesPagination filters={{ ...filters, page: list.page }} page={list.page} pageCount={list.pageCount} total={list.total} />
      </Card>
    </div>
  );
}

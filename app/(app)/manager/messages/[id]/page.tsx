import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MailFrame } from "@/components/messages/mail-frame";
import { describeMailer } from "@/components/messages/mailer";
import { MessageFacts } from "@/components/messages/message-facts";
import { kindWords } from "@/components/messages/message-words";
import { RetryMessage } from "@/components/messages/retry-message";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { loadMessage, messagesHref, parseMessageFilters } from "@/lib/messages/list-messages";
import { smtpUrl } from "@/lib/messages/transport";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Message" };

type SearchParams = Record<string, string | string[] | undefined>;

const parseId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : 0);

export default async function MessagePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  await requireStaff("MANAGER");
  const id = parseId((await params).id);
  const message = id ? await loadMessage(db, id) : null;
  if (!message) notFound();
  const query = await searchParams;
  // The list it was opened from (filters and page), for the way back.
  const from = parseMessageFilters(query);
  const mailer = describeMailer(smtpUrl());

  return (
    <div className="mx-auto max-w-7xl">
      <Link href={messagesHref(from, { page: from.page })} className="mb-3 inline-flex text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
        <span aria-hidden="true">←&nbsp;</span>Messages
      </Link>
      <PageHeader title={message.subject} description={`${kindWords(message.kind)} to ${message.toName || message.toEmail}, written ${message.written}.`} />
      {query.retried === "1" && message.status !== "FAILED" && (
        <Alert tone="success" className="mb-5">
          Queued to send again. {mailer.on ? "It goes with the sender’s next round." : "Mail is not set up, so it is kept here."}
        </Alert>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <MailFrame message={message} />
        <Card title="Delivery" className="lg:sticky lg:top-28">
          <MessageFacts message={message} mailerOn={mailer.on} />
          {message.status === "FAILED" && (
            <div className="mt-5 border-t border-line pt-4">
              <p className="mb-3 text-sm text-ink-muted">The sender gave up after {message.attempts} tries. Fix the cause (the address, the mail server), then send it again.</p>
              <RetryMessage messageId={message.id} />
            </div>
          )}
          {!mailer.on && message.status === "PENDING" && (
            <p className="mt-5 border-t border-line pt-4 text-sm text-ink-muted">Mail is not set up, so this message is kept here and not sent.</p>
          )}
        </Card>
      </div>
    </div>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import { appointmentOnDayHref } from "@/lib/calendar/links";
import type { MessageDetail } from "@/lib/messages/list-messages";
import { MessageStatus } from "./message-status";
import { kindWords } from "./message-words";

const APPOINTMENT_STATUS: Record<string, string> = {
  BOOKED: "booked",
  CHECKED_IN: "checked in",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
  NO_SHOW: "no-show",
};

const link = "font-medium text-brand-800 underline-offset-2 hover:underline";

/** The delivery side of a message: its state, tries, Message-ID, and the client and appointment it is about. */
export function MessageFacts({ message, mailerOn }: { message: MessageDetail; mailerOn: boolean }) {
  const a = message.appointment;
  const facts: [string, ReactNode][] = [
    ["Kind", kindWords(message.kind)],
    ["Status", <MessageStatus key="status" message={message} mailerOn={mailerOn} />],
    ["Written", message.written],
    ...(message.nextTry ? ([["Next try", message.nextTry]] as [string, ReactNode][]) : []),
    ["Tries", String(message.attempts)],
    ...(message.lastError && message.status !== "FAILED" ? ([["Last error", message.lastError]] as [string, ReactNode][]) : []),
    [
      "Client",
      message.client ? (
        <Link href={`/clients/${message.client.id}`} className={link}>
          {message.client.name}
        </Link>
      ) : (
        <span className="text-ink-muted">No client card</span>
      ),
    ],
    [
      "Appointment",
      a ? (
        <>
          <Link href={appointmentOnDayHref(a.id, a.date)} className={link}>
            {a.serviceName}, {a.when}
          </Link>
          <span className="block text-xs text-ink-muted">
            With {a.staffName}; now {APPOINTMENT_STATUS[a.status] ?? a.status.toLowerCase()}.
          </span>
        </>
      ) : (
        <span className="text-ink-muted">{message.kind === "COURSE_RECEIPT" || message.kind === "SIGN_IN" ? "Not about an appointment" : "No longer on record"}</span>
      ),
    ],
    ["Message-ID", <span key="id" className="font-mono text-xs break-all">{message.messageId}</span>],
  ];
  return (
    <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-4 gap-y-3 text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-ink-muted">{term}</dt>
          <dd className="min-w-0 wrap-anywhere text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

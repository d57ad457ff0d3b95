import { MASK, type MessageDetail } from "@/lib/messages/list-messages";
import { MailText } from "./mail-text";

/** The message as the client sees it in their mail program: the envelope lines, then the text. */
export function MailFrame({ message }: { message: MessageDetail }) {
  const to = message.toName ? `${message.toName} <${message.toEmail}>` : message.toEmail;
  const lines: [string, string][] = [
    ["From", message.salonName],
    ["To", to],
    ["Subject", message.subject],
    ["Date", message.written],
  ];
  return (
    <article aria-label="The message as the client sees it" className="overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
      <dl className="grid grid-cols-[5rem_minmax(0,1fr)] gap-x-4 gap-y-1.5 border-b border-line bg-canvas px-6 py-4 text-sm">
        {lines.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-ink-muted">{term}</dt>
            <dd className={term === "Subject" ? "font-semibold text-ink" : "break-words text-ink"}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="px-6 py-6">
        <div className="max-w-prose">
          <MailText text={message.bodyText} />
        </div>
      </div>
      {message.bodyText.includes(MASK) && (
        <p className="border-t border-line bg-canvas px-6 py-3 text-xs text-ink-muted">
          {MASK} hides the key of the sign-in link: with it, anyone could open the client’s own page. The client’s email has the full link.
        </p>
      )}
    </article>
  );
}

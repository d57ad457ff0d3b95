import { Fragment, type ReactNode } from "react";
import { MASK } from "@/lib/messages/list-messages";

const URL_RE = /https?:\/\/[^\s<>"]+/g;
/** A sentence's full stop or a closing bracket after a link is not part of it. */
const TRAILING = /[.,;:!?)\]]+$/;

/** A mail's plain text with its line breaks kept and its links clickable (a masked sign-in link stays text). */
export function MailText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_RE)) {
    const url = match[0].replace(TRAILING, "");
    const start = match.index;
    parts.push(text.slice(last, start));
    parts.push(
      url.includes(MASK) ? (
        <span key={start} className="rounded bg-slate-100 px-1 text-ink-muted" title="Hidden here: this link signs in as the client">
          {url}
        </span>
      ) : (
        <a key={start} href={url} target="_blank" rel="noopener noreferrer" className="break-all text-brand-800 underline underline-offset-2 hover:text-brand-900">
          {url}
        </a>
      ),
    );
    last = start + url.length;
  }
  parts.push(text.slice(last));
  return <div className="text-[0.9375rem] leading-relaxed break-words whitespace-pre-wrap text-ink">{parts.map((p, i) => <Fragment key={i}>{p}</Fragment>)}</div>;
}

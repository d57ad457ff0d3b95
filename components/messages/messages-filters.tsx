import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { MESSAGE_KINDS } from "@/lib/messages/kinds";
import { MESSAGES_PATH, messagesHref, type MessageFilters } from "@/lib/messages/list-messages";
import { KIND_WORDS, statusChoices } from "./message-words";

type Props = { filters: MessageFilters; mailerOn: boolean; clientName: string | null };

/** A plain GET form: the filters land in the URL, so a reload or a shared link shows the same list. */
export function MessagesFilters({ filters, mailerOn, clientName }: Props) {
  const filtered = filters.q !== "" || filters.status !== null || filters.kind !== null || filters.clientId !== null;
  return (
    <form action={MESSAGES_PATH} method="get" role="search" aria-label="Filter messages" className="flex flex-wrap items-end gap-3 px-5 py-4">
      {filters.clientId && <input type="hidden" name="client" value={filters.clientId} />}
      <TextField label="Search" name="q" type="search" defaultValue={filters.q} placeholder="Client name or email" className="w-full sm:w-64" autoComplete="off" />
      <Select label="Status" name="status" defaultValue={filters.status ?? ""} placeholder="Any status" options={statusChoices(mailerOn)} className="w-full sm:w-56" />
      <Select
        label="Kind"
        name="kind"
        defaultValue={filters.kind ?? ""}
        placeholder="Every kind"
        options={MESSAGE_KINDS.map((k) => ({ value: k, label: KIND_WORDS[k] }))}
        className="w-full sm:w-52"
      />
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {filtered && (
          <Link href={messagesHref(filters, { q: "", status: null, kind: null, clientId: null })} className={buttonClasses({ variant: "ghost" })}>
            Clear
          </Link>
        )}
      </div>
      {filters.clientId && (
        <p className="basis-full text-sm text-ink-muted">
          Only messages to <span className="font-medium text-ink">{clientName ?? `client ${filters.clientId}`}</span>.{" "}
          <Link href={messagesHref(filters, { clientId: null })} className="font-medium text-brand-800 underline-offset-2 hover:underline">
            Show every client’s
          </Link>
        </p>
      )}
    </form>
  );
}

import { displayPhone } from "@/lib/clients/display";

/** Phone and email on their own lines-or-wraps, never split in the middle. */
export function ContactLines({ client }: { client: { email: string | null; phone: string | null } }) {
  if (!client.phone && !client.email) return <p className="text-sm text-ink-muted">No contact details</p>;
  return (
    <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
      {client.phone && <span className="whitespace-nowrap">{displayPhone(client.phone)}</span>}
      {client.email && <span className="break-all">{client.email}</span>}
    </p>
  );
}

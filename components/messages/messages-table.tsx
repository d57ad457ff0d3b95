import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ActionsTh, EmptyRow, Table, TableHead, Td, Th, tableCell } from "@/components/ui/table";
import { messageHref, type MessageFilters, type MessageRow } from "@/lib/messages/list-messages";
import { MessageStatus } from "./message-status";
import { kindWords } from "./message-words";

type Props = { rows: MessageRow[]; filters: MessageFilters; mailerOn: boolean; emptyText: string };

/** One row per message, newest first: when, to whom, what, and whether it went. */
export function MessagesTable({ rows, filters, mailerOn, emptyText }: Props) {
  return (
    <Table caption="Messages to clients, newest first" className="min-w-[56rem]">
      <TableHead>
        <Th className="w-32">Written</Th>
        <Th className="min-w-56">To</Th>
        <Th className="min-w-72">Message</Th>
        <Th className="w-56">Status</Th>
        <ActionsTh label="Open" />
      </TableHead>
      <tbody className="divide-y divide-line">
        {rows.length === 0 && (
          <EmptyRow colSpan={5} tall>
            {emptyText}
          </EmptyRow>
        )}
        {rows.map((m) => {
          const href = messageHref(m.id, filters);
          const to = m.toName || m.toEmail;
          return (
            <tr key={m.id} className="align-top">
              <Td className="whitespace-nowrap tabular-nums">
                <span className="block text-ink">{m.writtenAt}</span>
                <span className="block text-xs text-ink-muted">{m.writtenOn}</span>
              </Td>
              <Td>
                {m.clientId ? (
                  <Link href={`/clients/${m.clientId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                    {to}
                  </Link>
                ) : (
                  <span className="font-medium text-ink">{to}</span>
                )}
                {m.toName && <span className="block text-xs break-all text-ink-muted">{m.toEmail}</span>}
              </Td>
              <th scope="row" className={cx(tableCell, "py-3 text-left font-normal")}>
                <span className="block text-xs font-semibold tracking-wide text-ink-muted uppercase">{kindWords(m.kind)}</span>
                <Link href={href} className="font-medium text-ink underline-offset-2 hover:underline">
                  {m.subject}
                </Link>
              </th>
              <Td>
                <MessageStatus message={m} mailerOn={mailerOn} clampDetail />
              </Td>
              <td className={cx(tableCell, "py-2 text-right")}>
                <Link href={href} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                  Open<span className="sr-only"> {kindWords(m.kind).toLowerCase()} to {to}, {m.written}</span>
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { fullName } from "@/lib/clients/display";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDateOf, type SalonDate } from "@/lib/time";
import { MESSAGE_KINDS, MESSAGE_STATUSES, type MessageKind, type MessageStatus } from "./kinds";

/**
 * Manager → Messages: the outbox as the manager reads it. The filters live in the URL
 * (?status=FAILED&kind=REMINDER&q=jane&client=12&page=2) so a reload or a shared link shows the same
 * list; anything unreadable falls back to the default.
 */

export const MESSAGES_PATH = "/manager/messages";
export const MESSAGES_PAGE_SIZE = 50;

export type MessageFilters = { status: MessageStatus | null; kind: MessageKind | null; q: string; clientId: number | null; page: number };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const positiveInt = (v: string) => (/^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : null);
const oneOf = <T extends string>(list: readonly T[], v: string): T | null => ((list as readonly string[]).includes(v) ? (v as T) : null);

export function parseMessageFilters(params: Params): MessageFilters {
  return {
    status: oneOf(MESSAGE_STATUSES, one(params.status)),
    kind: oneOf(MESSAGE_KINDS, one(params.kind)),
    q: one(params.q).trim().slice(0, 80),
    clientId: positiveInt(one(params.client)),
    page: positiveInt(one(params.page)) ?? 1,
  };
}

/** The filters the address gave that could not be read (a hand-edited or old link): the page says so. */
export function unreadFilters(params: Params): string[] {
  const read = parseMessageFilters(params);
  const given = (name: string) => one(params[name]).trim() !== "";
  return [
    given("status") && read.status === null && "status",
    given("kind") && read.kind === null && "kind",
    given("client") && read.clientId === null && "client",
    given("page") && positiveInt(one(params.page)) === null && "page",
  ].filter((name): name is string => Boolean(name));
}

/** The filters as a query string ("" or "?…"); any change but the page goes back to page 1. */
export function filtersQuery(current: MessageFilters, change: Partial<MessageFilters> = {}): string {
  const next = { ...current, page: 1, ...change };
  const search = new URLSearchParams();
  if (next.status) search.set("status", next.status);
  if (next.kind) search.set("kind", next.kind);
  if (next.q) search.set("q", next.q);
  if (next.clientId) search.set("client", String(next.clientId));
  if (next.page > 1) search.set("page", String(next.page));
  const query = search.toString();
  return query ? `?${query}` : "";
}

export const messagesHref = (current: MessageFilters, change: Partial<MessageFilters> = {}) => `${MESSAGES_PATH}${filtersQuery(current, change)}`;
/** One message, remembering the list it was opened from (its back link returns there). */
export const messageHref = (id: number, from: MessageFilters) => `${MESSAGES_PATH}/${id}${filtersQuery(from, { page: from.page })}`;

/**
 * A sign-in link lets whoever holds it in as the client: the manager sees that one was sent, never
 * the token ("/book/me/signin/••••"). Applied on the server, so the token never reaches the browser.
 */
export const MASK = "••••";
export function maskSignInTokens(text: string): string {
  return text.replace(/(\/book\/me\/signin\/)[^\s<>"')\]]+/g, `$1${MASK}`);
}

export type MessageRow = {
  id: number;
  kind: MessageKind;
  status: MessageStatus;
  subject: string;
  toEmail: string;
  toName: string;
  attempts: number;
  lastError: string;
  clientId: number | null;
  /** "Thu 3 Dec 2026, 14:32", salon-local; and its two halves, for a narrow column. */
  written: string;
  writtenOn: string;
  writtenAt: string;
  /** "14:32" when sent the day it was written, else "Fri 4 Dec 2026, 09:10"; null until sent. */
  sent: string | null;
};

export type MessagePage = { rows: MessageRow[]; total: number; page: number; pageCount: number; failed: number; client: { id: number; name: string } | null };

const ROW_SELECT = {
  id: true,
  kind: true,
  status: true,
  subject: true,
  toEmail: true,
  toName: true,
  attempts: true,
  lastError: true,
  clientId: true,
  createdAt: true,
  sentAt: true,
} satisfies Prisma.OutboxMessageSelect;

type RawRow = Prisma.OutboxMessageGetPayload<{ select: typeof ROW_SELECT }>;

function whenText(at: Date, timezone: string): string {
  return `${formatSalonDate(salonDateOf(at, timezone))}, ${formatSalonTime(at, timezone)}`;
}

function toRow(r: RawRow, timezone: string): MessageRow {
  const sameDay = r.sentAt && salonDateOf(r.sentAt, timezone) === salonDateOf(r.createdAt, timezone);
  return {
    ...r,
    kind: r.kind as MessageKind,
    status: r.status as MessageStatus,
    subject: maskSignInTokens(r.subject),
    written: whenText(r.createdAt, timezone),
    writtenOn: formatSalonDate(salonDateOf(r.createdAt, timezone)),
    writtenAt: formatSalonTime(r.createdAt, timezone),
    sent: r.sentAt ? (sameDay ? formatSalonTime(r.sentAt, timezone) : whenText(r.sentAt, timezone)) : null,
  };
}

/** Every word typed must be in the address, the name it was sent to, or the client's name. */
function searchWhere(q: string): Prisma.OutboxMessageWhereInput[] {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((w) => ({
      OR: [
        { toEmail: { contains: w.toLowerCase() } },
        { toName: { contains: w } },
        { client: { is: { OR: [{ firstName: { contains: w } }, { lastName: { contains: w } }] } } },
      ],
    }));
}

/** One page of messages, newest first, and how many have failed in all (the page warns of them). */
export async function listMessages(tx: Tx, filters: MessageFilters): Promise<MessagePage> {
  const { timezone } = await getSettings(tx);
  const where: Prisma.OutboxMessageWhereInput = {
    AND: [
      filters.status ? { status: filters.status } : {},
      filters.kind ? { kind: filters.kind } : {},
      filters.clientId ? { clientId: filters.clientId } : {},
      ...searchWhere(filters.q),
    ],
  };
  const [total, failed, client] = await Promise.all([
    tx.outboxMessage.count({ where }),
    tx.outboxMessage.count({ where: { status: "FAILED" } }),
    filters.clientId ? tx.client.findUnique({ where: { id: filters.clientId }, select: { id: true, firstName: true, lastName: true } }) : null,
  ]);
  const pageCount = Math.max(1, Math.ceil(total / MESSAGES_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await tx.outboxMessage.findMany({
    where,
    select: ROW_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * MESSAGES_PAGE_SIZE,
    take: MESSAGES_PAGE_SIZE,
  });
  return {
    rows: rows.map((r) => toRow(r, timezone)),
    total,
    page,
    pageCount,
    failed,
    client: client ? { id: client.id, name: fullName(client) } : null,
  };
}

export type MessageDetail = MessageRow & {
  messageId: string;
  /** The text exactly as the client got it, with any sign-in token masked. */
  bodyText: string;
  /** When it will be tried again (a message waiting after a failed try). */
  nextTry: string | null;
  salonName: string;
  client: { id: number; name: string } | null;
  appointment: { id: number; date: SalonDate; when: string; serviceName: string; staffName: string; status: string } | null;
};

/** One message for its page; null when there is no such message. */
export async function loadMessage(tx: Tx, id: number): Promise<MessageDetail | null> {
  const [settings, row] = await Promise.all([
    getSettings(tx),
    tx.outboxMessage.findUnique({
      where: { id },
      select: {
        ...ROW_SELECT,
        messageId: true,
        bodyText: true,
        nextAttemptAt: true,
        client: { select: { id: true, firstName: true, lastName: true } },
        appointment: { select: { id: true, startsAt: true, status: true, service: { select: { name: true } }, staff: { select: { name: true } } } },
      },
    }),
  ]);
  if (!row) return null;
  const { timezone } = settings;
  const { messageId, bodyText, nextAttemptAt, client, appointment, ...rest } = row;
  const a = appointment;
  return {
    ...toRow(rest, timezone),
    messageId,
    bodyText: maskSignInTokens(bodyText),
    nextTry: row.status === "PENDING" && row.attempts > 0 ? whenText(nextAttemptAt, timezone) : null,
    salonName: settings.name,
    client: client ? { id: client.id, name: fullName(client) } : null,
    appointment: a
      ? { id: a.id, date: salonDateOf(a.startsAt, timezone), when: whenText(a.startsAt, timezone), serviceName: a.service.name, staffName: a.staff.name, status: a.status }
      : null,
  };
}

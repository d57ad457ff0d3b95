import type { Tx } from "@/lib/db";
import { queueSignInLink } from "@/lib/messages/outbox";
import { newSecret, secretHash } from "./secrets";

/** A sign-in link works once, for this long. */
export const LINK_MINUTES = 30;
/** At most this many links per client in LINK_MINUTES; more asks are answered the same and send nothing. */
export const LINKS_PER_CLIENT = 3;

type Card = {
  id: number;
  email: string | null;
  possibleDuplicate: boolean;
  createdAt: Date;
  appointments: { createdAt: Date }[];
  clientCourses: { purchasedAt: Date }[];
};

const lastActive = (c: Card) => Math.max(+c.createdAt, +(c.appointments[0]?.createdAt ?? 0), +(c.clientCourses[0]?.purchasedAt ?? 0));

/**
 * The card a link for this email opens. Several cards may share an email (a parent booking for a
 * child, an online booking that made a second card). The link only ever reaches that mailbox, so
 * any of them is the mailbox holder's to see; the one they are most likely after is the desk's own
 * card (not a possible duplicate made online) that was used most recently. Merged cards hold
 * nothing and are never chosen.
 */
export function chooseCard(cards: Card[]): Card | null {
  const sorted = [...cards].sort((a, b) => Number(a.possibleDuplicate) - Number(b.possibleDuplicate) || lastActive(b) - lastActive(a) || b.id - a.id);
  return sorted[0] ?? null;
}

/**
 * A client asks for a link to their page. The answer never says whether the email is a client's:
 * the caller answers the same words whatever happens here, and the same reads run for a known and
 * an unknown email (the token is made either way); only a known one, under its limit, writes the
 * hashed token and queues the email, both in the caller's transaction.
 */
export async function requestSignInLink(tx: Tx, input: { email: string }, now: Date): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const token = newSecret();
  const id = secretHash(token);
  const cards = await tx.client.findMany({
    where: { email, mergedIntoId: null },
    take: 20,
    select: {
      id: true,
      email: true,
      possibleDuplicate: true,
      createdAt: true,
      appointments: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      clientCourses: { orderBy: { purchasedAt: "desc" }, take: 1, select: { purchasedAt: true } },
    },
  });
  const card = chooseCard(cards);
  const recent = await tx.clientSignInToken.count({ where: { clientId: card?.id ?? 0, createdAt: { gt: new Date(+now - LINK_MINUTES * 60_000) } } });
  if (!card?.email || recent >= LINKS_PER_CLIENT) return;
  await tx.clientSignInToken.create({ data: { id, clientId: card.id, expiresAt: new Date(+now + LINK_MINUTES * 60_000), createdAt: now } });
  await queueSignInLink(tx, { clientId: card.id, email: card.email, token }, now);
}

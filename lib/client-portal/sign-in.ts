import type { Tx } from "@/lib/db";
import { newSecret, secretHash, SECRET_RE } from "./secrets";

/** A client's sign-in lasts this long from the moment the link is used. */
export const CLIENT_SESSION_HOURS = 2;

/** The card a client now lives on: a card merged into another holds nothing, so follow the merge. */
async function survivingCard(tx: Tx, clientId: number): Promise<number | null> {
  let id = clientId;
  for (let hops = 0; hops < 10; hops++) {
    const card = await tx.client.findUnique({ where: { id }, select: { mergedIntoId: true } });
    if (!card) return null;
    if (card.mergedIntoId === null) return id;
    id = card.mergedIntoId;
  }
  return null;
}

/**
 * Whether a link would still sign in (unused, not expired), without using it: the page a link opens
 * asks before it signs in, so a mail scanner that fetches every link cannot spend it.
 */
export async function signInLinkWorks(tx: Tx, token: string, now: Date): Promise<boolean> {
  if (!SECRET_RE.test(token)) return false;
  const row = await tx.clientSignInToken.findUnique({ where: { id: secretHash(token) }, select: { usedAt: true, expiresAt: true } });
  return !!row && row.usedAt === null && +row.expiresAt > +now;
}

export type ClientSignIn = { clientId: number; sessionToken: string; expiresAt: Date };

/**
 * Uses a sign-in link: marks it used with a conditional update (only a row still unused and unexpired
 * is changed), so two clicks racing each other cannot both sign in; then opens a client session,
 * whose cookie token is returned once and stored only as its hash. null: unknown, used or expired.
 */
export async function consumeSignInLink(tx: Tx, token: string, now: Date): Promise<ClientSignIn | null> {
  if (!SECRET_RE.test(token)) return null;
  const id = secretHash(token);
  const claimed = await tx.clientSignInToken.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count !== 1) return null;
  const link = await tx.clientSignInToken.findUniqueOrThrow({ where: { id }, select: { clientId: true } });
  const clientId = await survivingCard(tx, link.clientId);
  if (clientId === null) return null;
  const sessionToken = newSecret();
  const expiresAt = new Date(+now + CLIENT_SESSION_HOURS * 3_600_000);
  // The client's sessions that have ended are swept as a new one starts.
  await tx.clientSession.deleteMany({ where: { clientId, expiresAt: { lte: now } } });
  await tx.clientSession.create({ data: { id: secretHash(sessionToken), clientId, expiresAt, createdAt: now } });
  return { clientId, sessionToken, expiresAt };
}

export type SignedInClient = { clientId: number; firstName: string };

/** The client behind a session cookie's token, or null (unknown, ended, or the card was merged away since). */
export async function clientOfSession(tx: Tx, token: string | undefined, now: Date): Promise<SignedInClient | null> {
  if (!token || !SECRET_RE.test(token)) return null;
  const session = await tx.clientSession.findUnique({
    where: { id: secretHash(token) },
    select: { expiresAt: true, client: { select: { id: true, firstName: true, mergedIntoId: true } } },
  });
  if (!session || +session.expiresAt <= +now || session.client.mergedIntoId !== null) return null;
  return { clientId: session.client.id, firstName: session.client.firstName };
}

/** Signing out: the session's row goes (the cookie is the caller's). */
export async function endClientSessionRow(tx: Tx, token: string | undefined): Promise<void> {
  if (token && SECRET_RE.test(token)) await tx.clientSession.deleteMany({ where: { id: secretHash(token) } });
}

import type { Tx } from "@/lib/db";
import { ACCOUNT_KEYS, ACCOUNTS, resolveAccountCodes, type AccountCodes } from "./accounts";

/** The codes the journal export uses now: the manager's, or the defaults. */
export async function loadAccountCodes(tx: Tx): Promise<AccountCodes> {
  return resolveAccountCodes(await tx.ledgerAccount.findMany({ select: { key: true, code: true } }));
}

/** Saves every account's code (already checked by accountCodesSchema), with the account's name beside it. */
export async function saveAccountCodes(tx: Tx, codes: AccountCodes): Promise<AccountCodes> {
  for (const key of ACCOUNT_KEYS) {
    const row = { code: codes[key], name: ACCOUNTS[key].name };
    await tx.ledgerAccount.upsert({ where: { key }, create: { key, ...row }, update: row });
  }
  return loadAccountCodes(tx);
}

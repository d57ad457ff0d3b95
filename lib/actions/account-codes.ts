"use server";

import { defineAction } from "./define-action";
import { saveAccountCodes } from "@/lib/journal/account-codes";
import { accountCodesSchema } from "@/lib/journal/accounts";
import { ACCOUNT_CODES_PATH, JOURNAL_PATH } from "@/lib/journal/journal-url";

/** Saves the code of every account the journal export posts to, all together. Managers only. */
export const saveAccountCodesAction = defineAction(
  { role: "MANAGER", schema: accountCodesSchema, revalidate: [ACCOUNT_CODES_PATH, JOURNAL_PATH], write: true },
  (input, { tx }) => saveAccountCodes(tx, input),
);

"use client";

import { useState, type FormEvent } from "react";
import { Card } from "@/components/ui/card";
import { FormProblems, SaveButton } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { useCheckedForm } from "@/components/ui/use-checked-form";
import type { ActionResult } from "@/lib/actions/result";
import { ACCOUNT_KEYS, ACCOUNTS, accountCodesSchema, MAX_CODE_LENGTH, type AccountCodes } from "@/lib/journal/accounts";

type Props = { codes: AccountCodes; save: (codes: AccountCodes) => Promise<ActionResult<AccountCodes>> };

/** A code per account, checked as typed (after the first save) by the same schema as the server; all saved together. */
export function AccountCodesForm({ codes, save }: Props) {
  const [saved, setSaved] = useState(false);
  const form = useCheckedForm({
    initial: () => ({ ...codes }),
    values: (s: AccountCodes) => s,
    schema: accountCodesSchema,
    save,
    staysOpen: true,
    onSaved: () => setSaved(true),
  });
  const { formRef, state, pending, shown, problemCount, formError } = form;

  function onSubmit(event: FormEvent) {
    setSaved(false);
    form.onSubmit(event);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending}>
      <FormProblems count={problemCount} formError={formError} subject="the account codes" />
      <Card title="Accounts" description={`The code of each account in your chart of accounts, as your accounts package knows it (up to ${MAX_CODE_LENGTH} letters or digits).`}>
        <div className="grid gap-x-8 gap-y-5 md:grid-cols-2">
          {ACCOUNT_KEYS.map((key) => (
            <TextField
              key={key}
              label={ACCOUNTS[key].name}
              hint={`${ACCOUNTS[key].what} Default ${ACCOUNTS[key].defaultCode}.`}
              value={state[key]}
              onChange={(e) => {
                setSaved(false);
                form.update({ [key]: e.target.value } as Partial<AccountCodes>);
              }}
              error={shown[key]}
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              inputClassName="max-w-40 tabular-nums"
            />
          ))}
        </div>
      </Card>
      <div className="sticky bottom-4 z-10 flex flex-wrap items-center gap-4 rounded-lg border border-line bg-surface/95 px-5 py-3 shadow-md backdrop-blur">
        <SaveButton pending={pending}>Save account codes</SaveButton>
        {saved ? (
          <p role="status" className="text-sm font-medium text-green-800">
            Account codes saved. The next journal export uses them.
          </p>
        ) : (
          <p className="text-sm text-ink-muted">Codes apply to every journal exported from now on, past periods included.</p>
        )}
      </div>
    </form>
  );
}

"use client";

import { useActionState, useState, type FormEvent } from "react";
import { z } from "zod";
import { requestLinkAction, type LinkRequestState } from "@/lib/actions/client-portal";
import { requestLinkSchema } from "@/lib/client-portal/schemas";
import { HoneypotField } from "@/components/booking/honeypot-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/**
 * "Email me a link": the same schema as the server checks the address first. The answer is the same
 * whether or not the email is a client's (the server says it), so the form just shows it.
 */
export function RequestLinkForm({ again = false }: { again?: boolean }) {
  const [state, formAction, pending] = useActionState<LinkRequestState, FormData>(requestLinkAction, {});
  const [email, setEmail] = useState("");
  const [clientError, setClientError] = useState<string[] | undefined>();
  const error = clientError ?? state.fieldErrors?.email;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const parsed = requestLinkSchema.safeParse({ email });
    if (!parsed.success) {
      event.preventDefault();
      setClientError(z.flattenError(parsed.error).fieldErrors.email);
      return;
    }
    setClientError(undefined);
  };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5">
      {/* First: off screen, and (as the last child) it would add space-y's gap under the field. */}
      <HoneypotField />
      {state.sent && !pending && (
        <Alert tone="success" title="Check your email">
          {state.sent}
        </Alert>
      )}
      {state.error && !state.fieldErrors?.email && <Alert tone="error">{state.error}</Alert>}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
            setClientError(undefined);
          }}
          error={error}
          hint="The email address the salon has for you."
          className="min-w-0 flex-1"
          required
        />
        <Button type="submit" size="md" className="sm:mt-6" disabled={pending}>
          {pending ? "Sending…" : again || state.sent ? "Email me a new link" : "Email me a link"}
        </Button>
      </div>
    </form>
  );
}

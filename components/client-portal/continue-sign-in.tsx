"use client";

import { useActionState } from "react";
import { continueSignInAction, type SignInState } from "@/lib/actions/client-portal";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LinkSpent } from "./link-spent";

/**
 * The page a sign-in link opens, and its one button. Opening the link only shows this; pressing
 * Continue uses it, so a mail scanner that fetches links cannot spend it. A link used meanwhile (in
 * another tab) gets the "no longer works" page.
 */
export function ContinueSignIn({ token, salonName }: { token: string; salonName: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(continueSignInAction, {});
  if (state.spent) return <LinkSpent />;
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">Continue to your courses and bookings</h1>
        <p className="mt-1 text-sm text-ink-muted">
          This signs you in to your page at {salonName} on this device for 2 hours. The link then stops working: ask for a new one any time.
        </p>
      </div>
      <form action={formAction} className="space-y-4">
        <input type="hidden" name="token" value={token} />
        {state.error && <Alert tone="error">{state.error}</Alert>}
        <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={pending}>
          {pending ? "Signing in…" : "Continue"}
        </Button>
      </form>
    </div>
  );
}

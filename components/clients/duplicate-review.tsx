"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { clearDuplicateAction, mergeClientsAction } from "@/lib/actions/clients";
import { useAction } from "@/components/ui/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { displayPhone, fullName } from "@/lib/clients/display";
import type { DuplicateCandidate } from "@/lib/clients/duplicates";

type Props = {
  client: { id: number; firstName: string; lastName: string };
  candidates: DuplicateCandidate[];
  /** What this card holds, said before a merge moves it. */
  holds: { appointments: number; courses: number; sales: number };
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * A card an online booking made with someone else's email or phone: the desk merges it into the right
 * card (everything moves, nothing is deleted) or says it is a different person.
 */
export function DuplicateReview({ client, candidates, holds }: Props) {
  const router = useRouter();
  const { busy, run, error } = useAction<"merge" | "clear">();
  const [confirming, setConfirming] = useState<DuplicateCandidate | null>(null);
  const name = fullName(client);

  async function merge(into: DuplicateCandidate) {
    const result = await run("merge", () => mergeClientsAction({ fromClientId: client.id, intoClientId: into.id }));
    if (result?.ok) router.push(`/clients/${into.id}?merged=${client.id}`);
  }

  async function clear() {
    const result = await run("clear", () => clearDuplicateAction({ clientId: client.id }));
    if (result?.ok) router.refresh();
  }

  return (
    <section aria-labelledby="duplicate-title" className="mb-6 space-y-3 rounded-lg border border-amber-200 bg-amber-50/70 p-4">
      <div>
        <h2 id="duplicate-title" className="text-sm font-semibold text-amber-900">
          Possible duplicate
        </h2>
        <p className="mt-0.5 text-sm text-amber-900">
          Booked online with details that are on another card. If it is the same person, merge this card into theirs; everything on it moves there.
        </p>
      </div>
      <ul className="space-y-2">
        {candidates.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-200 bg-surface px-3.5 py-2.5">
            <div className="min-w-0 text-sm">
              <Link href={`/clients/${c.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                {fullName(c)}
              </Link>
              <span className="ml-2 text-xs text-ink-muted">same {c.shares.join(" and ")}</span>
              <p className="text-xs text-ink-muted">
                {[c.phone && displayPhone(c.phone), c.email].filter(Boolean).join(" · ")} · {plural(c.appointments, "appointment")}, {plural(c.courses, "course")}
              </p>
            </div>
            <Button size="sm" variant="secondary" onClick={() => busy === null && setConfirming(c)} aria-disabled={busy !== null || undefined}>
              Merge into {fullName(c)}
            </Button>
          </li>
        ))}
        {candidates.length === 0 && <li className="text-sm text-ink-muted">The other card has since changed its details; nothing shares them now.</li>}
      </ul>
      {confirming && (
        <ConfirmPanel
          title={`Merge ${name} into ${fullName(confirming)}?`}
          confirmLabel="Merge cards"
          pendingLabel="Merging…"
          keepLabel="Keep both cards"
          tone="neutral"
          pending={busy === "merge"}
          onConfirm={() => merge(confirming)}
          onKeep={() => setConfirming(null)}
        >
          {plural(holds.appointments, "appointment")}, {plural(holds.courses, "course")} and {plural(holds.sales, "purchase")} move to {fullName(confirming)}’s card.
          This card stays as the record of the merge.
        </ConfirmPanel>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" variant="ghost" onClick={() => busy === null && clear()} aria-disabled={busy !== null || undefined}>
          {busy === "clear" ? "Saving…" : "Not a duplicate"}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </section>
  );
}

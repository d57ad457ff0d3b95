"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { followSalonHoursAction } from "@/lib/actions/staff";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { RotaSaved } from "@/lib/rota/save-rota";
import type { HoursRow } from "@/lib/rota/working-hours";
import type { DayHours } from "@/lib/settings/salon-settings";
import { OutsideNote } from "./outside-note";
import { WeekRotaForm } from "./week-rota-form";

type Props = { staffId: number; name: string; opening: DayHours[]; week: HoursRow[] | null };

/**
 * The usual-week card's body: who sets their hours (the salon, or their own rota), the week table,
 * and going back to the salon's hours. The table starts afresh when the rota is dropped.
 */
export function RotaWeek({ staffId, name, opening, week: savedWeek }: Props) {
  const router = useRouter();
  const [hasRota, setHasRota] = useState(savedWeek !== null);
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState<{ text: string; result: RotaSaved } | null>(null);
  const follow = useAction();

  function onSaved(result: RotaSaved) {
    setHasRota(true);
    setSaved({ text: `Saved ${result.name}'s week.`, result });
    router.refresh();
  }

  async function followSalon() {
    setSaved(null);
    const result = await follow.run("run", () => followSalonHoursAction({ staffId }));
    if (!result?.ok) return;
    setHasRota(false);
    setVersion((v) => v + 1);
    setSaved({ text: `${result.data.name} works the salon's opening hours again.`, result: result.data });
    router.refresh();
  }

  const footer = saved ? (
    <p role="status" className="text-sm">
      <span className="font-medium text-green-800">{saved.text}</span>
      <OutsideNote outside={saved.result.outside} />
    </p>
  ) : (
    <p className="text-sm text-ink-muted">Times inside the salon&apos;s opening hours, in 15-minute steps. Appointments already booked are never moved.</p>
  );

  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-3 px-5 pt-4 pb-1">
        {hasRota ? (
          <p className="text-sm text-ink-muted">{name} has a week of their own. The calendar shades the time they are not working.</p>
        ) : (
          <Alert tone="info" className="flex-1">
            No rota of their own yet: {name} works the salon&apos;s opening hours, shown below. Change any day and save to give them their own week.
          </Alert>
        )}
        {hasRota && (
          <Button variant="secondary" size="sm" onClick={followSalon} disabled={follow.pending}>
            {follow.pending ? "Saving…" : "Work the salon's opening hours instead"}
          </Button>
        )}
      </div>
      {follow.error && (
        <div className="px-5 pt-2">
          <Alert tone="error">{follow.error}</Alert>
        </div>
      )}
      <WeekRotaForm key={version} staffId={staffId} opening={opening} week={version === 0 ? savedWeek : null} onSaved={onSaved} onEdit={() => setSaved(null)} footer={footer} />
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { removeDayExceptionAction } from "@/lib/actions/staff";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";

/** Takes one date off the list; that day follows their usual week again. */
export function RemoveExceptionButton({ staffId, exceptionId, label }: { staffId: number; exceptionId: number; label: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction();

  async function remove() {
    const result = await run("run", () => removeDayExceptionAction({ staffId, exceptionId }));
    if (result?.ok) router.refresh();
  }

  return (
    <div className="flex flex-col items-end">
      <Button variant="ghost" size="sm" onClick={remove} disabled={pending}>
        {pending ? "Removing…" : "Remove"}
        <span className="sr-only"> {label}</span>
      </Button>
      {error && (
        <p role="alert" className="mt-1 max-w-60 text-left text-xs font-medium whitespace-normal text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

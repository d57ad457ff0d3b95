"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { retryMessageAction } from "@/lib/actions/messages";

/** "Try again" on a message that failed: it goes back in the queue, and the page shows it waiting. */
export function RetryMessage({ messageId }: { messageId: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const { run, pending, error } = useAction();
  const [done, setDone] = useState<string | null>(null);

  // Once queued the message is no longer FAILED and this button goes; ?retried=1 lets the page say so.
  async function retry() {
    setDone(null);
    const result = await run("run", () => retryMessageAction({ messageId }));
    if (result?.ok) {
      setDone(result.data.message);
      const next = new URLSearchParams(search);
      next.set("retried", "1");
      router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    }
  }

  return (
    <div className="space-y-2">
      <Button onClick={retry} disabled={pending}>
        {pending ? "Queuing…" : "Try again"}
      </Button>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="text-sm font-medium text-green-800">
          {done}
        </p>
      )}
    </div>
  );
}

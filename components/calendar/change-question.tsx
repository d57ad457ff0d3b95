"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** The server's warning about a move or resize (outside the stylist's hours, in the past) and the answer that overrides it. */
export type Question = { title: string; message: string; confirmLabel: string };

/**
 * One question at a time, answered yes or no: `ask` waits for the answer. A newer question answers
 * the older one "no". Focus goes back to where the desk was once it is answered.
 */
export function useChangeQuestion() {
  const [question, setQuestion] = useState<Question | null>(null);
  const pending = useRef<{ resolve: (yes: boolean) => void; back: Element | null } | null>(null);

  const ask = useCallback((q: Question) => {
    pending.current?.resolve(false);
    return new Promise<boolean>((resolve) => {
      pending.current = { resolve, back: pending.current?.back ?? document.activeElement };
      setQuestion(q);
    });
  }, []);

  const answer = useCallback((yes: boolean) => {
    const p = pending.current;
    pending.current = null;
    setQuestion(null);
    p?.resolve(yes);
    requestAnimationFrame(() => {
      const back = p?.back instanceof HTMLElement && p.back.isConnected ? p.back : document.querySelector<HTMLElement>('[data-nav][tabindex="0"]');
      back?.focus({ preventScroll: true });
    });
  }, []);

  return { question, ask, answer };
}

/**
 * "Jack Morgan is not working then" with "Move anyway" / "Cancel": a small non-modal alert dialog
 * over the board, the block waiting (faded) at its new place meanwhile. Escape cancels.
 */
export function ChangeQuestion({ question, onAnswer }: { question: Question | null; onAnswer: (yes: boolean) => void }) {
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (question) panel.current?.querySelector("button")?.focus();
  }, [question]);
  if (!question) return null;
  return (
    <div
      ref={panel}
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onAnswer(false);
      }}
      className="fixed bottom-6 left-1/2 z-50 w-[min(30rem,calc(100vw-3rem))] -translate-x-1/2 rounded-lg border border-amber-200 bg-surface p-4 shadow-lg ring-1 ring-black/5"
    >
      <h2 id={`${id}-title`} className="flex items-center gap-2 text-sm font-semibold text-ink">
        <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3.5 text-amber-600">
          <path d="M6 1.2 11.2 10.4H.8Z" fill="currentColor" />
          <path d="M6 4.6v2.6M6 8.7v.1" stroke="white" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
        {question.title}
      </h2>
      <p id={`${id}-message`} className="mt-1 text-sm leading-5 text-ink">
        {question.message}
      </p>
      <div className="mt-3 flex gap-2">
        <Button size="sm" onClick={() => onAnswer(true)}>
          {question.confirmLabel}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => onAnswer(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from "react";
import { cx } from "@/components/ui/cx";
import { controlClasses, firstError } from "@/components/ui/field";
import { callAction } from "@/components/ui/use-action";
import { searchClientsAction } from "@/lib/actions/clients";
import { displayPhone, fullName } from "@/lib/clients/display";
import type { ClientHit } from "@/lib/clients/search-clients";

const DEBOUNCE_MS = 150;

/** "07700 900123 · jane@example.com": how to reach them, as shown under a name. */
export function contactLine(c: Pick<ClientHit, "email" | "phone">): string {
  return [c.phone ? displayPhone(c.phone) : null, c.email].filter(Boolean).join(" · ") || "No contact details";
}

type Results = { q: string; hits: ClientHit[]; error: string | null };

type Props = {
  value: ClientHit | null;
  onChange: (client: ClientHit | null) => void;
  error?: string | string[];
  label?: string;
  placeholder?: string;
  /** The drawer focuses it when it opens. */
  autofocus?: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Under the field, below the hint: the drawer's "Open client card" / "Add new client" (given what was typed). */
  children?: (typed: string) => ReactNode;
  /** The header's search: the label is for screen readers only and there is no hint line. */
  compact?: boolean;
};

/**
 * "Client": a combobox that searches by part of a name, phone or email as you type (2+ characters,
 * debounced; a slower, older answer never replaces a newer one), arrows + Enter or a click to choose.
 * Typing again clears the choice. The one client search of the app: drawer, purchase, transfer.
 */
export function ClientCombobox({ value, onChange, error, label = "Client", placeholder = "Name, phone or email", autofocus, disabled, inputRef, children, compact }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const latest = useRef(0);
  const [typed, setTyped] = useState<string | null>(null);
  const text = value && typed === null ? fullName(value) : (typed ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results | null>(null);

  const q = text.trim();
  const searchable = typed !== null && q.length >= 2 && !value;
  const current = results && results.q === q ? results : null;
  const hits = searchable && current ? current.hits : [];
  const expanded = open && searchable;
  const listShown = expanded && hits.length > 0;

  useEffect(() => {
    if (!searchable) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const result = await callAction(() => searchClientsAction({ q }));
      if (ticket !== latest.current) return; // the desk has typed on since
      setResults({ q, hits: result.ok ? result.data : [], error: result.ok ? null : result.error });
      setActive(-1);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, searchable]);

  function choose(hit: ClientHit) {
    onChange(hit);
    setTyped(null);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      if (!expanded) return;
      event.preventDefault(); // choosing a client never submits the form around it
      const hit = hits[active] ?? (hits.length === 1 ? hits[0] : undefined);
      if (hit) choose(hit);
    } else if (event.key === "Escape" && listShown) {
      event.preventDefault(); // close the list, not the drawer or dialog
      setOpen(false);
    }
  }

  const message = firstError(error);
  // Searching, nothing found or a failure is said under the field, where the extras stay in view.
  const status = !searchable ? null : !current ? "Searching…" : current.error ? current.error : hits.length === 0 ? `No client matches “${q}”.` : null;

  return (
    <div className={compact ? undefined : "space-y-1.5"}>
      <label htmlFor={`${id}-input`} className={compact ? "sr-only" : "block text-sm font-medium text-ink"}>
        {label}
      </label>
      <div className="relative">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={listShown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={listShown && active >= 0 && hits[active] ? `${id}-opt-${hits[active].id}` : undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : `${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          data-autofocus={autofocus || undefined}
          placeholder={placeholder}
          value={text}
          disabled={disabled}
          onChange={(e) => {
            setTyped(e.target.value);
            setOpen(true);
            if (value) onChange(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => typed !== null && setOpen(true)}
          onBlur={() => setOpen(false)}
          className={cx(controlClasses(Boolean(message)), compact ? "h-9 pr-9" : "h-10 pr-9")}
        />
        <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-ink-subtle" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4 4" strokeLinecap="round" />
        </svg>
        {compact && expanded && status && (
          <p aria-hidden="true" className="absolute inset-x-0 top-full z-20 mt-1 rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink-muted shadow-lg">
            {status}
          </p>
        )}
        <div className={cx("absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-line bg-surface py-1 shadow-lg", !listShown && "hidden")}>
          <ul id={listId} role="listbox" aria-label="Matching clients">
            {hits.map((hit, i) => (
              <li
                key={hit.id}
                id={`${id}-opt-${hit.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(hit)}
                onMouseMove={() => setActive(i)}
                className={cx("cursor-pointer px-3 py-2", i === active && "bg-brand-50")}
              >
                <span className="block text-sm font-medium text-ink">{fullName(hit)}</span>
                <span className="block text-xs text-ink-muted">{contactLine(hit)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p role="status" className="sr-only">
        {expanded && current && !current.error ? `${hits.length} ${hits.length === 1 ? "client" : "clients"} found.` : ""}
      </p>
      {message ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {message}
        </p>
      ) : (
        <p id={`${id}-hint`} className={compact ? "sr-only" : "text-xs text-ink-muted"}>
          {value ? contactLine(value) : (status ?? "Type 2 or more letters of a name, phone or email.")}
        </p>
      )}
      {children?.(q)}
    </div>
  );
}

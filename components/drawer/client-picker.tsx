"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { searchClientsAction } from "@/lib/actions/clients";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { controlClasses, firstError } from "@/components/ui/field";
import type { ClientHit } from "@/lib/clients/search-clients";
import { NewClientForm } from "./new-client-form";
import { callAction } from "./run-action";

const DEBOUNCE_MS = 150;

export function clientName(c: Pick<ClientHit, "firstName" | "lastName">): string {
  return `${c.firstName} ${c.lastName}`;
}

/** "07700 900123 · jane@example.com": how to reach them, as shown under a name. */
export function contactLine(c: Pick<ClientHit, "email" | "phone">): string {
  return [c.phone ? displayPhone(c.phone) : null, c.email].filter(Boolean).join(" · ") || "No contact details";
}

/** "+447700900123" → "07700 900123"; other numbers as stored. */
export function displayPhone(phone: string): string {
  const uk = /^\+44(\d{4})(\d{6})$/.exec(phone);
  return uk ? `0${uk[1]} ${uk[2]}` : phone;
}

/** Phone and email on their own lines-or-wraps, never split in the middle. */
export function ContactLines({ client }: { client: Pick<ClientHit, "email" | "phone"> }) {
  if (!client.phone && !client.email) return <p className="text-sm text-ink-muted">No contact details</p>;
  return (
    <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
      {client.phone && <span className="whitespace-nowrap">{displayPhone(client.phone)}</span>}
      {client.email && <span className="break-all">{client.email}</span>}
    </p>
  );
}

type Results = { q: string; hits: ClientHit[]; error: string | null };

type Props = {
  client: ClientHit | null;
  onClient: (client: ClientHit | null) => void;
  error?: string | string[];
};

/**
 * "Client": a combobox that searches by part of a name, phone or email as you type (2+ characters,
 * debounced; a slower, older answer never replaces a newer one), with arrows + Enter to choose and
 * an inline "Add new client" form.
 */
export function ClientPicker({ client, onClient, error }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const [text, setText] = useState(client ? clientName(client) : "");
  const [typed, setTyped] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results | null>(null);
  const [adding, setAdding] = useState(false);

  const q = text.trim();
  const searchable = typed && q.length >= 2 && !client;
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
    onClient(hit);
    setText(clientName(hit));
    setTyped(false);
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
      event.preventDefault(); // choosing a client never submits the booking
      const hit = hits[active] ?? (hits.length === 1 ? hits[0] : undefined);
      if (hit) choose(hit);
    } else if (event.key === "Escape" && listShown) {
      event.preventDefault(); // close the list, not the drawer
      setOpen(false);
    }
  }

  const message = firstError(error);
  // Searching, nothing found or a failure is said under the field, where "Add new client" stays in view.
  const status = !searchable ? null : !current ? "Searching…" : current.error ? current.error : hits.length === 0 ? `No client matches “${q}”.` : null;

  return (
    <div className="space-y-1.5">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-ink">
        Client
      </label>
      <div className="relative">
        <input
          ref={input}
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
          data-autofocus
          placeholder="Name, phone or email"
          value={text}
          disabled={adding}
          onChange={(e) => {
            setText(e.target.value);
            setTyped(true);
            setOpen(true);
            if (client) onClient(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => typed && setOpen(true)}
          onBlur={() => setOpen(false)}
          className={cx(controlClasses(Boolean(message)), "h-10 pr-9")}
        />
        <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-ink-subtle" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4 4" strokeLinecap="round" />
        </svg>
        <div
          className={cx(
            "absolute inset-x-0 top-full z-10 mt-1 max-h-72 overflow-y-auto rounded-md border border-line bg-surface py-1 shadow-lg",
            !listShown && "hidden",
          )}
        >
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
                <span className="block text-sm font-medium text-ink">{clientName(hit)}</span>
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
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {client ? contactLine(client) : (status ?? "Type 2 or more letters of a name, phone or email.")}
        </p>
      )}
      {client ? (
        <Link href={`/clients/${client.id}`} prefetch={false} className="inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          Open client card
        </Link>
      ) : adding ? (
        <NewClientForm
          query={q}
          onCreated={(created) => {
            setAdding(false);
            choose(created);
            requestAnimationFrame(() => input.current?.focus());
          }}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => input.current?.focus());
          }}
        />
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setAdding(true)}>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
            <path d="M8 3v10M3 8h10" />
          </svg>
          Add new client
        </Button>
      )}
    </div>
  );
}

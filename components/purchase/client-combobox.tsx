"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import { searchClientsAction } from "@/lib/actions/clients";
import { controlClasses, describedBy } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";
import type { ClientHit } from "@/lib/clients/search-clients";

type Props = {
  value: ClientHit | null;
  onChange: (client: ClientHit | null) => void;
  error?: string;
  label?: string;
};

export const clientName = (c: ClientHit) => `${c.firstName} ${c.lastName}`;
const contact = (c: ClientHit) => [c.email, c.phone].filter(Boolean).join(" · ");

/**
 * "Client": type part of a name, an email or a phone number; pick from the list (arrows + Enter,
 * or a click). Searches with the calendar's searchClientsAction. Typing again clears the choice.
 */
export function ClientCombobox({ value, onChange, error, label = "Client" }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [typed, setText] = useState("");
  // A chosen client (picked here, or preselected by the URL) shows its name; typing clears the choice.
  const text = value ? clientName(value) : typed;
  const [hits, setHits] = useState<ClientHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "searching" | "done" | "failed">("idle");
  const request = useRef(0);

  function search(query: string) {
    const ticket = ++request.current;
    if (query.trim().length < 2) {
      setHits([]);
      setStatus("idle");
      return;
    }
    setStatus("searching");
    window.setTimeout(async () => {
      if (ticket !== request.current) return; // a later keystroke took over
      const result = await searchClientsAction({ q: query });
      if (ticket !== request.current) return;
      if (result.ok) {
        setHits(result.data);
        setActive(result.data.length > 0 ? 0 : -1);
        setStatus("done");
      } else {
        setHits([]);
        setStatus("failed");
      }
    }, 200);
  }

  function choose(client: ClientHit) {
    onChange(client);
    setText(clientName(client));
    setOpen(false);
    setHits([]);
    setStatus("idle");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === "Enter" && open && active >= 0 && hits[active]) {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const hint = value ? contact(value) || "No email or phone on file" : "Search by name, email or phone.";
  const expanded = open && text.trim().length >= 2 && status !== "idle";

  return (
    <div className="relative space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 && hits[active] ? `${id}-opt-${hits[active].id}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        autoComplete="off"
        spellCheck={false}
        placeholder="Start typing a name, email or phone"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          if (value) onChange(null);
          search(e.target.value);
        }}
        onFocus={() => text.trim().length >= 2 && !value && setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={cx(controlClasses(Boolean(error)), "h-10")}
      />
      <p id={`${id}-hint`} className={cx("text-xs", value ? "text-ink" : "text-ink-muted")}>
        {value && <span className="mr-1 font-medium text-green-700">Selected ✓</span>}
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
      <div
        className={cx(
          "absolute inset-x-0 top-[4.25rem] z-20 overflow-hidden rounded-md border border-line bg-surface shadow-lg",
          !expanded && "hidden",
        )}
      >
        <ul id={listId} role="listbox" aria-label="Matching clients" className="max-h-72 overflow-y-auto py-1">
          {hits.map((client, i) => (
            <li
              key={client.id}
              id={`${id}-opt-${client.id}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(client)}
              onMouseEnter={() => setActive(i)}
              className={cx("cursor-pointer px-3 py-2 text-sm", i === active ? "bg-brand-50" : "")}
            >
              <span className="block font-medium text-ink">{clientName(client)}</span>
              <span className="block text-xs text-ink-muted">{contact(client) || "No email or phone"}</span>
            </li>
          ))}
        </ul>
        {status !== "done" || hits.length === 0 ? (
          <p className="px-3 py-2 text-sm text-ink-muted" aria-live="polite">
            {status === "searching" ? "Searching…" : status === "failed" ? "The search failed. Try again." : `No clients match “${text.trim()}”.`}
          </p>
        ) : null}
      </div>
    </div>
  );
}

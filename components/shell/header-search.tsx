"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ClientCombobox } from "@/components/clients/client-combobox";
import { bookForClientHref } from "@/lib/calendar/links";
import { fullName } from "@/lib/clients/display";
import type { ClientHit } from "@/lib/clients/search-clients";

/** True when a key press belongs to a field being typed in, not to the page. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * "Find a client" on every staff page: "/" or Ctrl+K (⌘K) focuses it; choosing a client offers their
 * card or a new appointment for them (the calendar then books for that client from any free time).
 */
export function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null);
  const cardLink = useRef<HTMLAnchorElement>(null);
  const [client, setClient] = useState<ClientHit | null>(null);
  // On the calendar, "New appointment" stays on the day being looked at (else it opens today).
  const [onDay, setOnDay] = useState<string | undefined>(undefined);
  const choose = (hit: ClientHit | null) => {
    setOnDay(window.location.pathname === "/calendar" ? (new URLSearchParams(window.location.search).get("date") ?? undefined) : undefined);
    setClient(hit);
  };

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !typingIn(event.target);
      const ctrlK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!slash && !ctrlK) return;
      // An open dialog (the drawer) keeps the keyboard to itself.
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      setClient(null);
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  useEffect(() => {
    if (client) cardLink.current?.focus();
  }, [client]);

  return (
    <div role="search" aria-label="Find a client" className="relative w-full max-w-xs">
      <ClientCombobox compact label="Find a client" placeholder="Find a client  ( / )" value={client} onChange={choose} inputRef={input} />
      {client && (
        <div
          className="absolute inset-x-0 top-full z-40 mt-1 rounded-md border border-line bg-surface p-1 shadow-lg"
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setClient(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              setClient(null);
              input.current?.focus();
            }
          }}
        >
          <p className="px-2.5 pt-1.5 pb-1 text-xs font-medium text-ink-muted">{fullName(client)}</p>
          <Link
            ref={cardLink}
            href={`/clients/${client.id}`}
            onClick={() => setClient(null)}
            className="block rounded px-2.5 py-2 text-sm font-medium text-ink hover:bg-canvas focus-visible:bg-brand-50 focus-visible:outline-none"
          >
            Open client card
          </Link>
          <Link
            href={bookForClientHref(client.id, onDay)}
            onClick={() => setClient(null)}
            className="block rounded px-2.5 py-2 text-sm font-medium text-ink hover:bg-canvas focus-visible:bg-brand-50 focus-visible:outline-none"
          >
            New appointment
          </Link>
        </div>
      )}
    </div>
  );
}

"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { addClientAction } from "@/lib/actions/clients";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { ClientHit } from "@/lib/clients/search-clients";
import { useAction } from "@/components/ui/use-action";

type Fields = { firstName: string; lastName: string; email: string; phone: string };

/** What was typed in the search, put where it most likely belongs: "jane doe", "jane@…", "07700…". */
export function guessFromQuery(query: string): Fields {
  const q = query.trim();
  if (q.includes("@")) return { firstName: "", lastName: "", email: q, phone: "" };
  if (/^[\d\s+()-]{3,}$/.test(q)) return { firstName: "", lastName: "", email: "", phone: q };
  const [first = "", ...rest] = q.split(/\s+/).filter(Boolean);
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return { firstName: cap(first), lastName: rest.map(cap).join(" "), email: "", phone: "" };
}

/**
 * The inline "Add new client" mini-form. It lives inside the booking form, so it is a group rather
 * than a nested <form>: Enter in any of its fields adds the client instead of saving the booking.
 */
export function NewClientForm({ query, onCreated, onCancel }: { query: string; onCreated: (client: ClientHit) => void; onCancel: () => void }) {
  const titleId = useId();
  const [fields, setFields] = useState<Fields>(() => guessFromQuery(query));
  const { busy, run, error, failure } = useAction<"add">();
  const fieldErrors = failure?.fieldErrors ?? {};
  const group = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Straight to the first empty field (the name, unless the search was a name).
    const inputs = [...(group.current?.querySelectorAll("input") ?? [])];
    (inputs.find((input) => !input.value) ?? inputs[0])?.focus();
  }, []);

  const set = (name: keyof Fields) => (e: React.ChangeEvent<HTMLInputElement>) => setFields((f) => ({ ...f, [name]: e.target.value }));

  async function add() {
    const result = await run("add", () => addClientAction(fields));
    if (result?.ok) onCreated(result.data);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      add();
    } else if (event.key === "Escape") {
      event.preventDefault(); // back to the search, not out of the drawer
      onCancel();
    }
  }

  return (
    <div ref={group} role="group" aria-labelledby={titleId} onKeyDown={onKeyDown} className="space-y-3 rounded-lg border border-line bg-slate-50 p-3.5">
      <h3 id={titleId} className="text-sm font-semibold text-ink">
        New client
      </h3>
      <div className="grid grid-cols-2 gap-3">
        <TextField label="First name" value={fields.firstName} onChange={set("firstName")} error={fieldErrors.firstName} autoComplete="off" required />
        <TextField label="Last name" value={fields.lastName} onChange={set("lastName")} error={fieldErrors.lastName} autoComplete="off" required />
      </div>
      <TextField label="Email" type="email" value={fields.email} onChange={set("email")} error={fieldErrors.email} autoComplete="off" />
      <TextField
        label="Phone"
        type="tel"
        value={fields.phone}
        onChange={set("phone")}
        error={fieldErrors.phone}
        hint="An email or a phone number is needed."
        autoComplete="off"
      />
      {/* A message that belongs to a field is shown under that field; anything else here. */}
      {error && Object.keys(fieldErrors).length === 0 && <Alert tone="error">{error}</Alert>}
      <div className="flex gap-2">
        <Button size="sm" onClick={add} aria-disabled={busy !== null || undefined}>
          {busy ? "Adding…" : "Add client"}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => busy === null && onCancel()} aria-disabled={busy !== null || undefined}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { ClientCombobox } from "@/components/clients/client-combobox";
import { Button } from "@/components/ui/button";
import type { ClientHit } from "@/lib/clients/search-clients";
import { NewClientForm } from "./new-client-form";

type Props = {
  client: ClientHit | null;
  onClient: (client: ClientHit | null) => void;
  error?: string | string[];
};

/** The drawer's "Client": the client search, then their card's link, or an inline "Add new client" form. */
export function ClientPicker({ client, onClient, error }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [adding, setAdding] = useState(false);
  const backToSearch = () => requestAnimationFrame(() => input.current?.focus());

  return (
    <ClientCombobox value={client} onChange={onClient} error={error} autofocus disabled={adding} inputRef={input}>
      {(typed) =>
        client ? (
          <Link href={`/clients/${client.id}`} prefetch={false} className="inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            Open client card
          </Link>
        ) : adding ? (
          <NewClientForm
            query={typed}
            onCreated={(created) => {
              setAdding(false);
              onClient(created);
              backToSearch();
            }}
            onCancel={() => {
              setAdding(false);
              backToSearch();
            }}
          />
        ) : (
          <Button variant="secondary" size="sm" onClick={() => setAdding(true)}>
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
              <path d="M8 3v10M3 8h10" />
            </svg>
            Add new client
          </Button>
        )
      }
    </ClientCombobox>
  );
}

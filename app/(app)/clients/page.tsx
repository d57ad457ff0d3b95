import type { Metadata } from "next";
import Link from "next/link";
import { AddClientForm } from "@/components/clients/add-client-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/text-field";
import { requireStaff } from "@/lib/auth/guard";
import { displayPhone, fullName } from "@/lib/clients/display";
import { possibleDuplicates } from "@/lib/clients/duplicates";
import { recentClients, type RecentClient } from "@/lib/clients/recent-clients";
import { searchClients } from "@/lib/clients/search-clients";
import { db } from "@/lib/db";
import { settingsForRequest } from "@/lib/settings/for-request";
import { formatSalonDate, formatSalonTime, salonDateOf } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Clients" };

const RESULTS = 50;

export default async function ClientsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireStaff();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw ?? "").trim().slice(0, 80);
  const { timezone } = await settingsForRequest();
  const [hits, review, recent] = await Promise.all([
    q.length >= 2 ? searchClients(db, q, RESULTS + 1) : [],
    possibleDuplicates(db),
    q.length >= 2 ? [] : recentClients(db, timezone, new Date()),
  ]);
  const seenText = (c: RecentClient) =>
    c.seen === "today"
      ? `Today, ${formatSalonTime(c.at, timezone)}`
      : c.seen === "visit"
        ? `Seen ${formatSalonDate(salonDateOf(c.at, timezone))}`
        : `Added ${formatSalonDate(salonDateOf(c.at, timezone))}`;
  const more = hits.length > RESULTS;

  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title="Clients" description="Find a client and open their card: details, visits, purchases and courses." />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <Card title="Find a client" padding="none">
          <form action="/clients" method="get" role="search" aria-label="Clients" className="flex items-end gap-2 px-5 py-4">
            <TextField
              label="Name, phone or email"
              name="q"
              type="search"
              defaultValue={q}
              placeholder="e.g. jane d, 07700 900, jane@"
              autoComplete="off"
              className="flex-1"
            />
            <Button type="submit">Search</Button>
          </form>
          {q.length >= 2 ? (
            hits.length === 0 ? (
              <p className="border-t border-line px-5 py-6 text-sm text-ink-muted">No clients match “{q}”. Check the spelling, or add them.</p>
            ) : (
              <>
                <ul aria-label="Matching clients" className="divide-y divide-line border-t border-line">
                  {hits.slice(0, RESULTS).map((c) => (
                    <li key={c.id}>
                      <Link href={`/clients/${c.id}`} className="flex flex-wrap items-baseline justify-between gap-x-4 px-5 py-3 hover:bg-canvas focus-visible:bg-canvas">
                        <span className="font-medium text-brand-800">{fullName(c)}</span>
                        <span className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
                          {c.phone && <span className="whitespace-nowrap">{displayPhone(c.phone)}</span>}
                          {c.email && <span className="break-all">{c.email}</span>}
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
                {more && <p className="border-t border-line px-5 py-3 text-sm text-ink-muted">Showing the first {RESULTS}. Type more to narrow the search.</p>}
              </>
            )
          ) : (
            <>
              <p className="border-t border-line px-5 py-3 text-sm text-ink-muted">
                {q.length === 1 ? "Type at least two characters." : "Type part of a name, a phone number or an email, then Search."}
              </p>
              {recent.length > 0 && (
                <>
                  <h2 id="recent-clients" className="border-t border-line px-5 pt-4 pb-1 text-sm font-semibold text-ink">
                    Recently seen
                  </h2>
                  <ul aria-labelledby="recent-clients" className="divide-y divide-line">
                    {recent.map((c) => (
                      <li key={c.id}>
                        <Link href={`/clients/${c.id}`} className="flex flex-wrap items-baseline justify-between gap-x-4 px-5 py-3 hover:bg-canvas focus-visible:bg-canvas">
                          <span className="font-medium text-brand-800">{fullName(c)}</span>
                          <span className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
                            {c.phone && <span className="whitespace-nowrap">{displayPhone(c.phone)}</span>}
                            <span className="whitespace-nowrap">{seenText(c)}</span>
                          </span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </Card>
        <div className="space-y-6">
          {review.length > 0 && (
            <Card title="Possible duplicates" description="Booked online with another card's email or phone. Open each to merge it or mark it separate." padding="none">
              <ul aria-label="Possible duplicates" className="divide-y divide-line">
                {review.map((c) => (
                  <li key={c.id}>
                    <Link href={`/clients/${c.id}`} className="flex flex-wrap items-baseline justify-between gap-x-4 px-5 py-3 hover:bg-canvas focus-visible:bg-canvas">
                      <span className="font-medium text-brand-800">{fullName(c)}</span>
                      <span className="text-sm text-ink-muted">{[c.phone && displayPhone(c.phone), c.email].filter(Boolean).join(" · ")}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card title="Add client" description="An email or a phone number is needed so the salon can reach them.">
            <AddClientForm />
          </Card>
        </div>
      </div>
    </div>
  );
}

import { LINK_SPENT } from "@/lib/client-portal/words";
import { RequestLinkForm } from "./request-link-form";

/** A sign-in link that no longer works: said plainly, with the form for a new one. */
export function LinkSpent() {
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">This link no longer works</h1>
        <p className="mt-1 text-sm text-ink-muted">{LINK_SPENT}</p>
      </div>
      <RequestLinkForm again />
    </div>
  );
}

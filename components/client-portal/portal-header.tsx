import { signOutClientAction } from "@/lib/actions/client-portal";
import { Button } from "@/components/ui/button";

/** The signed-in client's greeting and the way out. */
export function PortalHeader({ firstName, salonName }: { firstName: string; salonName: string }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
      <div className="min-w-0">
        <p className="text-sm font-medium text-brand-800">Hello, {firstName}</p>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">Your courses and bookings</h1>
        <p className="mt-1 text-sm text-ink-muted">What you hold at {salonName}, and your appointments.</p>
      </div>
      <form action={signOutClientAction}>
        <Button type="submit" variant="secondary" size="sm">
          Sign out
        </Button>
      </form>
    </div>
  );
}

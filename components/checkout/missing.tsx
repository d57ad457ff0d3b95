import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/** A link to a client or a sale that does not exist: said plainly, inside the app shell. */
export function Missing({ title, children }: { title: string; children: string }) {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="mt-3 text-sm text-ink-muted">{children}</p>
      <Link href="/calendar" className={`${buttonClasses({ variant: "secondary" })} mt-6`}>
        Back to calendar
      </Link>
    </div>
  );
}

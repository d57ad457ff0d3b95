import Link from "next/link";
import { cx } from "@/components/ui/cx";

export type StepLink = { label: string; href: string | null };

/** "Treatment · Staff · Time · Your details": done steps link back, the current one is marked. */
export function BookingSteps({ steps, current }: { steps: StepLink[]; current: number }) {
  return (
    <nav aria-label="Booking steps" className="mb-6">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm">
        {steps.map((step, i) => {
          const done = i < current;
          return (
            <li key={step.label} className="flex items-center gap-1.5">
              {i > 0 && <span aria-hidden="true" className="text-ink-subtle">›</span>}
              {done && step.href ? (
                <Link href={step.href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {step.label}
                </Link>
              ) : (
                <span aria-current={i === current ? "step" : undefined} className={cx(i === current ? "font-semibold text-ink" : "text-ink-subtle")}>
                  {step.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

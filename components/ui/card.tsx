import { useId, type ReactNode } from "react";
import { cx } from "./cx";

type CardProps = {
  /** With a title the card is a labelled <section>; without one, a plain box. */
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
  /** Padding of the body; "none" for tables that run to the edges. */
  padding?: "none" | "md";
  children?: ReactNode;
};

export function Card({ title, description, actions, className, padding = "md", children }: CardProps) {
  const titleId = useId();
  const body = <div className={padding === "md" ? "p-5" : undefined}>{children}</div>;
  const boxClasses = cx("rounded-lg border border-line bg-surface shadow-xs", className);
  if (!title) return <div className={boxClasses}>{body}</div>;
  return (
    <section aria-labelledby={titleId} className={boxClasses}>
      <header className="flex items-start justify-between gap-4 border-b border-line px-5 py-4">
        <div className="min-w-0">
          <h2 id={titleId} className="text-base font-semibold text-ink">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-ink-muted">{description}</p>}
        </div>
        {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
      </header>
      {body}
    </section>
  );
}

import type { ReactNode } from "react";
import { cx } from "./cx";

export type AlertTone = "error" | "success" | "warning" | "info";

const tones: Record<AlertTone, string> = {
  error: "border-red-200 bg-red-50 text-red-800",
  success: "border-green-200 bg-green-50 text-green-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  info: "border-sky-200 bg-sky-50 text-sky-900",
};

/** Errors are announced at once (role="alert"); everything else politely (role="status"). */
export function Alert({ tone = "info", title, className, children }: { tone?: AlertTone; title?: ReactNode; className?: string; children?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cx("rounded-md border px-3.5 py-3 text-sm", tones[tone], className)}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
    </div>
  );
}

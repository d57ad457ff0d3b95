import type { CircleState } from "@/lib/courses/ledger";
import { cx } from "@/components/ui/cx";

/**
 * One course circle, drawn so that colour is not the only cue: redeemed is a filled red disc with a
 * cross, booked an orange ring half filled, free an empty green ring, and a free circle picked for
 * this booking a filled green disc with a tick.
 */
export function CircleGlyph({ state, selected = false, className }: { state: CircleState; selected?: boolean; className?: string }) {
  return (
    <svg viewBox="0 0 22 22" aria-hidden="true" focusable="false" className={cx("size-[22px] shrink-0", className)}>
      {state === "redeemed" && (
        <>
          <circle cx="11" cy="11" r="10" className="fill-redeemed" />
          <path d="M7.3 7.3l7.4 7.4M14.7 7.3l-7.4 7.4" className="stroke-white" strokeWidth="2.2" strokeLinecap="round" fill="none" />
        </>
      )}
      {state === "booked" && (
        <>
          <circle cx="11" cy="11" r="9" className="fill-white stroke-booked" strokeWidth="2.2" />
          <path d="M11 4.6a6.4 6.4 0 0 0 0 12.8z" className="fill-booked" />
        </>
      )}
      {state === "free" && !selected && <circle cx="11" cy="11" r="9" className="fill-white stroke-free" strokeWidth="2.2" />}
      {state === "free" && selected && (
        <>
          <circle cx="11" cy="11" r="10" className="fill-free" />
          <path d="M6.6 11.4l3 3 5.8-6.4" className="stroke-white" strokeWidth="2.3" strokeLinecap="round" strokeLinejoin="round" fill="none" />
        </>
      )}
    </svg>
  );
}

/** The key under the circles: what red, orange and green mean, with the same glyphs. */
export function CircleLegend({ className }: { className?: string }) {
  const items: { state: CircleState; label: string }[] = [
    { state: "redeemed", label: "Redeemed" },
    { state: "booked", label: "Booked" },
    { state: "free", label: "Free to book" },
  ];
  return (
    <ul aria-label="Circle colours" className={cx("flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-ink-muted", className)}>
      {items.map((item) => (
        <li key={item.state} className="inline-flex items-center gap-1.5">
          <CircleGlyph state={item.state} className="size-3.5" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

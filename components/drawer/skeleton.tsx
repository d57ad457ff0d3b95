import { cx } from "@/components/ui/cx";

/** A grey placeholder the size of what is loading, so nothing jumps when it arrives. */
export function SkeletonBlock({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx("animate-pulse rounded-md bg-slate-200/70 motion-reduce:animate-none", className)} />;
}

/** Where a client's courses will appear: one card with a title and a row of circles. */
export function CoursesSkeleton({ label = "Loading courses…" }: { label?: string }) {
  return (
    <div role="status" aria-label={label} className="rounded-lg border border-line bg-surface p-3.5">
      <div className="flex justify-between gap-4">
        <SkeletonBlock className="h-4 w-40" />
        <SkeletonBlock className="h-4 w-24" />
      </div>
      <SkeletonBlock className="mt-4 h-3 w-28" />
      <div className="mt-2 flex gap-1.5">
        {Array.from({ length: 6 }, (_, i) => (
          <SkeletonBlock key={i} className="size-[22px] rounded-full" />
        ))}
      </div>
    </div>
  );
}

/** The edit view while the appointment loads: client, then four fields, then courses. */
export function DetailSkeleton() {
  return (
    <div role="status" aria-label="Loading the appointment…" className="space-y-5">
      <div className="space-y-2">
        <SkeletonBlock className="h-5 w-48" />
        <SkeletonBlock className="h-4 w-36" />
      </div>
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="space-y-1.5">
          <SkeletonBlock className="h-4 w-20" />
          <SkeletonBlock className="h-10 w-full" />
        </div>
      ))}
      <CoursesSkeleton label="" />
    </div>
  );
}

import Link from "next/link";
import { formatSalonTime, salonMinutesOf } from "@/lib/time";

type Props = {
  times: Date[];
  timezone: string;
  /** Where a time leads: the public booking's last step, or the client's page's confirm step. */
  hrefAt: (time: Date) => string;
};

const PARTS = [
  { label: "Morning", from: 0, until: 12 * 60 },
  { label: "Afternoon", from: 12 * 60, until: 17 * 60 },
  { label: "Evening", from: 17 * 60, until: 24 * 60 },
];

/** The day's free start times, by part of the day, each a link to the next step (public /book and a course session on /book/me). */
export function TimeGrid({ times, timezone, hrefAt }: Props) {
  const groups = PARTS.map((part) => ({
    ...part,
    times: times.filter((t) => {
      const m = salonMinutesOf(t, timezone);
      return m >= part.from && m < part.until;
    }),
  })).filter((g) => g.times.length > 0);

  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <section key={group.label} aria-label={group.label}>
          <h3 className="mb-2 text-sm font-medium text-ink-muted">{group.label}</h3>
          <ul className="grid grid-cols-4 gap-2 sm:grid-cols-6">
            {group.times.map((t) => (
              <li key={+t}>
                <Link
                  href={hrefAt(t)}
                  className="flex h-11 items-center justify-center rounded-md border border-line-strong bg-surface text-sm font-medium text-ink shadow-xs hover:border-brand-600 hover:bg-brand-50"
                >
                  {formatSalonTime(t, timezone)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

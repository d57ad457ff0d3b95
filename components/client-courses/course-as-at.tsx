import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { CourseBalanceAsOf } from "@/lib/courses/as-of-balance";
import { formatMoney } from "@/lib/money";
import type { ResolvedAsAt } from "@/lib/reports/as-of-input";
import { formatSalonDate } from "@/lib/time";

type Props = { clientCourseId: number; resolved: ResolvedAsAt; balance: CourseBalanceAsOf | null; currency: string };

/** The course's balance as at a past date and time: a GET form (?asAtDate=&asAtTime=) and the circles and value then. */
export function CourseAsAt({ clientCourseId, resolved, balance, currency }: Props) {
  const { asAt, notices } = resolved;
  const unit = balance?.unit === "MINUTES" ? "min" : "sessions";
  return (
    <div id="as-at" className="scroll-mt-4 space-y-4">
      <form method="get" action={`/manager/client-courses/${clientCourseId}#as-at`} aria-label="Balance as at" className="flex flex-wrap items-end gap-3">
        <TextField label="As at date" name="asAtDate" type="date" defaultValue={asAt?.date ?? ""} className="w-44" />
        <TextField label="As at time" name="asAtTime" type="time" defaultValue={asAt?.time ?? "23:59"} className="w-32" />
        <Button type="submit" variant="secondary">
          Show as at
        </Button>
      </form>
      {notices.map((n) => (
        <Alert key={n} tone="warning">
          {n}
        </Alert>
      ))}
      {asAt && !balance && <Alert tone="info">The course had not been bought yet at {asAt.time} on {formatSalonDate(asAt.date)}.</Alert>}
      {asAt && balance && (
        <section aria-label={`Balance as at ${asAt.time} on ${formatSalonDate(asAt.date)}`} className="space-y-2 text-sm">
          <p className="text-ink-muted">
            At {asAt.time} on {formatSalonDate(asAt.date)}
            {balance.refunded ? ", refunded" : ""}
            {balance.expiresOn ? `, expiring ${formatSalonDate(balance.expiresOn)}` : ""}:
          </p>
          <table className="w-full text-left">
            <caption className="sr-only">Each line as at that moment</caption>
            <thead className="text-xs text-ink-muted">
              <tr>
                <th scope="col" className="py-1 font-semibold">Line</th>
                <th scope="col" className="py-1 text-right font-semibold">Redeemed</th>
                <th scope="col" className="py-1 text-right font-semibold">Booked</th>
                <th scope="col" className="py-1 text-right font-semibold">Free</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line tabular-nums">
              {balance.lines.map((l) => (
                <tr key={l.id}>
                  <th scope="row" className="py-1.5 font-medium text-ink">
                    {l.serviceName} <span className="font-normal text-ink-muted">({l.balance.total} {unit})</span>
                  </th>
                  <td className="py-1.5 text-right">{l.balance.redeemed}</td>
                  <td className="py-1.5 text-right">{l.balance.booked}</td>
                  <td className="py-1.5 text-right">{l.balance.free}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            Value left then: <span className="font-semibold tabular-nums">{formatMoney(balance.valueLeftMinor, currency)}</span>
          </p>
        </section>
      )}
    </div>
  );
}

"use client";

import { useState } from "react";
import { MoneyCell, ReportTable, RowHead, Td, Th } from "@/components/reports/report-table";
import { cx } from "@/components/ui/cx";
import type { TakingsReport } from "@/lib/cash-up/takings";
import { formatMoney } from "@/lib/money";
import { dayLabel } from "@/lib/reports/format";
import { periodLabel } from "@/lib/reports/period";
import { formatSalonTime, type SalonDate } from "@/lib/time";
import { CountCash } from "./count-cash";

type Props = { report: TakingsReport; currency: string; timezone: string; today: SalonDate; lastFloatMinor: number };

/** Takings per day and method, each day's cash-up beside it, and the counts made again. */
export function TakingsView({ report, currency, timezone, today, lastFloatMinor }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const time = (d: Date) => formatSalonTime(d, timezone);
  const money = (minor: number) => formatMoney(minor, currency);
  const recounted = report.days.filter((d) => d.recounts.length > 0);
  return (
    <div>
      <p role="status" className={cx("px-5 text-sm font-medium text-green-800", message ? "py-3" : "sr-only")}>
        {message}
      </p>
      <ReportTable
        dense
        caption={`Takings and cash-up by day, ${periodLabel(report.period)}`}
        head={
          <tr>
            <Th>Date</Th>
            <Th numeric>Sales</Th>
            <Th numeric>Card</Th>
            <Th numeric>Cash</Th>
            <Th numeric>Total</Th>
            <Th numeric>Float</Th>
            <Th numeric>Expected cash</Th>
            <Th numeric>Counted</Th>
            <Th numeric>Variance</Th>
            <Th>Counted by</Th>
            <Th>
              <span className="sr-only">Cash-up</span>
            </Th>
          </tr>
        }
        foot={
          <tr>
            <RowHead>Total</RowHead>
            <Td numeric>{report.total.sales}</Td>
            <MoneyCell minor={report.total.cardMinor} currency={currency} strong />
            <MoneyCell minor={report.total.cashMinor} currency={currency} strong />
            <MoneyCell minor={report.total.totalMinor} currency={currency} strong />
            <td />
            <td />
            <td />
            <MoneyCell minor={report.total.varianceMinor} currency={currency} strong />
            <td />
            <td />
          </tr>
        }
      >
        {report.days.map((d) => {
          const counted = d.count;
          return (
            <tr key={d.day} className="hover:bg-slate-50/70">
              <RowHead>
                <time dateTime={d.day}>{dayLabel(d.day)}</time>
              </RowHead>
              <Td numeric className={d.sales === 0 ? "text-ink-subtle" : undefined}>
                {d.sales}
              </Td>
              <MoneyCell minor={d.cardMinor} currency={currency} />
              <MoneyCell minor={d.cashMinor} currency={currency} />
              <MoneyCell minor={d.totalMinor} currency={currency} strong={d.totalMinor !== 0} />
              <Td numeric>{counted ? money(counted.floatMinor) : ""}</Td>
              <Td numeric>{d.expectedMinor === null ? "" : money(d.expectedMinor)}</Td>
              <Td numeric>{counted ? money(counted.countedMinor) : <span className="text-ink-subtle">Not counted</span>}</Td>
              <Td numeric className={cx(d.varianceMinor ? "font-semibold text-red-700" : "text-ink-muted")}>
                {d.varianceMinor === null ? "" : d.varianceMinor === 0 ? "Matches" : d.varianceMinor < 0 ? `${money(-d.varianceMinor)} short` : `${money(d.varianceMinor)} over`}
              </Td>
              <Td className="whitespace-nowrap">
                {counted && (
                  <span title={counted.note || undefined}>
                    {counted.countedBy} <span className="text-ink-muted">{time(counted.countedAt)}</span>
                  </span>
                )}
              </Td>
              <Td>
                {d.day <= today && (
                  <CountCash
                    day={d.day}
                    dayText={dayLabel(d.day)}
                    cashMinor={d.cashMinor}
                    floatMinor={counted?.floatMinor ?? lastFloatMinor}
                    currency={currency}
                    recount={counted !== null}
                    onDone={setMessage}
                  />
                )}
              </Td>
            </tr>
          );
        })}
      </ReportTable>
      {(recounted.length > 0 || report.days.some((d) => d.count?.note)) && (
        <section aria-labelledby="count-notes" className="border-t border-line px-5 py-4 text-sm">
          <h3 id="count-notes" className="mb-2 font-semibold text-ink">
            Notes and earlier counts
          </h3>
          <ul className="space-y-1.5 text-ink-muted">
            {report.days
              .filter((d) => d.count)
              .flatMap((d) => [d.count!, ...d.recounts].map((c, i) => ({ d, c, earlier: i > 0 })))
              .filter(({ c, earlier }) => earlier || c.note)
              .map(({ d, c, earlier }) => (
                <li key={c.id}>
                  <span className="font-medium text-ink">{dayLabel(d.day)}</span>
                  {earlier ? " · earlier count" : ""} · {money(c.countedMinor)} counted by {c.countedBy} at {time(c.countedAt)} (expected {money(c.expectedAtCountMinor)} then)
                  {c.note && <> — “{c.note}”</>}
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}

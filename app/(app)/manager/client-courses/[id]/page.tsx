import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CourseHistoryList } from "@/components/client-courses/course-history-list";
import { CourseManagerPanel } from "@/components/client-courses/course-manager-panel";
import { CourseStatusBadge } from "@/components/client-courses/course-status-badge";
import { CircleLegend } from "@/components/courses/circle-glyph";
import { CourseCard } from "@/components/courses/course-card";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { loadCourseDetail } from "@/lib/courses/views/course-detail";
import { shortDate } from "@/lib/courses/views/remaining";
import { toCardCourse } from "@/lib/courses/views/course-card";
import { describeValidity } from "@/lib/course-templates/template-text";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { loadCourseBalanceAsOf } from "@/lib/courses/as-of-balance";
import { resolveAsAt } from "@/lib/reports/as-of-input";
import { getSettings } from "@/lib/settings/salon-settings";
import { CourseAsAt } from "@/components/client-courses/course-as-at";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Client course" };

const parseId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : 0);

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ClientCoursePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  await requireStaff("MANAGER");
  const id = parseId((await params).id);
  const detail = id ? await loadCourseDetail(db, id) : null;
  if (!detail) notFound();
  const { course, client, expiry, refund, currency, today } = detail;
  const query = await searchParams;
  const { timezone } = await getSettings(db);
  const asAt = resolveAsAt({ asAtDate: query.asAtDate, asAtTime: query.asAtTime }, new Date(), timezone);
  const balanceThen = asAt.asAt ? await loadCourseBalanceAsOf(db, course.id, asAt.asAt.at, timezone) : null;
  const money = (minor: number) => formatMoney(minor, currency);
  const card = toCardCourse(course, today);

  return (
    <div className="mx-auto max-w-7xl">
      <Link href="/manager/client-courses" className="mb-3 inline-flex text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
        <span aria-hidden="true">←&nbsp;</span>Client Courses
      </Link>
      <PageHeader
        title={course.name}
        description={
          <>
            <Link href={`/clients/${client.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
              {client.name}
            </Link>
            ’s {course.kind === "PACKAGE" ? "package" : "course"}, bought {shortDate(course.purchasedOn)}.
          </>
        }
        actions={
          <Link href={`/clients/${client.id}`} className={buttonClasses({ variant: "secondary" })}>
            Open client card
          </Link>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <Card title="Balance" actions={<CourseStatusBadge label={course.label} />}>
            <CourseCard course={card} headingLevel={3} className={course.label === "active" ? undefined : "opacity-70 grayscale"} />
            <CircleLegend className="mt-3" />
            <dl className="mt-5 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
              <dt className="text-ink-muted">Client</dt>
              <dd>
                <Link href={`/clients/${client.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                  {client.name}
                </Link>
              </dd>
              <dt className="text-ink-muted">Bought on</dt>
              <dd className="text-ink">{shortDate(course.purchasedOn)}</dd>
              {detail.transferredFrom ? (
                <>
                  <dt className="text-ink-muted">Transferred from</dt>
                  <dd className="text-ink">
                    <Link href={`/manager/client-courses/${detail.transferredFrom.courseId}`} className="text-brand-800 underline-offset-2 hover:underline">
                      {detail.transferredFrom.clientName}’s course
                    </Link>{" "}
                    (worth {money(course.lines.reduce((a, l) => a + l.valueMinor, 0))})
                  </dd>
                </>
              ) : (
                <>
                  <dt className="text-ink-muted">Price paid</dt>
                  <dd className="text-ink tabular-nums">{money(course.pricePaidMinor)}</dd>
                </>
              )}
              <dt className="text-ink-muted">Validity</dt>
              <dd className="text-ink">{describeValidity(course.validityMonths, course.validityFrom)}</dd>
              <dt className="text-ink-muted">Expires</dt>
              <dd className="text-ink">{expiry.text}</dd>
              <dt className="text-ink-muted">Unredeemed value</dt>
              <dd className="text-ink tabular-nums">{course.status === "REFUNDED" ? "Refunded" : money(refund.suggestedMinor)}</dd>
            </dl>
          </Card>
          <Card title="As at a past moment" description="The circles and the value left at a date and time that has passed, from the records.">
            <CourseAsAt clientCourseId={course.id} resolved={asAt} balance={balanceThen} currency={currency} />
          </Card>
          <Card title="Manage" description="Every change needs a reason; it is recorded with your name and the time.">
            <CourseManagerPanel
              key={course.id}
              course={{
                id: course.id,
                name: course.name,
                clientId: client.id,
                unit: course.unit,
                label: course.label,
                refunded: course.status === "REFUNDED",
                lines: course.lines.map((l) => ({ id: l.id, serviceName: l.serviceName, ...l.balance })),
                expiry,
                today,
                refund,
                currency,
              }}
            />
          </Card>
        </div>
        <Card title="History" description="Newest first: the sale, bookings, redemptions and every change.">
          <CourseHistoryList entries={detail.history} links="manager" label={`History of ${course.name}`} canWaive />
        </Card>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { CircleLegend } from "@/components/courses/circle-glyph";
import { CoursePanel } from "@/components/client-portal/course-panel";
import { PastVisits } from "@/components/client-portal/past-visits";
import { PortalHeader } from "@/components/client-portal/portal-header";
import { RequestLinkForm } from "@/components/client-portal/request-link-form";
import { UpcomingVisits } from "@/components/client-portal/upcoming-visits";
import { Alert } from "@/components/ui/alert";
import { db } from "@/lib/db";
import { bookedNote, cancelledNote } from "@/lib/client-portal/booked-note";
import { currentClient } from "@/lib/client-portal/client-cookie";
import { loadClientPortal } from "@/lib/client-portal/load-portal";
import { settingsForRequest } from "@/lib/settings/for-request";
import { id } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My courses and bookings" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function SignedOut({ salonName }: { salonName: string }) {
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">My courses and bookings</h1>
        <p className="mt-1 text-sm text-ink-muted">
          See the courses you hold at {salonName}, book a session from one, and manage your appointments. Type the email the salon has for you and we will send you a
          link to sign in: no password needed.
        </p>
      </div>
      <RequestLinkForm />
    </div>
  );
}

/**
 * The client's own page (issue 14): signed out, the form that emails a sign-in link; signed in
 * (lib/client-portal/client-cookie.ts), their courses with circles and statements, their upcoming
 * appointments with Cancel, and their past visits. Everything is read for the session's client only.
 */
export default async function MyCoursesPage({ searchParams }: Props) {
  const settings = await settingsForRequest();
  const salonName = settings.name || "the salon";
  const client = await currentClient();
  const now = new Date();
  const portal = client ? await loadClientPortal(db, client.clientId, now) : null;
  if (!client || !portal) return <SignedOut salonName={salonName} />;
  const params = await searchParams;
  const idOf = (key: string) => id.safeParse(Array.isArray(params[key]) ? params[key][0] : params[key]).data;
  const [booked, cancelled] = await Promise.all([bookedNote(db, client.clientId, idOf("booked")), cancelledNote(db, client.clientId, idOf("cancelled"))]);
  const { timezone, currency } = portal;

  return (
    <div className="space-y-8">
      <PortalHeader firstName={portal.firstName} salonName={salonName} />
      {booked && (
        <Alert tone="success" title="Session booked">
          {booked}
        </Alert>
      )}
      {cancelled && (
        <Alert tone="success" title="Appointment cancelled">
          {cancelled} Thank you for letting us know.
        </Alert>
      )}

      <section aria-labelledby="courses-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="courses-heading" className="text-lg font-semibold text-ink">
            Your courses
          </h2>
          {portal.courses.length > 0 && <CircleLegend />}
        </div>
        {portal.courses.length === 0 ? (
          <p className="rounded-lg border border-line bg-surface p-4 text-sm text-ink-muted">You have no courses to use at the moment. Courses and packages are sold in the salon.</p>
        ) : (
          <ul className="space-y-4">
            {portal.courses.map((course) => (
              <li key={course.id}>
                <CoursePanel course={course} timezone={timezone} currency={currency} />
              </li>
            ))}
          </ul>
        )}
        {portal.finished.length > 0 && (
          <details className="group rounded-lg border border-line bg-surface px-4 py-3 shadow-xs sm:px-5">
            <summary className="cursor-pointer text-sm font-medium text-ink select-none">
              Finished courses <span className="font-normal text-ink-muted">({portal.finished.length})</span>
            </summary>
            <ul className="mt-3 space-y-4 opacity-80">
              {portal.finished.map((course) => (
                <li key={course.id}>
                  <CoursePanel course={course} timezone={timezone} currency={currency} finished />
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold text-ink">
          Upcoming appointments
        </h2>
        <UpcomingVisits visits={portal.upcoming} timezone={timezone} />
      </section>

      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading" className="text-lg font-semibold text-ink">
          Past visits
        </h2>
        <PastVisits visits={portal.past} timezone={timezone} />
      </section>
    </div>
  );
}

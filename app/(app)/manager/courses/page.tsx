import type { Metadata } from "next";
import Link from "next/link";
import { CourseTemplatesTable } from "@/components/course-templates/course-templates-table";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { listCourseTemplates } from "@/lib/course-templates/list-templates";
import { db } from "@/lib/db";
import { settingsForRequest } from "@/lib/settings/for-request";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Courses" };

export default async function CoursesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requireStaff("MANAGER");
  const [templates, settings, { saved }] = await Promise.all([listCourseTemplates(db), settingsForRequest(), searchParams]);
  const savedTemplate = templates.find((t) => String(t.id) === saved);
  const active = templates.filter((t) => t.active).length;

  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader title="Courses" description="Course and package templates: what is on sale, at what price, and for how long." />
      {savedTemplate && (
        <Alert tone="success" className="mb-4">
          Saved “{savedTemplate.name}”.{savedTemplate.active ? " It can be sold at the desk now." : " It is inactive, so it is not sold."}
        </Alert>
      )}
      <Card
        title="Course templates"
        description={`${active} on sale${templates.length > active ? `, ${templates.length - active} inactive` : ""}. Editing a template never changes courses clients already bought.`}
        padding="none"
      >
        <CourseTemplatesTable templates={templates} currency={settings.currency} highlightId={savedTemplate?.id} />
        <div className="flex items-center justify-between gap-4 border-t border-line px-5 py-4">
          <p className="text-sm text-ink-muted">A course is several sessions (or minutes) of one service; a package mixes services.</p>
          <Link href="/manager/courses/new" className={buttonClasses()}>
            <span aria-hidden="true">+</span> Add course
          </Link>
        </div>
      </Card>
    </div>
  );
}

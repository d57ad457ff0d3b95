import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CourseTemplateForm } from "@/components/course-templates/course-template-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { serviceChoicesFor } from "@/lib/course-templates/service-choices";
import { loadCourseTemplate } from "@/lib/course-templates/list-templates";
import { db } from "@/lib/db";
import { settingsForRequest } from "@/lib/settings/for-request";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit course" };

export default async function EditCoursePage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("MANAGER");
  const id = Number((await params).id);
  const template = Number.isSafeInteger(id) && id > 0 ? await loadCourseTemplate(db, id) : null;
  if (!template) notFound();
  const [services, settings] = await Promise.all([serviceChoicesFor(db, template), settingsForRequest()]);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={`Edit ${template.name}`} description="Change what this template sells from now on." />
      <Card>
        <CourseTemplateForm services={services} currency={settings.currency} template={template} />
      </Card>
    </div>
  );
}

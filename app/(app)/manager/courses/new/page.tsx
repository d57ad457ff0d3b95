import type { Metadata } from "next";
import { CourseTemplateForm } from "@/components/course-templates/course-template-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { serviceChoicesFor } from "@/lib/course-templates/service-choices";
import { db } from "@/lib/db";
import { settingsForRequest } from "@/lib/settings/for-request";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add course" };

export default async function NewCoursePage() {
  await requireStaff("MANAGER");
  const [services, settings] = await Promise.all([serviceChoicesFor(db), settingsForRequest()]);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title="Add course" description="A course sells several sessions (or minutes) of one service; a package sells several services together." />
      <Card>
        <CourseTemplateForm services={services} currency={settings.currency} />
      </Card>
    </div>
  );
}

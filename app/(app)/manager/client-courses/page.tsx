import type { Metadata } from "next";
import { ClientCoursesFilters } from "@/components/client-courses/client-courses-filters";
import { ClientCoursesTable } from "@/components/client-courses/client-courses-table";
import { ClientCoursesTabs } from "@/components/client-courses/client-courses-tabs";
import { Pagination } from "@/components/client-courses/pagination";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { parseFilters } from "@/lib/courses/views/filters";
import { listClientCourses, listSoldTemplates } from "@/lib/courses/views/list-client-courses";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Client Courses" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ClientCoursesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("MANAGER");
  const filters = parseFilters(await searchParams);
  const [list, templates] = await Promise.all([listClientCourses(db, filters), listSoldTemplates(db)]);
  const filtered = filters.q !== "" || filters.templateId !== null || filters.status !== null;
  const emptyText = filtered
    ? "No client courses match these filters."
    : filters.tab === "active"
      ? "No client has an active course. Sell one on the purchase screen."
      : "No used courses yet.";

  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader
        title="Client Courses"
        description="Every course a client has bought: what is left, when it expires and its status. Open one to change it, transfer it or refund it."
      />
      <Card padding="none">
        <ClientCoursesTabs filters={filters} counts={list.tabCounts} />
        <p className="px-5 pt-3 text-sm text-ink-muted">
          {filters.tab === "active"
            ? "Courses with sessions or minutes still to use."
            : "Courses with nothing left to book: used up, expired, refunded, or transferred to another client."}
        </p>
        <ClientCoursesFilters filters={filters} templates={templates} />
        <div className="border-t border-line">
          <ClientCoursesTable rows={list.rows} emptyText={emptyText} />
        </div>
        <Pagination filters={{ ...filters, page: list.page }} page={list.page} pageCount={list.pageCount} total={list.total} />
      </Card>
    </div>
  );
}

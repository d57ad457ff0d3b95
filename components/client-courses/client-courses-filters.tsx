import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { filtersHref, LIST_PATH, type ClientCourseFilters } from "@/lib/courses/views/filters";
import { STATUS_FILTER_TEXT, TAB_STATUSES } from "@/lib/courses/views/status";

type Props = { filters: ClientCourseFilters; templates: { id: number; name: string; active: boolean }[] };

/** A plain GET form: the filters land in the URL, so a reload or a shared link shows the same list. */
export function ClientCoursesFilters({ filters, templates }: Props) {
  const filtered = filters.q !== "" || filters.templateId !== null || filters.status !== null;
  return (
    <form action={LIST_PATH} method="get" role="search" aria-label="Filter client courses" className="flex flex-wrap items-end gap-3 px-5 py-4">
      {filters.tab !== "active" && <input type="hidden" name="tab" value={filters.tab} />}
      <TextField
        label="Client"
        name="q"
        type="search"
        defaultValue={filters.q}
        placeholder="Name, phone or email"
        className="w-full sm:w-64"
        autoComplete="off"
      />
      <Select
        label="Course"
        name="course"
        defaultValue={filters.templateId ?? ""}
        placeholder="All courses"
        options={templates.map((t) => ({ value: t.id, label: t.active ? t.name : `${t.name} (no longer sold)` }))}
        className="w-full sm:w-64"
      />
      <Select
        label="Status"
        name="status"
        defaultValue={filters.status ?? ""}
        placeholder={filters.tab === "active" ? "All active" : "All used courses"}
        options={TAB_STATUSES[filters.tab].map((s) => ({ value: s, label: STATUS_FILTER_TEXT[s] }))}
        className="w-full sm:w-52"
      />
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {filtered && (
          <Link href={filtersHref(filters, { q: "", templateId: null, status: null })} className={buttonClasses({ variant: "ghost" })}>
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}

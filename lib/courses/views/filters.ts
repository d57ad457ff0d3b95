import { TAB_STATUSES, type CourseTab, type StatusFilter } from "./status";

/**
 * The Client Courses list's filters live in the URL (?tab=used&q=jane&course=3&status=expired&page=2)
 * so they survive a reload and can be shared. Anything unreadable falls back to the default. Pure.
 */
export type ClientCourseFilters = {
  tab: CourseTab;
  /** Client name, phone or email. */
  q: string;
  templateId: number | null;
  status: StatusFilter | null;
  page: number;
};

export const PAGE_SIZE = 25;
export const LIST_PATH = "/manager/client-courses";

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const positiveInt = (v: string) => (/^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : null);

export function parseFilters(params: Params): ClientCourseFilters {
  const tab: CourseTab = one(params.tab) === "used" ? "used" : "active";
  const status = one(params.status);
  return {
    tab,
    q: one(params.q).trim().slice(0, 80),
    templateId: positiveInt(one(params.course)),
    status: (TAB_STATUSES[tab] as readonly string[]).includes(status) ? (status as StatusFilter) : null,
    page: positiveInt(one(params.page)) ?? 1,
  };
}

/** The list's URL with some filters changed; any change but the page goes back to page 1. */
export function filtersHref(current: ClientCourseFilters, change: Partial<ClientCourseFilters> = {}): string {
  const next = { ...current, page: 1, ...change };
  if (change.tab && change.tab !== current.tab && !("status" in change)) next.status = null;
  const search = new URLSearchParams();
  if (next.tab !== "active") search.set("tab", next.tab);
  if (next.q) search.set("q", next.q);
  if (next.templateId) search.set("course", String(next.templateId));
  if (next.status) search.set("status", next.status);
  if (next.page > 1) search.set("page", String(next.page));
  const query = search.toString();
  return query ? `${LIST_PATH}?${query}` : LIST_PATH;
}

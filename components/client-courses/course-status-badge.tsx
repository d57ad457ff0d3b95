import { Badge } from "@/components/ui/badge";
import { STATUS_TEXT, STATUS_TONE } from "@/lib/courses/views/status";
import type { CourseStatusLabel } from "@/lib/courses/load-courses";

export function CourseStatusBadge({ label }: { label: CourseStatusLabel }) {
  return <Badge tone={STATUS_TONE[label]}>{STATUS_TEXT[label]}</Badge>;
}

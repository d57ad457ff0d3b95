import { Missing } from "@/components/checkout/missing";

export default function ClientCourseNotFound() {
  return <Missing title="Course not found">There is no client course with this number. Find it from Client Courses.</Missing>;
}

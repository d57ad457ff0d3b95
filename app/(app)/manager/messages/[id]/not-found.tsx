import { Missing } from "@/components/checkout/missing";

export default function MessageNotFound() {
  return <Missing title="Message not found">There is no message with this number. Find it from Manager → Messages.</Missing>;
}

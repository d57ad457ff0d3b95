import { Missing } from "@/components/checkout/missing";

export default function ClientNotFound() {
  return <Missing title="Client not found">There is no client at this address. Open the visit from the calendar instead.</Missing>;
}

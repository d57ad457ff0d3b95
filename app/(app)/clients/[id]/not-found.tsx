import { Missing } from "@/components/checkout/missing";

export default function ClientNotFound() {
  return <Missing title="Client not found">There is no client with this number. Search for them on the Clients page.</Missing>;
}

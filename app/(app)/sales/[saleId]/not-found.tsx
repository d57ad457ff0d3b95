import { Missing } from "@/components/checkout/missing";

export default function SaleNotFound() {
  return <Missing title="Sale not found">There is no sale with this number. Check the receipt number, or find the visit in the calendar.</Missing>;
}

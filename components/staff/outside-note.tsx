import type { OutsideRota } from "@/lib/staff/outside-rota";

/** "2 booked appointments are now outside their hours (…). They stay booked: …" — nothing when none are. */
export function OutsideNote({ outside }: { outside: OutsideRota }) {
  if (outside.count === 0) return null;
  return (
    <span className="ml-1 text-amber-800">
      {outside.count === 1 ? "1 booked appointment is" : `${outside.count} booked appointments are`} now outside their hours ({outside.examples.join("; ")}
      {outside.count > outside.examples.length ? "; …" : ""}). They stay booked: move them in the calendar or call the clients.
    </span>
  );
}

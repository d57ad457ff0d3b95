import { connection } from "next/server";
import { Missing } from "@/components/checkout/missing";

/**
 * Any unknown address. Rendered per request (connection()) so its scripts carry the request's CSP
 * nonce; a static 404 would be blocked by the Content-Security-Policy set in proxy.ts.
 */
export default async function NotFound() {
  await connection();
  return (
    <main className="px-6">
      <Missing title="Page not found">There is nothing at this address. Check the link, or go back to the calendar.</Missing>
    </main>
  );
}

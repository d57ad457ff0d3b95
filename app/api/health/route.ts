export const dynamic = "force-dynamic";

/** Test servers and monitors poll this to know the app is up. */
export function GET() {
  return Response.json({ ok: true });
}

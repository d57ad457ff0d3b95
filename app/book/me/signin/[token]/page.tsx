import type { Metadata } from "next";
import { ContinueSignIn } from "@/components/client-portal/continue-sign-in";
import { LinkSpent } from "@/components/client-portal/link-spent";
import { db } from "@/lib/db";
import { signInLinkWorks } from "@/lib/client-portal/sign-in";
import { settingsForRequest } from "@/lib/settings/for-request";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in to your courses and bookings" };

type Props = { params: Promise<{ token: string }> };

/**
 * Where the emailed sign-in link lands. Opening it uses nothing (mail scanners fetch links): the
 * client presses Continue, which uses the link once (lib/actions/client-portal.ts).
 */
export default async function SignInLinkPage({ params }: Props) {
  const { token } = await params;
  const settings = await settingsForRequest();
  if (!(await signInLinkWorks(db, token, new Date()))) return <LinkSpent />;
  return <ContinueSignIn token={token} salonName={settings.name || "the salon"} />;
}

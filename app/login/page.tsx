import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { safeNextPath } from "@/lib/auth/routing";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { next: rawNext } = await searchParams;
  const next = safeNextPath(Array.isArray(rawNext) ? rawNext[0] : rawNext);
  if (await getCurrentStaff()) redirect(next);

  const settings = await db.salonSettings.findUnique({ where: { id: 1 }, select: { name: true } });
  const salonName = settings?.name || "Salon";

  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center gap-3 text-center">
          <span
            aria-hidden="true"
            className="flex size-11 items-center justify-center rounded-xl bg-brand-700 text-lg font-semibold text-white shadow-sm"
          >
            {salonName.charAt(0).toUpperCase()}
          </span>
          <p className="text-lg font-semibold tracking-tight text-ink">{salonName}</p>
        </div>
        <div className="rounded-xl border border-line bg-surface p-8 shadow-sm">
          <h1 className="text-xl font-semibold tracking-tight text-ink">Sign in</h1>
          <p className="mt-1 mb-6 text-sm text-ink-muted">For salon staff: front desk and managers.</p>
          <LoginForm next={next} />
        </div>
      </div>
    </main>
  );
}

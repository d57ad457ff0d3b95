import { Alert } from "@/components/ui/alert";
import type { Mailer } from "./mailer";

/** The top of Manager → Messages: whether anything leaves the machine, and through which server. */
export function MailBanner({ mailer }: { mailer: Mailer }) {
  if (!mailer.on) {
    return (
      <Alert tone="info" className="mb-5">
        {mailer.text}
      </Alert>
    );
  }
  return (
    <p role="status" className="mb-5 inline-flex items-center gap-2 rounded-full border border-green-200 bg-green-50 px-3 py-1 text-sm font-medium text-green-800">
      <span aria-hidden="true" className="size-2 rounded-full bg-green-600" />
      {mailer.text}
    </p>
  );
}

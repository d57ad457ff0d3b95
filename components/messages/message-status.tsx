import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { statusWords } from "./message-words";

type Props = { message: { status: string; attempts: number; lastError: string; sent: string | null }; mailerOn: boolean; clampDetail?: boolean };

/** The state of one message in words and colour, with what went wrong when it failed. */
export function MessageStatus({ message, mailerOn, clampDetail = false }: Props) {
  const words = statusWords(message, mailerOn);
  return (
    <span className="flex flex-col items-start gap-1">
      <Badge tone={words.tone} className="whitespace-normal">
        {words.label}
      </Badge>
      {words.detail && (
        <span className={cx("text-xs wrap-anywhere", words.tone === "danger" ? "text-red-700" : "text-ink-muted", clampDetail && "line-clamp-2 max-w-64")} title={clampDetail ? words.detail : undefined}>
          {words.detail}
        </span>
      )}
    </span>
  );
}

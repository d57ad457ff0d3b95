// A real SMTP server for tests (smtp-server): the sender delivers to it over TCP with nodemailer, as
// it would to the salon's mail provider, and the test reads what arrived. Used by the integration
// tests in the test process and by the browser tests' server (scripts/e2e-server.ts).
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

export type CaughtMail = {
  /** The envelope recipient, lower case: one CaughtMail per recipient. */
  to: string;
  /** The From header as sent ("Bloom Salon" <no-reply@salon.local>). */
  from: string;
  subject: string;
  text: string;
  messageId: string;
  receivedAt: string;
};

/** An SMTP refusal: 4xx is "try later", 5xx is "never". */
export type Refusal = { code: number; message: string };

export type CatcherOptions = {
  port?: number;
  /** Answer for the n-th message (1-based) once its data has arrived: null accepts it. */
  refuse?: (mail: CaughtMail, n: number) => Refusal | null;
  /** Answer for a recipient (RCPT TO): null takes it. */
  refuseRecipient?: (address: string) => Refusal | null;
  /**
   * Runs once the server has taken the n-th message, just before it answers 250 OK. The kill test
   * stops the sender here: whether the 250 would have reached it or not, the outbox cannot have
   * recorded the message SENT, and that holds however busy the machine is.
   */
  onAccept?: (mails: CaughtMail[], n: number) => void;
};

export type Catcher = { port: number; url: string; mails: CaughtMail[]; close(): Promise<void> };

export async function startSmtpCatcher(opts: CatcherOptions = {}): Promise<Catcher> {
  const mails: CaughtMail[] = [];
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on localhost: no TLS upgrade with the package's published test certificate, no AUTH.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 1024 * 1024,
    // close() ends a test: connections a sender keeps open are cut, not waited for.
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      const refusal = opts.refuseRecipient?.(address.address) ?? null;
      callback(refusal ? Object.assign(new Error(refusal.message), { responseCode: refusal.code }) : undefined);
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const parsed = parseMail(Buffer.concat(chunks));
        const receivedAt = new Date().toISOString();
        const arrived = session.envelope.rcptTo.map((r) => ({ to: r.address.toLowerCase(), ...parsed, receivedAt }));
        const count = ++n;
        const refusal = opts.refuse?.(arrived[0], count) ?? null;
        if (refusal) {
          callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          return;
        }
        mails.push(...arrived);
        opts.onAccept?.(arrived, count);
        callback(null, "OK: queued");
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Subject, Message-ID and the plain-text body of a single-part message, decoded (quoted-printable, base64, encoded words). */
export function parseMail(raw: Buffer): { from: string; subject: string; text: string; messageId: string } {
  const all = raw.toString("latin1");
  const split = all.search(/\r?\n\r?\n/);
  const head = (split < 0 ? all : all.slice(0, split)).replace(/\r?\n[ \t]+/g, " ");
  const body = split < 0 ? "" : all.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const bytes =
    encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body, "base64") : Buffer.from(body, "latin1");
  return {
    from: decodeWords(headers.get("from") ?? ""),
    subject: decodeWords(headers.get("subject") ?? ""),
    text: bytes.toString("utf8").replace(/\r\n/g, "\n"),
    messageId: headers.get("message-id") ?? "",
  };
}

function decodeQuotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === "=" ? joined.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(joined.charCodeAt(i) & 0xff);
  }
  return Buffer.from(out);
}

/** "=?UTF-8?Q?6_=C3=97_Laser?=" → "6 × Laser"; the space between two encoded words is not text. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, how: string, data: string) =>
      (how.toUpperCase() === "B" ? Buffer.from(data, "base64") : decodeQuotedPrintable(data.replace(/_/g, " "))).toString("utf8"),
    );
}

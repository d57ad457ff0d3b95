/**
 * The body of a server-action request, checked by proxy.ts BEFORE Next.js parses it. Next.js 16
 * answers a body over `serverActions.bodySizeLimit`, or one it cannot decode (not JSON, broken
 * multipart), with HTTP 500 and no words: the error is thrown before any action code runs, so no
 * action can catch it. The proxy refuses such a request first, with a status that says what is wrong
 * (413 / 400) and a plain-text message. The app's client shows a text/plain message of a 4xx answer
 * to a form post as the error's text. No server-only imports: the proxy and next.config.ts use it.
 */

/** The most a server action accepts (next.config.ts passes the same to Next as bodySizeLimit). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/**
 * How much of a request body Next.js copies for the proxy to read (next.config.ts
 * experimental.proxyClientMaxBodySize; Next's default is 10 MB). Above the action limit, so an
 * allowed body always reaches the proxy whole; any more is refused anyway.
 */
export const PROXY_BODY_COPY_LIMIT_BYTES = ACTION_BODY_LIMIT_BYTES + 64 * 1024;

export const BODY_TOO_LARGE =
  "This request is too large: the app's forms send at most 1 MB. Nothing was saved. Reload the page and try again.";
export const BODY_UNREADABLE =
  "This request could not be read: it is not what the app's forms send. Nothing was saved. Reload the page and try again.";

/**
 * A POST Next.js would treat as a server action: a Next-Action header (the app's own forms, sent by
 * fetch), or a multipart form post (a form submitted before the page's scripts loaded).
 */
export function isActionRequest(method: string, headers: Pick<Headers, "get" | "has">): boolean {
  if (method.toUpperCase() !== "POST") return false;
  return headers.has("next-action") || isMultipart(headers.get("content-type"));
}

function isMultipart(contentType: string | null): boolean {
  return /^\s*multipart\/form-data\b/i.test(contentType ?? "");
}

function isUrlEncoded(contentType: string | null): boolean {
  return /^\s*application\/x-www-form-urlencoded\b/i.test(contentType ?? "");
}

/** A refusal as plain text (exactly `text/plain`: the client shows only that as the error's text). */
export function refusal(status: 400 | 413, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain", "cache-control": "no-store" } });
}

/** The body's bytes, or null as soon as there are more than `limit` of them. */
async function readUpTo(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * null when the request may go on to Next.js; otherwise the answer to send instead: 413 for a body
 * over the limit (by its Content-Length, or counted when it has none), 400 for a body Next.js could
 * not decode (a multipart body that does not parse; for a fetch action, text that is not a JSON
 * array of arguments). Not checked: references inside the JSON to parts a body does not have
 * ("$Q1", "$h1"), which React's decoder still turns into a 500; that would mean re-implementing
 * React's reply format here.
 * Call it only for isActionRequest(). Reads the proxy's copy of the body; the action gets its own.
 */
export async function refuseBadActionBody(request: Request, limit = ACTION_BODY_LIMIT_BYTES): Promise<Response | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) return refusal(413, BODY_TOO_LARGE);

  let bytes: Uint8Array | null;
  try {
    bytes = await readUpTo(request.body, limit);
  } catch {
    return refusal(400, BODY_UNREADABLE);
  }
  if (!bytes) return refusal(413, BODY_TOO_LARGE);

  const contentType = request.headers.get("content-type");
  if (isMultipart(contentType)) {
    try {
      await new Response(bytes as BodyInit, { headers: { "content-type": contentType! } }).formData();
    } catch {
      return refusal(400, BODY_UNREADABLE);
    }
    return null;
  }
  // Next.js hands a fetch action's non-multipart body to React as JSON text (and turns away
  // url-encoded ones itself, without an error). The app's client always sends the call's
  // arguments, a JSON array; anything else (1, null, {}) would reach Next.js as an argument list
  // that is not one, and crash it.
  if (request.headers.has("next-action") && !isUrlEncoded(contentType)) {
    let root: unknown;
    try {
      root = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return refusal(400, BODY_UNREADABLE);
    }
    if (!Array.isArray(root)) return refusal(400, BODY_UNREADABLE);
  }
  return null;
}

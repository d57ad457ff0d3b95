import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT_BYTES,
  BODY_TOO_LARGE,
  BODY_UNREADABLE,
  isActionRequest,
  refuseBadActionBody,
} from "@/lib/actions/request-body";
import { proxy } from "@/proxy";

// Next.js answers an oversized or undecodable server-action body with a bare 500 before any action
// code runs; the proxy refuses such bodies first, with a 413 / 400 and words.
const URL_ = "http://salon.test/login";
const action = { "next-action": "60c77cb47799f9886384565e9d647e2c0bedb91f65" };

function post(body: BodyInit | null, headers: Record<string, string>): Request {
  return new Request(URL_, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

/** A body streamed in chunks, with no Content-Length (chunked transfer). */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(64 * 1024, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(97));
    },
  });
}

async function expectRefusal(answer: Response | null, status: number, message: string) {
  expect(answer).not.toBeNull();
  expect(answer!.status).toBe(status);
  expect(answer!.headers.get("content-type")).toBe("text/plain");
  expect(await answer!.text()).toBe(message);
}

describe("server-action bodies, checked before Next.js parses them", () => {
  it("knows which requests are server actions", () => {
    expect(isActionRequest("POST", new Headers(action))).toBe(true);
    expect(isActionRequest("POST", new Headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isActionRequest("GET", new Headers(action))).toBe(false);
    expect(isActionRequest("POST", new Headers({ "content-type": "application/json" }))).toBe(false);
  });

  it("lets the app's own bodies through: JSON text, multipart forms, up to the limit", async () => {
    expect(await refuseBadActionBody(post('[{},"$K1"]', { ...action, "content-type": "text/plain;charset=UTF-8" }))).toBeNull();
    const form = new FormData();
    form.set("0", '[{},"$K1"]');
    form.set("1_email", "a@b.c");
    expect(await refuseBadActionBody(post(form, action))).toBeNull();
    expect(await refuseBadActionBody(post(form, {}))).toBeNull();
    const justFits = JSON.stringify(["x".repeat(ACTION_BODY_LIMIT_BYTES - 10)]);
    expect(await refuseBadActionBody(post(justFits, { ...action, "content-type": "text/plain" }))).toBeNull();
  });

  it("refuses a body over 1 MB with 413 and words, by its length or counted when it has none", async () => {
    const big = "a".repeat(5 * 1024 * 1024);
    await expectRefusal(await refuseBadActionBody(post(big, { ...action, "content-type": "text/plain" })), 413, BODY_TOO_LARGE);
    const chunked = post(streamed(5 * 1024 * 1024), { ...action, "content-type": "text/plain" });
    expect(chunked.headers.get("content-length")).toBeNull();
    await expectRefusal(await refuseBadActionBody(chunked), 413, BODY_TOO_LARGE);
    await expectRefusal(await refuseBadActionBody(post("[]", { ...action, "content-length": "nonsense" })), 413, BODY_TOO_LARGE);
    expect(BODY_TOO_LARGE).toMatch(/too large.*1 MB.*Nothing was saved/);
  });

  it("refuses a body Next.js could not decode with 400 and words", async () => {
    await expectRefusal(await refuseBadActionBody(post("[{},nul", { ...action, "content-type": "text/plain" })), 400, BODY_UNREADABLE);
    await expectRefusal(await refuseBadActionBody(post("", { ...action, "content-type": "text/plain" })), 400, BODY_UNREADABLE);
    // JSON, but not an argument list: Next.js would crash applying it.
    for (const notArgs of ["1", "null", '{"a":1}', '"$K9"']) {
      await expectRefusal(await refuseBadActionBody(post(notArgs, { ...action, "content-type": "text/plain" })), 400, BODY_UNREADABLE);
    }
    await expectRefusal(await refuseBadActionBody(post(new Uint8Array([0x5b, 0xff, 0x5d]), { ...action, "content-type": "text/plain" })), 400, BODY_UNREADABLE);
    await expectRefusal(
      await refuseBadActionBody(post("--x\r\nnot a part", { "content-type": "multipart/form-data; boundary=x" })),
      400,
      BODY_UNREADABLE,
    );
  });

  it("the proxy answers for an action POST before anything else; other requests as before", async () => {
    const request = new NextRequest(URL_, { method: "POST", body: "a".repeat(2 * 1024 * 1024), headers: { ...action, "content-type": "text/plain" } });
    await expectRefusal(await proxy(request), 413, BODY_TOO_LARGE);
    const fine = await proxy(new NextRequest(URL_, { method: "POST", body: '[{},null]', headers: { ...action, "content-type": "text/plain" } }));
    expect(fine.headers.get("x-middleware-next")).toBe("1");
    expect(proxy(new NextRequest(URL_))).not.toBeInstanceOf(Promise);
  });
});

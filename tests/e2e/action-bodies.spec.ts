import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";

// Hand-made server-action requests against the built app. Next.js 16 answers an oversized or
// undecodable action body with a bare HTTP 500 before any action code runs; proxy.ts refuses those
// first (413 / 400, plain text), and the sign-in action answers a call without its form in words.

const MB = 1024 * 1024;

/** The sign-in action's id, its form-state key and the page's origin, read from the login page as a browser would. */
async function signInAction(request: APIRequestContext): Promise<{ id: string; key: string; origin: string }> {
  const page = await request.get("/login");
  expect(page.status()).toBe(200);
  const html = await page.text();
  const id = /name="\$ACTION_1:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1];
  const key = /name="\$ACTION_KEY" value="([^"]+)"/.exec(html)?.[1];
  expect(id, "the login form carries its action's id").toBeTruthy();
  expect(key, "and its form-state key").toBeTruthy();
  return { id: id!, key: key!, origin: new URL(page.url()).origin };
}

/** A fetch action call, as the app's client sends one whose arguments encode to plain JSON text. */
function callAction(request: APIRequestContext, id: string, origin: string, body: string | Buffer): Promise<APIResponse> {
  return request.post("/login", {
    headers: { "Next-Action": id, Origin: origin, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: body,
    maxRedirects: 0,
  });
}

async function expectWords(response: APIResponse, status: number, words: RegExp) {
  expect(response.status()).not.toBe(500);
  expect(response.status()).toBe(status);
  const text = await response.text();
  expect(text).toMatch(words);
  expect(text).not.toMatch(/Internal Server Error|digest|\bat .+:\d+:\d+/);
}

test.describe("server-action bodies a browser never sends", () => {
  test("the sign-in action called without its form answers in words", async ({ request }) => {
    const { id, origin } = await signInAction(request);
    for (const args of ["[{},null]", '[{},{"email":"manager@demo.salon","password":"x"}]', "[]"]) {
      const answer = await callAction(request, id, origin, args);
      expect(answer.status(), args).toBe(200);
      expect(await answer.text(), args).toContain("The sign-in form did not arrive. Reload the page and try again.");
    }
  });

  test("a body that is not what the forms send is a 400 with words", async ({ request }) => {
    const { id, origin } = await signInAction(request);
    for (const body of ["[{},nul", "null", "1", '{"email":"manager@demo.salon"}']) {
      await expectWords(await callAction(request, id, origin, body), 400, /^This request could not be read: .*Nothing was saved/);
    }
    const brokenMultipart = await request.post("/login", {
      headers: { Origin: origin, "Content-Type": "multipart/form-data; boundary=xyz" },
      data: "--xyz\r\nthis is not a part",
      maxRedirects: 0,
    });
    await expectWords(brokenMultipart, 400, /^This request could not be read/);
  });

  test("a 5 MB body is a 413 with words, by fetch or by a plain form post", async ({ request }) => {
    const { id, origin } = await signInAction(request);
    const big = JSON.stringify([{}, "a".repeat(5 * MB)]);
    await expectWords(await callAction(request, id, origin, big), 413, /^This request is too large: the app's forms send at most 1 MB\. Nothing was saved/);

    // A form posted before the page's scripts ran (no Next-Action header): the same answer.
    const formPost = await request.post("/login", {
      headers: { Origin: origin },
      multipart: {
        $ACTION_REF_1: "",
        "$ACTION_1:0": JSON.stringify({ id, bound: "$@1" }),
        "$ACTION_1:1": "[{}]",
        email: "manager@demo.salon",
        password: "p".repeat(5 * MB),
      },
      maxRedirects: 0,
    });
    await expectWords(formPost, 413, /too large/);
  });

  test("an ordinary sign-in still works, by fetch and by a plain form post", async ({ page, loginAs, request }) => {
    await loginAs(page, "frontdesk");
    await expect(page).toHaveURL(/\/calendar/);

    const { id, key, origin } = await signInAction(request);
    const formPost = await request.post("/login", {
      headers: { Origin: origin },
      multipart: {
        $ACTION_REF_1: "",
        "$ACTION_1:0": JSON.stringify({ id, bound: "$@1" }),
        "$ACTION_1:1": "[{}]",
        $ACTION_KEY: key,
        email: "nobody@demo.salon",
        password: "wrong",
      },
      maxRedirects: 0,
    });
    expect(formPost.status()).toBe(200);
    expect(await formPost.text()).toContain("Email or password is incorrect.");
  });
});

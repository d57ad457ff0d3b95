import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";
import AppError from "@/app/(app)/error";
import GlobalError from "@/app/global-error";

// What the error pages render for an error that carries everything that must never reach a page:
// a raw database error, a stack trace, a file path.
const nasty = Object.assign(
  new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: Sale.idempotencyKey\nInvalid `prisma.sale.create()` invocation in /work/main/lib/checkout/checkout-visit.ts:42:7'),
  { digest: "3141592653" },
);
nasty.stack = `${nasty.message}\n    at checkoutVisit (/work/main/lib/checkout/checkout-visit.ts:42:7)`;

describe("error pages", () => {
  it.each([
    ["app/error.tsx", ErrorPage],
    ["app/(app)/error.tsx", AppError],
    ["app/global-error.tsx", GlobalError],
  ] as const)("%s shows a reference and a way on, never the error itself", (_name, Page) => {
    const html = renderToStaticMarkup(createElement(Page, { error: nasty, reset: () => undefined }));
    expect(html).toContain("Something went wrong");
    expect(html).toContain("Reference: 3141592653");
    expect(html).toContain("Try again");
    expect(html).not.toMatch(/SQLITE|prisma|constraint|checkout-visit|\/work\/|at checkoutVisit|invocation/i);
  });
});

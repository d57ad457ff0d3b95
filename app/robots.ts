import type { MetadataRoute } from "next";

/**
 * Staff pages stay out of search engines; the public booking page is findable. The longest rule wins:
 * "/book" (and "/book?date=…") is allowed, "/book/…" (confirmation and cancel links, which carry a
 * client's token) and everything else is not.
 */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/book", disallow: ["/book/", "/"] }] };
}

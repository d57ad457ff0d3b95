/** What the client's side says in more than one place. Pure: safe in the browser. */

/** The one answer to a link request, whether or not the email is a client's. */
export function linkSentText(salonName: string): string {
  return `If that email belongs to a client of ${salonName || "the salon"}, a link is on its way. It works once, for 30 minutes.`;
}

export const LINK_SPENT = "This link has expired or was already used. Ask for a new one.";

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MailBanner } from "@/components/messages/mail-banner";
import { MailText } from "@/components/messages/mail-text";
import { describeMailer, NO_MAILER_TEXT } from "@/components/messages/mailer";
import { kindWords, statusWords } from "@/components/messages/message-words";
import { reminderExample } from "@/components/settings/reminder-setting";

// What Manager → Messages says, without a browser: the e2e server always runs with a mail server,
// so the "no mail server" wording is checked here.

describe("the mail server banner", () => {
  it("says plainly that nothing is sent without SMTP_URL", () => {
    expect(describeMailer(null)).toEqual({ on: false, text: NO_MAILER_TEXT });
    expect(NO_MAILER_TEXT).toBe("Mail is not set up, so nothing is sent: every message is kept here as the client would see it. Set SMTP_URL to send them.");
    const html = renderToStaticMarkup(createElement(MailBanner, { mailer: describeMailer(null) }));
    expect(html).toContain("Mail is not set up, so nothing is sent");
  });

  it("names the host it sends through, never the user name or password", () => {
    expect(describeMailer("smtp://mailer:s3cret%21@mail.example.com:587")).toEqual({ on: true, text: "Sending through mail.example.com:587" });
    expect(describeMailer("smtps://smtp.example.net")).toEqual({ on: true, text: "Sending through smtp.example.net" });
    expect(describeMailer("not a url with a s3cret").text).toBe("Sending through the mail server");
    expect(renderToStaticMarkup(createElement(MailBanner, { mailer: describeMailer("smtp://u:pw@127.0.0.1:4314") }))).not.toContain("pw");
  });
});

describe("a message's state in words", () => {
  const m = (status: string, extra: Partial<{ attempts: number; lastError: string; sent: string | null }> = {}) => ({ status, attempts: 0, lastError: "", sent: null, ...extra });

  it("reads each state the way the manager would say it", () => {
    expect(statusWords(m("SENT", { sent: "14:32" }), true)).toMatchObject({ label: "Sent at 14:32", tone: "success" });
    expect(statusWords(m("SENT", { sent: "Tue 2 Jun 2026, 09:10" }), true).label).toBe("Sent Tue 2 Jun 2026, 09:10");
    expect(statusWords(m("PENDING"), true)).toMatchObject({ label: "Waiting to send", detail: null });
    expect(statusWords(m("PENDING", { attempts: 2, lastError: "Connection refused" }), true).detail).toBe("Tried 2 times so far. Last error: Connection refused");
    expect(statusWords(m("PENDING"), false)).toMatchObject({ label: "Kept, not sent (no mail server)", tone: "neutral" });
    expect(statusWords(m("SENDING"), true).label).toBe("Sending");
    expect(statusWords(m("STALE"), true).label).toBe("Not sent: the appointment was cancelled or moved");
    expect(statusWords(m("FAILED", { attempts: 8, lastError: "550 No such user" }), true)).toEqual({ label: "Failed after 8 tries", tone: "danger", detail: "550 No such user" });
  });

  it("names every kind", () => {
    expect(["CONFIRMATION", "CHANGED", "REMINDER", "CANCELLATION", "COURSE_RECEIPT", "SIGN_IN"].map(kindWords)).toEqual([
      "Booking confirmation",
      "Booking changed",
      "Reminder",
      "Cancellation",
      "Course receipt",
      "Sign-in link",
    ]);
  });
});

describe("the mail's text", () => {
  it("keeps line breaks, makes links clickable without the full stop, and leaves a masked link as text", () => {
    const html = renderToStaticMarkup(
      createElement(MailText, { text: "Hello Jane,\n\nCancel: https://salon.example/book/cancel/abc123.\nSign in: https://salon.example/book/me/signin/••••" }),
    );
    expect(html).toContain('<a href="https://salon.example/book/cancel/abc123" target="_blank" rel="noopener noreferrer"');
    expect(html).toContain("abc123</a>.");
    expect(html).not.toContain('href="https://salon.example/book/me/signin');
    expect(html).toContain("whitespace-pre-wrap");
  });
});

describe("the reminder setting's example", () => {
  it("works out when a Friday 14:30 booking's reminder goes", () => {
    expect(reminderExample(24)).toBe("A client booked for Friday at 14:30 gets their reminder on Thursday at 14:30.");
    expect(reminderExample(2)).toBe("A client booked for Friday at 14:30 gets their reminder the same day at 12:30.");
    expect(reminderExample(168)).toBe("A client booked for Friday at 14:30 gets their reminder on the Friday before at 14:30.");
    expect(reminderExample(0)).toMatch(/^No reminders are sent/);
  });
});

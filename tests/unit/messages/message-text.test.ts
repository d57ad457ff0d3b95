import { describe, expect, it } from "vitest";
import { appointmentMessage, type AppointmentFacts } from "@/lib/messages/appointment-text";
import { isPermanentRefusal, describeError, retryDelayMs } from "@/lib/messages/backoff";
import { courseReceiptMessage } from "@/lib/messages/course-receipt-text";
import { signInMessage } from "@/lib/messages/sign-in-text";
import { scrubSignInToken } from "@/lib/messages/stale";
import { detailLines, duration, localWhen } from "@/lib/messages/wording";

// What a client reads: the salon's name, the appointment's local time (summer time too), the cancel
// link where it applies and the late-cancellation rule as it applies to their booking.

const salon = {
  name: "Bloom Salon",
  timezone: "Europe/London",
  address: "12 High Street, Bath",
  phone: "01225 000000",
  currency: "GBP",
  lateCancelHours: 24,
  lateCancelPolicy: "FORFEIT" as const,
};
const now = new Date("2026-06-01T08:00:00Z");
const facts: AppointmentFacts = {
  salon,
  clientFirstName: "Jane",
  serviceName: "Cut and blow-dry",
  stylistName: "Grace Bennett",
  // 13:30 UTC in June is 14:30 in London (British Summer Time).
  startsAt: new Date("2026-06-04T13:30:00Z"),
  minutes: 45,
  priceMinor: 4500,
  courseName: null,
  cancelUrl: "https://book.salon.example/book/cancel/abcdefghijklmnopqrstuvwx",
  bookUrl: "https://book.salon.example/book",
};

describe("local times", () => {
  it("reads the salon's wall clock, winter and summer, with the year only when it is not this year's", () => {
    expect(localWhen(new Date("2026-06-04T13:30:00Z"), "Europe/London", now)).toBe("Thursday 4 June at 14:30");
    expect(localWhen(new Date("2026-12-10T14:30:00Z"), "Europe/London", now)).toBe("Thursday 10 December at 14:30");
    expect(localWhen(new Date("2027-01-07T09:00:00Z"), "Europe/London", now)).toBe("Thursday 7 January 2027 at 09:00");
    expect(localWhen(new Date("2026-06-04T13:30:00Z"), "America/New_York", now)).toBe("Thursday 4 June at 09:30");
  });

  it("says lengths in words", () => {
    expect([duration(45), duration(60), duration(90), duration(125)]).toEqual(["45 minutes", "1 hour", "1 hour 30 minutes", "2 hours 5 minutes"]);
  });

  it("lines up the details, an empty label continuing the row above", () => {
    expect(detailLines([["What", "Facial"], ["", "and more"], ["Paid by", "card"]])).toBe("  What:    Facial\n           and more\n  Paid by: card");
  });
});

describe("appointment emails", () => {
  it("a confirmation names the salon, the local time, the stylist by first name, the price and the cancel link", () => {
    const { subject, text } = appointmentMessage("CONFIRMATION", facts, now);
    expect(subject).toBe("Booked: Cut and blow-dry at Bloom Salon, Thursday 4 June at 14:30");
    expect(text).toContain("Hello Jane,");
    expect(text).toContain("Your appointment at Bloom Salon is booked.");
    expect(text).toMatch(/When: +Thursday 4 June at 14:30/);
    expect(text).toMatch(/With: +Grace\n/);
    expect(text).toMatch(/Price: +£45\.00/);
    expect(text).toMatch(/Where: +12 High Street, Bath/);
    expect(text).toContain("Can't come? Please cancel at least 24 hours before: https://book.salon.example/book/cancel/abcdefghijklmnopqrstuvwx");
    expect(text).not.toContain("used up");
    expect(text).toContain("Bloom Salon\n12 High Street, Bath · 01225 000000");
  });

  it("a course session says which course pays, and that a late cancellation uses it up when the salon's policy says so", () => {
    const { text } = appointmentMessage("REMINDER", { ...facts, courseName: "6 × Cut" }, now);
    expect(text).toContain("A reminder of your appointment at Bloom Salon.");
    expect(text).toMatch(/Paid by: +your course 6 × Cut/);
    expect(text).not.toContain("£45.00");
    expect(text).toContain("A course session cancelled later than that is used up, under the salon's policy.");
    const returned = appointmentMessage("CONFIRMATION", { ...facts, courseName: "6 × Cut", salon: { ...salon, lateCancelPolicy: "RETURN" } }, now).text;
    expect(returned).not.toContain("used up");
    const noNotice = appointmentMessage("CONFIRMATION", { ...facts, salon: { ...salon, lateCancelHours: 0 } }, now).text;
    expect(noNotice).toContain("Can't come? Please cancel: https://book.salon.example/book/cancel/");
    expect(appointmentMessage("CONFIRMATION", { ...facts, cancelUrl: null }, now).text).toContain("If you can't come, please let us know at least 24 hours before.");
  });

  it("inside the notice period asks to cancel as soon as possible, and says a course session would be used up", () => {
    const tomorrow = new Date(+facts.startsAt - 20 * 3_600_000);
    const single = appointmentMessage("REMINDER", facts, tomorrow).text;
    expect(single).toContain("Can't come? Please cancel as soon as you can: https://book.salon.example/book/cancel/");
    expect(single).not.toContain("at least 24 hours");
    const course = appointmentMessage("REMINDER", { ...facts, courseName: "6 × Cut" }, tomorrow).text;
    expect(course).toContain("As it is less than 24 hours away, cancelling now uses up the session from your course, under the salon's policy.");
  });

  it("a change gives the new details; a cancellation has no cancel link and says what became of a course session", () => {
    expect(appointmentMessage("CHANGED", facts, now).subject).toBe("Changed: Cut and blow-dry at Bloom Salon, now Thursday 4 June at 14:30");
    const cancelled = appointmentMessage("CANCELLATION", { ...facts, cancelUrl: null, courseName: "6 × Cut" }, now);
    expect(cancelled.subject).toBe("Cancelled: Cut and blow-dry at Bloom Salon, Thursday 4 June at 14:30");
    expect(cancelled.text).toContain("Your appointment at Bloom Salon has been cancelled.");
    expect(cancelled.text).toContain("The session has gone back to your course 6 × Cut.");
    expect(cancelled.text).not.toContain("/book/cancel/");
    expect(cancelled.text).toContain("To book again: https://book.salon.example/book");
    const forfeited = appointmentMessage("CANCELLATION", { ...facts, cancelUrl: null, courseName: "6 × Cut", forfeited: true }, now).text;
    expect(forfeited).toContain("less than 24 hours before, the session from your course 6 × Cut is used up");
    const bySalon = appointmentMessage("CANCELLATION", { ...facts, cancelUrl: null, cancelledBySalon: true }, now).text;
    expect(bySalon).toContain("We are sorry: Bloom Salon has had to cancel your appointment.");
    expect(bySalon).toContain("There is nothing to pay.");
  });
});

describe("course receipts and sign-in links", () => {
  it("a receipt lists what the course holds, what was paid and how, when it was bought and until when it is valid", () => {
    const { subject, text } = courseReceiptMessage({
      salon,
      clientFirstName: "Jane",
      courseName: "3 × Facial + 2 × Back massage",
      unit: "SESSIONS",
      lines: [
        { serviceName: "Facial", quantity: 3 },
        { serviceName: "Back massage", quantity: 2 },
      ],
      pricePaidMinor: 13_000,
      paymentMethod: "CARD",
      purchasedOn: "2026-06-01",
      expiresOn: "2026-11-30",
      validityMonths: 6,
      validityFrom: "PURCHASE",
      saleId: 42,
      clientPageUrl: "https://book.salon.example/book/me",
    });
    expect(subject).toBe("Your receipt from Bloom Salon: 3 × Facial + 2 × Back massage");
    expect(text).toMatch(/Includes: +3 sessions of Facial\n +2 sessions of Back massage/);
    expect(text).toMatch(/Paid: +£130\.00 \(card\)/);
    expect(text).toMatch(/Bought on: +Monday 1 June 2026/);
    expect(text).toMatch(/Valid: +until Monday 30 November 2026/);
    expect(text).toMatch(/Receipt no\.: +42/);
    expect(text).toContain("https://book.salon.example/book/me");
  });

  it("a minutes course valid from its first session says so", () => {
    const { text } = courseReceiptMessage({
      salon,
      clientFirstName: "Tom",
      courseName: "300 minutes of massage",
      unit: "MINUTES",
      lines: [{ serviceName: "Back massage", quantity: 300 }],
      pricePaidMinor: 30_000,
      paymentMethod: "CASH",
      purchasedOn: "2026-06-01",
      expiresOn: null,
      validityMonths: 12,
      validityFrom: "FIRST_USE",
      saleId: null,
      clientPageUrl: "http://localhost:3000/book/me",
    });
    expect(text).toMatch(/Includes: +300 minutes of Back massage/);
    expect(text).toMatch(/Valid: +12 months from your first session/);
    expect(text).toMatch(/\(cash\)/);
  });

  it("a sign-in email holds the link, says it works once for 30 minutes, and loses its token once used", () => {
    const link = "https://book.salon.example/book/me/signin/Zm9vYmFyYmF6cXV4cXV1eA";
    const { subject, text } = signInMessage({ salon, clientFirstName: "Jane", link });
    expect(subject).toBe("Your link to your courses and bookings at Bloom Salon");
    expect(text).toContain(link);
    expect(text).toContain("It works once, for 30 minutes.");
    expect(text).toContain("If you did not ask for it, you can ignore this email");
    expect(scrubSignInToken(text)).toContain("https://book.salon.example/book/me/signin/••••");
    expect(scrubSignInToken(text)).not.toContain("Zm9vYmFy");
  });
});

describe("retries", () => {
  it("back off from 30 seconds, doubling, to at most an hour, spread by ±10%", () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 8, 20].map((n) => retryDelayMs(n, mid))).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
    expect(retryDelayMs(1, () => 0)).toBe(27_000);
    expect(retryDelayMs(1, () => 1)).toBe(33_000);
  });

  it("give up at once only on a refused recipient; keep the server's words without credentials", () => {
    expect(isPermanentRefusal({ responseCode: 550, command: "RCPT TO" })).toBe(true);
    expect(isPermanentRefusal({ responseCode: 451, command: "DATA" })).toBe(false);
    expect(isPermanentRefusal({ responseCode: 535, command: "AUTH PLAIN" })).toBe(false);
    expect(isPermanentRefusal(new Error("connect ECONNREFUSED"))).toBe(false);
    expect(describeError(new Error("Invalid login for smtps://bookings:secret@mail.example.com"))).not.toContain("secret");
  });
});

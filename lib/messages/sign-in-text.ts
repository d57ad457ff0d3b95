import { SIGN_IN_LINK_MINUTES } from "./kinds";
import { greeting, paragraphs, signOff, type SalonFacts } from "./wording";

export function signInMessage(f: { salon: SalonFacts; clientFirstName: string; link: string }): { subject: string; text: string } {
  return {
    subject: `Your link to your courses and bookings at ${f.salon.name}`,
    text: paragraphs([
      greeting(f.clientFirstName),
      `Here is your link to see your courses and bookings at ${f.salon.name}:`,
      f.link,
      `It works once, for ${SIGN_IN_LINK_MINUTES} minutes.`,
      "If you did not ask for it, you can ignore this email: nobody can sign in without the link.",
      signOff(f.salon),
    ]),
  };
}

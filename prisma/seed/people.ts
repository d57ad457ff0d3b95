/** The demo salon's 200 clients: names, emails and phone numbers made up from fixed lists. */
import type { Rng } from "./random";

const FIRST_NAMES = [
  "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia",
  "Grace", "Freya", "Willow", "Emily", "Poppy", "Ella", "Evie", "Charlotte", "Florence", "Daisy",
  "Sienna", "Phoebe", "Harper", "Matilda", "Ruby", "Alice", "Elsie", "Imogen", "Harriet", "Lucy",
  "Chloe", "Jessica", "Hannah", "Megan", "Lauren", "Zara", "Aisha", "Priya", "Niamh", "Eleanor",
  "Beatrice", "Holly", "Katie", "Rachel", "Gemma", "Laura", "Sarah", "Claire", "Joanne", "Nicola",
  "James", "Oliver", "Harry", "George", "Thomas", "Samuel", "Daniel", "Ethan", "Noah", "Callum",
];

const LAST_NAMES = [
  "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
  "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
  "Clarke", "Hughes", "Edwards", "Turner", "Hill", "Cooper", "Ward", "Morris", "Harris", "King",
  "Baker", "Lewis", "Martin", "Moore", "Allen", "Mitchell", "Khan", "Bell", "Shaw", "Lloyd",
  "Kelly", "Murphy", "O'Brien", "Campbell", "Stewart", "Fletcher", "Chapman", "Russell", "Hussain", "Begum",
];

const DOMAINS = ["example.com", "example.co.uk", "example.org", "example.net"];

const NOTES = [
  "Allergic to nuts: check facial products.",
  "Latex allergy: nitrile gloves only.",
  "Sensitive scalp; patch test before any colour.",
  "Patch test done for tints; fine.",
  "Prefers a quiet appointment, no chat.",
  "Bring-your-own polish for pedicures.",
  "Prefers afternoon appointments.",
  "Hard of hearing; please face her when speaking.",
  "Likes her coffee black, no sugar.",
  "Always books with Amelia.",
  "Eczema on hands; fragrance-free products.",
  "Runs late; call the day before.",
];

export type ClientSeed = { firstName: string; lastName: string; email?: string; phone: string; notes?: string; alert?: string };

/** Notes every desk must see before serving the client: they become the card's alert too. */
const ALERTS: Record<string, string> = {
  "Allergic to nuts: check facial products.": "Nut allergy",
  "Latex allergy: nitrile gloves only.": "Latex allergy: nitrile gloves only",
  "Prefers a quiet appointment, no chat.": "Prefers no small talk",
  "Eczema on hands; fragrance-free products.": "Eczema: fragrance-free products",
};

export function buildClients(rng: Rng, count: number): ClientSeed[] {
  const pairs = rng.shuffle(FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => [first, last] as const))).slice(0, count);
  // Ofcom's drama range 07700 900000–900999: real-looking numbers that reach no one.
  const phones = rng.shuffle(Array.from({ length: 1000 }, (_, i) => `+447700900${String(i).padStart(3, "0")}`));
  const emails = new Set<string>();
  const notes = rng.shuffle(NOTES);
  return pairs.map(([firstName, lastName], i) => {
    const client: ClientSeed = { firstName, lastName, phone: phones[i] };
    if (i % 13 !== 7) {
      const base = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
      let email = `${base}@${rng.pick(DOMAINS)}`;
      for (let n = 2; emails.has(email); n++) email = `${base}${n}@${rng.pick(DOMAINS)}`;
      emails.add(email);
      client.email = email;
    }
    if (i % 17 === 3 && notes.length > 0) {
      client.notes = notes.pop();
      if (client.notes && ALERTS[client.notes]) client.alert = ALERTS[client.notes];
    }
    return client;
  });
}

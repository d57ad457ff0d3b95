/** The demo salon's team, menu and course templates. Prices in pence, durations in minutes. */

export const DEMO_PASSWORD = "demo-salon-2026";

export type StaffSeed = {
  key: string;
  name: string;
  email?: string;
  role: "MANAGER" | "FRONT_DESK";
  color: string;
  takesAppointments: boolean;
  /** Service categories they do… */
  skills: string[];
  /** …except these services (keys): men's cuts are the barber's. */
  except?: string[];
  /** Their own length for a service (minutes), where it is not the menu's: a junior colours slower. */
  ownMinutes?: Record<string, number>;
  /** Weekdays they work (1 = Monday … 6 = Saturday); the rest are days off. */
  days: number[];
  /** Lunch break on every working day, [start, end) in minutes. */
  lunch?: [number, number];
  /** Other hours than the salon's on a weekday: weekday → [start, end) in minutes. */
  hours?: Partial<Record<number, [number, number]>>;
};

const H = (hours: number, minutes = 0) => hours * 60 + minutes;

export const STAFF: StaffSeed[] = [
  { key: "sophie", name: "Sophie Turner", email: "manager@demo.salon", role: "MANAGER", color: "#7c3aed", takesAppointments: true, skills: ["Hair", "Colour"], except: ["mensCut"], days: [1, 2, 3, 4, 5] },
  {
    key: "amelia",
    name: "Amelia Hughes",
    role: "FRONT_DESK",
    color: "#db2777",
    takesAppointments: true,
    skills: ["Hair", "Colour"],
    except: ["mensCut"],
    ownMinutes: { fullColour: 120, highlights: 150 },
    days: [2, 3, 4, 5, 6],
  },
  { key: "jack", name: "Jack Morgan", role: "FRONT_DESK", color: "#2563eb", takesAppointments: true, skills: ["Hair"], days: [1, 3, 4, 5, 6], lunch: [H(13), H(14)] },
  { key: "priya", name: "Priya Shah", role: "FRONT_DESK", color: "#0d9488", takesAppointments: true, skills: ["Skin", "Laser", "Brows & Lashes"], days: [1, 2, 3, 5, 6], lunch: [H(13), H(13, 30)] },
  { key: "grace", name: "Grace Bennett", role: "FRONT_DESK", color: "#d97706", takesAppointments: true, skills: ["Laser", "Skin"], days: [1, 2, 4, 5, 6] },
  { key: "chloe", name: "Chloe Evans", role: "FRONT_DESK", color: "#65a30d", takesAppointments: true, skills: ["Nails", "Brows & Lashes"], days: [2, 3, 4, 5, 6], hours: { 3: [H(11), H(19)] } },
  { key: "daniel", name: "Daniel Price", role: "FRONT_DESK", color: "#475569", takesAppointments: true, skills: ["Massage"], days: [1, 2, 3, 4, 6], lunch: [H(12, 30), H(13)] },
  { key: "olivia", name: "Olivia Reed", email: "frontdesk@demo.salon", role: "FRONT_DESK", color: "#a16207", takesAppointments: false, skills: [], days: [1, 2, 3, 4, 5, 6] },
];

export const CATEGORIES = ["Hair", "Colour", "Nails", "Skin", "Laser", "Massage", "Brows & Lashes"] as const;

export type ServiceSeed = {
  key: string;
  name: string;
  category: (typeof CATEGORIES)[number];
  minutes: number;
  price: number;
  online?: boolean;
  active?: boolean;
  /** How often it is booked, relative to the other services of its staff. */
  weight: number;
};

export const SERVICES: ServiceSeed[] = [
  { key: "cut", name: "Women's cut & finish", category: "Hair", minutes: 60, price: 5800, weight: 5 },
  { key: "mensCut", name: "Men's cut", category: "Hair", minutes: 30, price: 2800, weight: 4 },
  { key: "blowDry", name: "Blow-dry", category: "Hair", minutes: 45, price: 3500, weight: 4 },
  { key: "bridalTrial", name: "Bridal hair trial", category: "Hair", minutes: 90, price: 9500, online: false, weight: 1 },
  { key: "fullColour", name: "Full head colour", category: "Colour", minutes: 90, price: 8900, weight: 2 },
  { key: "highlights", name: "Half head highlights", category: "Colour", minutes: 120, price: 11000, weight: 2 },
  { key: "rootTint", name: "Root tint", category: "Colour", minutes: 60, price: 5800, weight: 3 },
  { key: "balayage", name: "Balayage", category: "Colour", minutes: 120, price: 14500, online: false, weight: 1 },
  { key: "gelMani", name: "Gel manicure", category: "Nails", minutes: 45, price: 3200, weight: 5 },
  { key: "gelPedi", name: "Gel pedicure", category: "Nails", minutes: 60, price: 3800, weight: 3 },
  { key: "classicMani", name: "Classic manicure", category: "Nails", minutes: 30, price: 2200, weight: 2 },
  { key: "facial", name: "Signature facial", category: "Skin", minutes: 60, price: 6500, weight: 3 },
  { key: "expressFacial", name: "Express facial", category: "Skin", minutes: 30, price: 3800, weight: 3 },
  { key: "microderm", name: "Microdermabrasion", category: "Skin", minutes: 45, price: 6000, weight: 1 },
  { key: "peel", name: "Chemical peel", category: "Skin", minutes: 45, price: 7500, online: false, weight: 1 },
  { key: "underarm", name: "Laser underarm", category: "Laser", minutes: 15, price: 4500, weight: 3 },
  { key: "legs", name: "Laser full legs", category: "Laser", minutes: 60, price: 15000, online: false, weight: 2 },
  { key: "lip", name: "Laser upper lip", category: "Laser", minutes: 15, price: 3000, weight: 3 },
  { key: "bikini", name: "Laser bikini line", category: "Laser", minutes: 30, price: 7000, weight: 2 },
  { key: "backMassage", name: "Back massage", category: "Massage", minutes: 30, price: 4200, weight: 3 },
  { key: "sportsMassage", name: "Sports massage", category: "Massage", minutes: 60, price: 6500, weight: 3 },
  { key: "hotStone", name: "Hot stone massage", category: "Massage", minutes: 90, price: 8500, weight: 2 },
  { key: "brows", name: "Brow shape & tint", category: "Brows & Lashes", minutes: 30, price: 2500, weight: 4 },
  { key: "lashLift", name: "Lash lift & tint", category: "Brows & Lashes", minutes: 45, price: 4800, weight: 3 },
  { key: "lashExtensions", name: "Classic lash extensions", category: "Brows & Lashes", minutes: 90, price: 7500, active: false, weight: 0 },
];

/** The services a staff member does (keys, menu order). */
export function servicesOf(staff: Pick<StaffSeed, "skills" | "except" | "takesAppointments">): ServiceSeed[] {
  if (!staff.takesAppointments) return [];
  return SERVICES.filter((s) => staff.skills.includes(s.category) && !staff.except?.includes(s.key));
}

/** The kind of room a category's treatments need: laser in the laser room, skin and massage on a couch. */
export const ROOM_KIND: Partial<Record<(typeof CATEGORIES)[number], string>> = {
  Laser: "Laser room",
  Skin: "Treatment room",
  Massage: "Treatment room",
};

/** The demo salon's rooms, in the order the app offers them. */
export const ROOMS = [
  { name: "Laser room", kind: "Laser room" },
  { name: "Treatment room 1", kind: "Treatment room" },
  { name: "Treatment room 2", kind: "Treatment room" },
];

export type TemplateSeed = {
  key: string;
  name: string;
  unit?: "SESSIONS" | "MINUTES";
  lines: { service: string; quantity: number }[];
  price: number;
  validityMonths: number | null;
  validityFrom?: "PURCHASE" | "FIRST_USE";
  active?: boolean;
};

export const TEMPLATES: TemplateSeed[] = [
  { key: "underarm6", name: "6 × Laser underarm", lines: [{ service: "underarm", quantity: 6 }], price: 19900, validityMonths: 12 },
  { key: "legs6", name: "6 × Laser full legs", lines: [{ service: "legs", quantity: 6 }], price: 67500, validityMonths: 12 },
  { key: "lip6", name: "6 × Laser upper lip", lines: [{ service: "lip", quantity: 6 }], price: 13500, validityMonths: 12 },
  { key: "bikini8", name: "8 × Laser bikini line", lines: [{ service: "bikini", quantity: 8 }], price: 42000, validityMonths: 12 },
  { key: "facial6", name: "6 × Signature facial", lines: [{ service: "facial", quantity: 6 }], price: 31500, validityMonths: 12 },
  {
    key: "facialMassage",
    name: "3 × Signature facial + 2 × Back massage",
    lines: [
      { service: "facial", quantity: 3 },
      { service: "backMassage", quantity: 2 },
    ],
    price: 22500,
    validityMonths: 12,
  },
  { key: "sports300", name: "300 minutes of Sports massage", unit: "MINUTES", lines: [{ service: "sportsMassage", quantity: 300 }], price: 26000, validityMonths: 12 },
  { key: "blowDry5", name: "5 × Blow-dry", lines: [{ service: "blowDry", quantity: 5 }], price: 14000, validityMonths: 6, validityFrom: "FIRST_USE" },
  { key: "gelMani6", name: "6 × Gel manicure", lines: [{ service: "gelMani", quantity: 6 }], price: 15500, validityMonths: 12 },
  {
    key: "pamper",
    name: "Pamper package: 2 × Gel manicure + 2 × Gel pedicure + Express facial",
    lines: [
      { service: "gelMani", quantity: 2 },
      { service: "gelPedi", quantity: 2 },
      { service: "expressFacial", quantity: 1 },
    ],
    price: 13900,
    validityMonths: 12,
  },
  {
    key: "browLash",
    name: "3 × Brow shape & tint + 3 × Lash lift & tint",
    lines: [
      { service: "brows", quantity: 3 },
      { service: "lashLift", quantity: 3 },
    ],
    price: 16900,
    validityMonths: 12,
    validityFrom: "FIRST_USE",
  },
  { key: "back10", name: "10 × Back massage", lines: [{ service: "backMassage", quantity: 10 }], price: 31500, validityMonths: null },
  { key: "rootTint6", name: "6 × Root tint", lines: [{ service: "rootTint", quantity: 6 }], price: 27900, validityMonths: 12 },
  { key: "hotStone3", name: "3 × Hot stone massage", lines: [{ service: "hotStone", quantity: 3 }], price: 21000, validityMonths: 12 },
  { key: "microderm6", name: "6 × Microdermabrasion", lines: [{ service: "microderm", quantity: 6 }], price: 27000, validityMonths: 12, active: false },
];

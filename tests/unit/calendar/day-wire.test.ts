import { describe, expect, it } from "vitest";
import { packDay, unpackDay } from "@/lib/calendar/day-wire";
import type { CalendarDay } from "@/lib/calendar/load-day";

const day: CalendarDay = {
  date: "2026-06-03",
  timezone: "Europe/London",
  salonName: "Willow & Rose",
  patchTestValidMonths: 6,
  hours: { opensAtMin: 540, closesAtMin: 1140 },
  staff: [
    { id: 3, name: "Anna Price", color: "#7c3aed", spans: [{ start: 540, end: 780 }, { start: 840, end: 1080 }], note: "", noServices: false },
    { id: 4, name: "Ben Cole", color: "#2563eb", spans: [], note: "Holiday", noServices: true },
  ],
  appointments: [
    { id: 7, staffId: 3, clientName: "Jane Doe", serviceName: "Laser underarm", startMin: 615, endMin: 645, status: "BOOKED", source: "ONLINE", isCourse: true, alert: "Allergic to latex", note: "", room: "Laser room", bookedAnyway: "" },
    { id: 9, staffId: 3, clientName: "Tom O'Hill", serviceName: "Cut, wash & blow-dry", startMin: 700, endMin: 760, status: "NO_SHOW", source: "DESK", isCourse: false, alert: "", note: "Bring the long towels", room: "", bookedAnyway: "Ben Cole is not working on Wednesday 3 June 2026." },
  ],
};

describe("the calendar day on the wire", () => {
  it("comes back exactly as it went", () => {
    expect(unpackDay(packDay(day))).toEqual(day);
  });

  it("is much smaller than the objects it stands for, and leaves off the empty texts at the end", () => {
    const packed = packDay(day).appointments;
    expect(packed.length).toBeLessThan(JSON.stringify(day.appointments).length * 0.6);
    const plain = { ...day.appointments[1], alert: "", note: "", room: "", bookedAnyway: "" };
    expect(JSON.parse(packDay({ ...day, appointments: [plain] }).appointments)).toEqual([[9, 3, 700, 760, "NO_SHOW", "DESK", 0, "Tom O'Hill", "Cut, wash & blow-dry"]]);
    expect(unpackDay(packDay({ ...day, appointments: [plain] })).appointments).toEqual([plain]);
  });

  it("keeps an empty text that comes before one that is not", () => {
    const roomOnly = { ...day.appointments[0], alert: "", note: "" };
    expect(unpackDay(packDay({ ...day, appointments: [roomOnly] })).appointments).toEqual([roomOnly]);
  });
});

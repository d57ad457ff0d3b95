/**
 * Calendar colours: a small fixed palette, each dark enough to stand out against white (3:1 or more)
 * and distinct from its neighbours, so staff columns and dots read at a glance. It includes the
 * colours the demo seed uses.
 */
export const CALENDAR_COLOURS = [
  { value: "#7c3aed", name: "Violet" },
  { value: "#4f46e5", name: "Indigo" },
  { value: "#2563eb", name: "Blue" },
  { value: "#0e7490", name: "Cyan" },
  { value: "#0d9488", name: "Teal" },
  { value: "#15803d", name: "Green" },
  { value: "#65a30d", name: "Lime" },
  { value: "#a16207", name: "Ochre" },
  { value: "#d97706", name: "Amber" },
  { value: "#dc2626", name: "Red" },
  { value: "#db2777", name: "Pink" },
  { value: "#475569", name: "Slate" },
] as const;

export const DEFAULT_CALENDAR_COLOUR = CALENDAR_COLOURS[0].value;

export function isPaletteColour(value: string): boolean {
  return CALENDAR_COLOURS.some((c) => c.value === value.toLowerCase());
}

/** "Violet", or "Custom colour #123456" for one set before the palette existed. */
export function colourName(value: string): string {
  return CALENDAR_COLOURS.find((c) => c.value === value.toLowerCase())?.name ?? `Custom colour ${value}`;
}

"use client";

import { useEffect, useState } from "react";

export type SalonNow = { date: string; minutes: number };

/** Today's date and the minutes after midnight in the salon's timezone, from the browser's clock. */
export function salonNow(timezone: string, at = new Date()): SalonNow {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}

/**
 * The salon's "now", starting from what the server rendered (so hydration matches) and then ticking
 * on the client at each minute boundary.
 */
export function useSalonNow(timezone: string, initial: SalonNow): SalonNow {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const next = salonNow(timezone);
      setNow((prev) => (prev.date === next.date && prev.minutes === next.minutes ? prev : next));
      timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
    };
    tick();
    return () => clearTimeout(timer);
  }, [timezone]);
  return now;
}

"use client";

import { useCallback, useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from "react";

const NAV = "[data-nav]";

function num(el: HTMLElement, key: "col" | "start" | "end"): number {
  return Number(el.dataset[key]);
}

function focusItem(el: HTMLElement | undefined) {
  if (!el) return false;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: "nearest", inline: "nearest" });
  return true;
}

/** The item of a column at `start`, else the nearest to it. */
function atTime(list: HTMLElement[], start: number): HTMLElement | undefined {
  return (
    list.find((i) => num(i, "start") <= start && start < num(i, "end")) ??
    list.reduce<HTMLElement | undefined>((best, i) => (!best || Math.abs(num(i, "start") - start) < Math.abs(num(best, "start") - start) ? i : best), undefined)
  );
}

/**
 * A neighbouring column whose slot buttons are not drawn yet (they are drawn for columns near the
 * view, once a scroll has been measured): scrolled into view, then focused at the same time as soon
 * as its buttons arrive, a few frames later. Without this a quick key press is lost.
 */
function reachColumn(scroller: HTMLElement, col: number, start: number) {
  const column = scroller.querySelectorAll<HTMLElement>("[data-staff-col]")[col];
  if (!column) return;
  column.scrollIntoView({ block: "nearest", inline: "nearest" });
  let frames = 30;
  const tryFocus = () => {
    const found = atTime(Array.from(scroller.querySelectorAll<HTMLElement>(NAV)).filter((i) => num(i, "col") === col), start);
    if (found) focusItem(found);
    else if (--frames > 0) requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}

/**
 * The grid is one Tab stop (a roving tabindex over slots and appointments, in time order per column);
 * arrow keys move within it: up / down through a staff member's day, left / right to the same time in
 * the next column, Page Up / Down by an hour, Home / End to the start / end of the day.
 * `entryMinute` picks where Tab enters when nothing there has been focused yet (now, or opening time).
 */
export function useGridKeys(scrollerRef: RefObject<HTMLDivElement | null>, entryMinute: number) {
  // Until someone moves in the grid, the Tab stop follows `entryMinute`: the slot buttons arrive
  // after the first render, so the entry is picked again each render. Afterwards, make sure exactly
  // one item is still reachable with Tab (the focused one may have gone).
  const movedRef = useRef(false);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const current = scroller.querySelector<HTMLElement>(`${NAV}[tabindex="0"]`);
    if (current && movedRef.current) return;
    const items = Array.from(scroller.querySelectorAll<HTMLElement>(NAV)).filter((el) => num(el, "col") === 0);
    const entry = items.find((el) => num(el, "end") > entryMinute) ?? items[0] ?? scroller.querySelector<HTMLElement>(NAV);
    if (entry === current) return;
    if (current) current.tabIndex = -1;
    if (entry) entry.tabIndex = 0;
  });

  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const el = event.target as HTMLElement;
      if (!el.matches(NAV)) return;
      movedRef.current = true;
      for (const other of scrollerRef.current?.querySelectorAll<HTMLElement>(`${NAV}[tabindex="0"]`) ?? []) {
        if (other !== el) other.tabIndex = -1;
      }
      el.tabIndex = 0;
    },
    [scrollerRef],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const el = event.target as HTMLElement;
      const scroller = scrollerRef.current;
      if (!scroller || !el.matches(NAV) || event.altKey || event.ctrlKey || event.metaKey) return;
      const items = Array.from(scroller.querySelectorAll<HTMLElement>(NAV));
      const col = num(el, "col");
      const start = num(el, "start");
      const column = (c: number) => items.filter((i) => num(i, "col") === c);
      const here = column(col);
      const index = here.indexOf(el);
      const across = (c: number) => atTime(column(c), start);
      let target: HTMLElement | undefined;
      let notDrawn: number | undefined;
      switch (event.key) {
        case "ArrowDown":
          target = here[index + 1];
          break;
        case "ArrowUp":
          target = here[index - 1];
          break;
        case "ArrowRight":
          target = across(col + 1);
          if (!target) notDrawn = col + 1;
          break;
        case "ArrowLeft":
          target = across(col - 1);
          if (!target && col > 0) notDrawn = col - 1;
          break;
        case "PageDown":
          target = here.find((i) => num(i, "start") >= start + 60) ?? here.at(-1);
          break;
        case "PageUp":
          target = [...here].reverse().find((i) => num(i, "start") <= start - 60) ?? here[0];
          break;
        case "Home":
          target = here[0];
          break;
        case "End":
          target = here.at(-1);
          break;
        default:
          return;
      }
      event.preventDefault();
      if (target) focusItem(target);
      else if (notDrawn !== undefined) reachColumn(scroller, notDrawn, start);
    },
    [scrollerRef],
  );

  return { onFocus, onKeyDown };
}

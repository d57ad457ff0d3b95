"use client";

import { useLayoutEffect, useState, type RefObject } from "react";

/** First and last staff column (0-based) at least partly in view. */
export type ColumnWindow = { first: number; last: number };

/**
 * Which staff columns are in view, as the board scrolls or resizes. Null until
 * measured in the browser (the server draws no slot buttons). All staff columns share one width
 * (the grid's minmax(…, 1fr)), so this is arithmetic on the scroll box, not one observer per column.
 */
export function useColumnsInView(
  scrollerRef: RefObject<HTMLDivElement | null>,
  timeColumnRef: RefObject<HTMLDivElement | null>,
  columns: number,
): ColumnWindow | null {
  const [inView, setInView] = useState<ColumnWindow | null>(null);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    const timeColumn = timeColumnRef.current;
    const grid = timeColumn?.parentElement;
    if (!scroller || !timeColumn || !grid || columns === 0) return;

    const measure = () => {
      const timePx = timeColumn.offsetWidth;
      const columnPx = Math.max(1, (grid.scrollWidth - timePx) / columns);
      const first = Math.floor(scroller.scrollLeft / columnPx);
      const last = Math.floor((scroller.scrollLeft + Math.max(0, scroller.clientWidth - timePx) - 1) / columnPx);
      const inView = { first: Math.min(first, columns - 1), last: Math.min(Math.max(first, last), columns - 1) };
      setInView((w) => (w && w.first === inView.first && w.last === inView.last ? w : inView));
    };
    measure();

    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    scroller.addEventListener("scroll", onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(scroller);
    return () => {
      scroller.removeEventListener("scroll", onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scrollerRef, timeColumnRef, columns]);

  return inView;
}

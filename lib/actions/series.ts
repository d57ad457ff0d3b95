"use server";

import { bookSeries } from "@/lib/appointments/book-series";
import { checkSeries, proposeSeries } from "@/lib/appointments/propose-series";
import { seriesBookSchema, seriesCheckSchema, seriesPlanSchema, seriesStartSchema } from "@/lib/appointments/series-input";
import { seriesStart } from "@/lib/appointments/series-start";
import { defineAction } from "./define-action";

/** "Book the remaining sessions" from a course in the drawer: start, propose, check again, book. Front desk and managers. */

export const seriesStartAction = defineAction({ role: "FRONT_DESK", schema: seriesStartSchema }, (input, { tx, op }) => seriesStart(tx, input, op.now));

export const proposeSeriesAction = defineAction({ role: "FRONT_DESK", schema: seriesPlanSchema }, (plan, { tx, op }) => proposeSeries(tx, plan, op.now));

/** The rows as the desk adjusted them (a next free time used, a date or time changed, one left out). */
export const checkSeriesAction = defineAction({ role: "FRONT_DESK", schema: seriesCheckSchema }, (input, { tx, op }) => checkSeries(tx, input, op.now));

/** All of them in one transaction, or none. */
export const bookSeriesAction = defineAction({ role: "FRONT_DESK", schema: seriesBookSchema, revalidate: ["/calendar"], write: true }, (input, { tx, op }) =>
  bookSeries(tx, input, op),
);

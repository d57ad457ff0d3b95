// Run as a separate process by series.test.ts (through tests/helpers/race-processes.ts): one desk
// booking a whole series of course sessions.
import { bookSeries } from "@/lib/appointments/book-series";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { runRaceWorker } from "../../helpers/race-processes";

export type SeriesJob = { lineId: number; rows: { date: string; startMin: number; staffId: number }[]; staffCtx: number; now: string };

void runRaceWorker<SeriesJob>((job) => inTransaction((tx) => bookSeries(tx, { lineId: job.lineId, rows: job.rows }, opContext(job.staffCtx, new Date(job.now)))));

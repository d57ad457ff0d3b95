// Run as a separate process by race-processes.test.ts (tests/helpers/race-processes.ts): one client's online booking.
import { inTransaction } from "@/lib/db";
import { bookOnline, type OnlineBookingInput } from "@/lib/online-booking/book-online";
import { runRaceWorker } from "../../helpers/race-processes";

export type OnlineBookingJob = { serviceId: number; staffId: number; startsAt: string; now: string; client: OnlineBookingInput["client"] };

void runRaceWorker<OnlineBookingJob>((job) =>
  inTransaction((tx) => bookOnline(tx, { serviceId: job.serviceId, staffId: job.staffId, startsAt: new Date(job.startsAt), client: job.client }, new Date(job.now))),
);

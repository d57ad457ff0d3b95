// Run as a separate process by the cross-process race test (tests/helpers/race-processes.ts): books one course session.
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { runRaceWorker } from "./race-processes";

export type CourseBookingJob = { clientId: number; staffId: number; startsAt: string; lineId: number; staffCtx: number };

void runRaceWorker<CourseBookingJob>((job) =>
  inTransaction((tx) =>
    bookAppointment(
      tx,
      { clientId: job.clientId, staffId: job.staffId, startsAt: new Date(job.startsAt), clientCourseLineId: job.lineId },
      opContext(job.staffCtx, new Date("2026-06-01T08:00:00Z")),
    ),
  ),
);

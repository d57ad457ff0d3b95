// Run as a separate process by the cross-process race test: books one course session and prints the outcome.
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { db, inTransaction } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { opContext } from "@/lib/op-context";

const job = JSON.parse(process.env.BOOK ?? "{}");

async function main() {
  // Start together: every worker is warmed up, then waits for the same instant.
  await db.salonSettings.findUnique({ where: { id: 1 } });
  await new Promise((r) => setTimeout(r, Math.max(0, Number(process.env.START_AT) - Date.now())));
  try {
    await inTransaction((tx) =>
      bookAppointment(
        tx,
        { clientId: job.clientId, staffId: job.staffId, startsAt: new Date(job.startsAt), clientCourseLineId: job.lineId },
        opContext(job.staffCtx, new Date("2026-06-01T08:00:00Z")),
      ),
    );
    console.log("WON");
  } catch (error) {
    console.log(isDomainError(error) ? error.code : `ERROR ${String(error)}`);
  } finally {
    await db.$disconnect();
  }
}

void main();

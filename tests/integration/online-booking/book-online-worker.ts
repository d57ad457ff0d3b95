// Run as a separate process by race-processes.test.ts: one client's online booking, printing the outcome.
import { db, inTransaction } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { bookOnline } from "@/lib/online-booking/book-online";

const job = JSON.parse(process.env.BOOK ?? "{}");

async function main() {
  // Start together: every worker is warmed up, then waits for the same instant.
  await db.salonSettings.findUnique({ where: { id: 1 } });
  await new Promise((r) => setTimeout(r, Math.max(0, Number(process.env.START_AT) - Date.now())));
  try {
    await inTransaction((tx) =>
      bookOnline(tx, { serviceId: job.serviceId, staffId: job.staffId, startsAt: new Date(job.startsAt), client: job.client }, new Date(job.now)),
    );
    console.log("WON");
  } catch (error) {
    console.log(isDomainError(error) ? error.code : `ERROR ${String(error)}`);
  } finally {
    await db.$disconnect();
  }
}

void main();

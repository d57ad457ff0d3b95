// Run as a separate process by the sign-in link race (sign-in-link.test.ts): presses Continue once.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { consumeSignInLink } from "@/lib/client-portal/sign-in";
import { runRaceWorker } from "../../helpers/race-processes";

void runRaceWorker<{ token: string; now: string }>(async (job) => {
  const signedIn = await inTransaction((tx) => consumeSignInLink(tx, job.token, new Date(job.now)));
  if (!signedIn) throw new DomainError("NOT_FOUND", "spent");
});

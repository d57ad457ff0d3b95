// Run as its own process by tests/integration/messages/sender-killed.test.ts: the server's message
// sender loop (lib/messages/sender-loop.ts) on the test database, configured from the environment
// the test gives it (DATABASE_URL, SMTP_URL, MESSAGE_POLL_MS, MESSAGE_LEASE_MS). The test SIGKILLs
// it mid-send and starts another.
import { startMessageSender } from "@/lib/messages/sender-loop";

startMessageSender({ log: (line) => console.log(`sender ${process.pid}: ${line}`) });
// The loop's timer does not hold the process open (in the server, Next does): this does.
setInterval(() => {}, 60_000);

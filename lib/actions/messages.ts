"use server";

import { z } from "zod";
import { retryMessage } from "@/lib/messages/retry-message";
import { defineAction } from "./define-action";

const retryMessageSchema = z.object({
  messageId: z.coerce.number({ error: "Choose a message." }).int("Choose a message.").positive("Choose a message.").max(2_147_483_647, "Choose a message."),
});

/** "Try again" on a message that failed: it goes back in the queue. Managers only. */
export const retryMessageAction = defineAction(
  { role: "MANAGER", schema: retryMessageSchema, revalidate: [["/manager/messages", "layout"]], write: true },
  async (input, { tx, op }) => {
    await retryMessage(tx, input.messageId, op.now);
    return { message: "Queued to send again." };
  },
);

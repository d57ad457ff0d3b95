// OutboxMessage rows written straight into the test database: the Messages page reads whatever the
// outbox holds, so its tests make exactly the rows they need (lib/messages/outbox.ts writes real ones).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";

export type RowInput = {
  kind?: string;
  status?: string;
  toEmail?: string;
  toName?: string;
  subject?: string;
  bodyText?: string;
  clientId?: number | null;
  appointmentId?: number | null;
  attempts?: number;
  lastError?: string;
  createdAt?: Date;
  sentAt?: Date | null;
};

export async function addMessage(db: PrismaClient, row: RowInput = {}) {
  return db.outboxMessage.create({
    data: {
      kind: row.kind ?? "CONFIRMATION",
      status: row.status ?? "PENDING",
      messageId: `<${randomUUID()}@salon.test>`,
      toEmail: row.toEmail ?? "someone@example.com",
      toName: row.toName ?? "Some One",
      subject: row.subject ?? "Your booking at Test Salon",
      bodyText: row.bodyText ?? "Hello,\n\nSee you soon.",
      clientId: row.clientId ?? null,
      appointmentId: row.appointmentId ?? null,
      attempts: row.attempts ?? 0,
      lastError: row.lastError ?? "",
      createdAt: row.createdAt ?? new Date(),
      sentAt: row.sentAt ?? null,
    },
  });
}

import { CLIENT_HIT_SELECT, type ClientHit } from "@/lib/clients/search-clients";
import { sellCourse } from "@/lib/courses/sell-course";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { fullName } from "@/lib/clients/display";

export type CourseSaleReceipt = {
  clientCourseId: number;
  saleId: number;
  clientId: number;
  clientName: string;
  courseName: string;
  priceMinor: number;
  paymentMethod: "CASH" | "CARD" | "SPLIT" | "NONE";
};

/**
 * The purchase screen's sale: sellCourse, then what the confirmation shows, read back from what was
 * written. A retried click with the same idempotency key finds the first sale; a key reused for a
 * different client or course (a stale form) is refused rather than answered with the wrong sale.
 */
export async function sellCourseAtDesk(
  tx: Tx,
  input: { clientId: number; templateId: number; paymentMethod: "CASH" | "CARD"; idempotencyKey: string },
  ctx: OpContext,
): Promise<CourseSaleReceipt> {
  const { clientCourseId, saleId } = await sellCourse(tx, input, ctx);
  const [course, sale] = await Promise.all([
    tx.clientCourse.findUniqueOrThrow({
      where: { id: clientCourseId },
      select: { clientId: true, templateId: true, name: true, pricePaidMinor: true, client: { select: { firstName: true, lastName: true } } },
    }),
    tx.sale.findUniqueOrThrow({ where: { id: saleId }, select: { paymentMethod: true } }),
  ]);
  if (course.clientId !== input.clientId || course.templateId !== input.templateId) {
    throw new DomainError("INVALID_STATE", "This form was already used for another sale. Reload the page and try again.");
  }
  return {
    clientCourseId,
    saleId,
    clientId: course.clientId,
    clientName: fullName(course.client),
    courseName: course.name,
    priceMinor: course.pricePaidMinor,
    paymentMethod: sale.paymentMethod,
  };
}

/** The client named by the purchase screen's ?clientId=, in the shape the client search returns. */
export async function loadClientChoice(tx: Tx, clientId: number): Promise<ClientHit | null> {
  return tx.client.findUnique({ where: { id: clientId }, select: CLIENT_HIT_SELECT });
}

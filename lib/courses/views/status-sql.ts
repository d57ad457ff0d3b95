import { Prisma } from "@/generated/prisma/client";
import type { SalonDate } from "@/lib/time";

/**
 * The status of the client course `cc` in SQL, so the list can filter and count by it without
 * loading every course. It must agree with statusLabel() in lib/courses/load-courses.ts (an
 * integration test compares them): refunded; else nothing left → transferred or used; else past its
 * expiry with nothing booked → expired; else active. Each subquery walks an index (line by course,
 * change / redemption / appointment by line).
 */
const HOLDING = Prisma.sql`('BOOKED', 'CHECKED_IN')`;

const anyBooked = Prisma.sql`EXISTS (
  SELECT 1 FROM "ClientCourseLine" bl JOIN "Appointment" a ON a."clientCourseLineId" = bl."id"
  WHERE bl."clientCourseId" = cc."id" AND a."status" IN ${HOLDING})`;

// A line is open while what was bought (after adjustments and transfers) is not all redeemed.
const anyOpenLine = Prisma.sql`EXISTS (
  SELECT 1 FROM "ClientCourseLine" l
  WHERE l."clientCourseId" = cc."id"
    AND l."quantity"
      + COALESCE((SELECT SUM(ch."quantityDelta") FROM "ClientCourseChange" ch
                  WHERE ch."clientCourseLineId" = l."id" AND ch."kind" IN ('ADJUST', 'TRANSFER_OUT')), 0)
      - COALESCE((SELECT SUM(r."units") FROM "Redemption" r WHERE r."clientCourseLineId" = l."id" AND r."reversedAt" IS NULL), 0) > 0)`;

const transferredOut = Prisma.sql`EXISTS (
  SELECT 1 FROM "ClientCourseChange" t WHERE t."clientCourseId" = cc."id" AND t."kind" = 'TRANSFER_OUT')`;

export function statusLabelSql(today: SalonDate): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN cc."status" = 'REFUNDED' THEN 'refunded'
    WHEN NOT (${anyOpenLine} OR ${anyBooked}) THEN CASE WHEN ${transferredOut} THEN 'transferred' ELSE 'used' END
    WHEN cc."expiresOn" IS NOT NULL AND cc."expiresOn" < ${today} AND NOT ${anyBooked} THEN 'expired'
    ELSE 'active'
  END`;
}

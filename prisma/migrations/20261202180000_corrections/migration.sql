-- DropIndex
DROP INDEX "Redemption_appointmentId_key";

-- AlterTable
ALTER TABLE "Redemption" ADD COLUMN "reversedAt" DATETIME;

-- CreateTable
CREATE TABLE "RedemptionReversal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "redemptionId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "staffId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reversedOn" TEXT NOT NULL,
    "checkoutVoidId" INTEGER,
    CONSTRAINT "RedemptionReversal_redemptionId_fkey" FOREIGN KEY ("redemptionId") REFERENCES "Redemption" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RedemptionReversal_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RedemptionReversal_checkoutVoidId_fkey" FOREIGN KEY ("checkoutVoidId") REFERENCES "CheckoutVoid" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckoutVoid" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "saleId" INTEGER NOT NULL,
    "reversalSaleId" INTEGER,
    "reason" TEXT NOT NULL,
    "staffId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedOn" TEXT NOT NULL,
    CONSTRAINT "CheckoutVoid_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "Sale" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CheckoutVoid_reversalSaleId_fkey" FOREIGN KEY ("reversalSaleId") REFERENCES "Sale" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CheckoutVoid_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Appointment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clientId" INTEGER NOT NULL,
    "staffId" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'BOOKED',
    "source" TEXT NOT NULL DEFAULT 'DESK',
    "priceMinor" INTEGER NOT NULL,
    "clientCourseLineId" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "cancelToken" TEXT,
    "bookedAsName" TEXT,
    "checkedInAt" DATETIME,
    "completedAt" DATETIME,
    "cancelledAt" DATETIME,
    "cancelCause" TEXT,
    "cancelNote" TEXT,
    "cancelledById" INTEGER,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Appointment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_clientCourseLineId_fkey" FOREIGN KEY ("clientCourseLineId") REFERENCES "ClientCourseLine" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_cancelledById_fkey" FOREIGN KEY ("cancelledById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Appointment" ("bookedAsName", "cancelToken", "cancelledAt", "checkedInAt", "clientCourseLineId", "clientId", "completedAt", "createdAt", "createdById", "endsAt", "id", "notes", "priceMinor", "serviceId", "source", "staffId", "startsAt", "status", "updatedAt") SELECT "bookedAsName", "cancelToken", "cancelledAt", "checkedInAt", "clientCourseLineId", "clientId", "completedAt", "createdAt", "createdById", "endsAt", "id", "notes", "priceMinor", "serviceId", "source", "staffId", "startsAt", "status", "updatedAt" FROM "Appointment";
DROP TABLE "Appointment";
ALTER TABLE "new_Appointment" RENAME TO "Appointment";
CREATE UNIQUE INDEX "Appointment_cancelToken_key" ON "Appointment"("cancelToken");
CREATE INDEX "Appointment_startsAt_idx" ON "Appointment"("startsAt");
CREATE INDEX "Appointment_staffId_startsAt_idx" ON "Appointment"("staffId", "startsAt");
CREATE INDEX "Appointment_staffId_endsAt_idx" ON "Appointment"("staffId", "endsAt");
CREATE INDEX "Appointment_clientId_startsAt_idx" ON "Appointment"("clientId", "startsAt");
CREATE INDEX "Appointment_clientCourseLineId_status_idx" ON "Appointment"("clientCourseLineId", "status");
CREATE TABLE "new_SaleLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "saleId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "appointmentId" INTEGER,
    "clientCourseId" INTEGER,
    "reversedAt" DATETIME,
    "reversesLineId" INTEGER,
    CONSTRAINT "SaleLine_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "Sale" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SaleLine_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SaleLine_clientCourseId_fkey" FOREIGN KEY ("clientCourseId") REFERENCES "ClientCourse" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SaleLine_reversesLineId_fkey" FOREIGN KEY ("reversesLineId") REFERENCES "SaleLine" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SaleLine" ("amountMinor", "appointmentId", "clientCourseId", "description", "id", "kind", "saleId") SELECT "amountMinor", "appointmentId", "clientCourseId", "description", "id", "kind", "saleId" FROM "SaleLine";
DROP TABLE "SaleLine";
ALTER TABLE "new_SaleLine" RENAME TO "SaleLine";
CREATE UNIQUE INDEX "SaleLine_reversesLineId_key" ON "SaleLine"("reversesLineId");
CREATE INDEX "SaleLine_saleId_idx" ON "SaleLine"("saleId");
CREATE INDEX "SaleLine_appointmentId_idx" ON "SaleLine"("appointmentId");
CREATE INDEX "SaleLine_clientCourseId_idx" ON "SaleLine"("clientCourseId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "RedemptionReversal_redemptionId_key" ON "RedemptionReversal"("redemptionId");

-- CreateIndex
CREATE INDEX "RedemptionReversal_reversedOn_idx" ON "RedemptionReversal"("reversedOn");

-- CreateIndex
CREATE INDEX "RedemptionReversal_checkoutVoidId_idx" ON "RedemptionReversal"("checkoutVoidId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckoutVoid_saleId_key" ON "CheckoutVoid"("saleId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckoutVoid_reversalSaleId_key" ON "CheckoutVoid"("reversalSaleId");

-- CreateIndex
CREATE INDEX "Redemption_appointmentId_idx" ON "Redemption"("appointmentId");


-- Written by hand (Prisma's schema cannot say it): while a charge or a redemption stands, an
-- appointment has at most one of each, so a retried checkout never charges or redeems twice; a
-- voided one (reversedAt set) no longer counts, so the visit can be checked out again.
CREATE UNIQUE INDEX "Redemption_live_appointmentId_key" ON "Redemption"("appointmentId") WHERE "reversedAt" IS NULL;
CREATE UNIQUE INDEX "SaleLine_live_appointmentId_key" ON "SaleLine"("appointmentId") WHERE "appointmentId" IS NOT NULL AND "reversedAt" IS NULL;

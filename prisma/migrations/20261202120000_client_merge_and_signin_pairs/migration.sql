-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN "bookedAsName" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Client" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "possibleDuplicate" BOOLEAN NOT NULL DEFAULT false,
    "mergedIntoId" INTEGER,
    "mergedAt" DATETIME,
    "mergedById" INTEGER,
    CONSTRAINT "Client_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Client" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Client_mergedById_fkey" FOREIGN KEY ("mergedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Client" ("createdAt", "email", "firstName", "id", "lastName", "notes", "phone") SELECT "createdAt", "email", "firstName", "id", "lastName", "notes", "phone" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE INDEX "Client_lastName_firstName_email_idx" ON "Client"("lastName", "firstName", "email");
CREATE INDEX "Client_email_idx" ON "Client"("email");
CREATE INDEX "Client_phone_idx" ON "Client"("phone");
CREATE INDEX "Client_mergedIntoId_idx" ON "Client"("mergedIntoId");
CREATE INDEX "Client_possibleDuplicate_idx" ON "Client"("possibleDuplicate");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "LoginAttempt_email_address_createdAt_idx" ON "LoginAttempt"("email", "address", "createdAt");


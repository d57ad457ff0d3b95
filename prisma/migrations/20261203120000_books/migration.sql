-- Books a bookkeeper signs off (part 2): VAT, cash-up, liability closings, journal account codes.
-- Additive: a salon is not VAT registered until a manager says so, so no sale taken before carries VAT.
ALTER TABLE "SalonSettings" ADD COLUMN "vatRegistered" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "SalonSettings" ADD COLUMN "vatRateBp" INTEGER NOT NULL DEFAULT 2000;
ALTER TABLE "SalonSettings" ADD COLUMN "vatNumber" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Service" ADD COLUMN "vatRateBp" INTEGER;

CREATE TABLE "SaleLineVat" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "saleLineId" INTEGER NOT NULL,
    "rateBp" INTEGER NOT NULL,
    "grossMinor" INTEGER NOT NULL,
    "vatMinor" INTEGER NOT NULL,
    CONSTRAINT "SaleLineVat_saleLineId_fkey" FOREIGN KEY ("saleLineId") REFERENCES "SaleLine" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "SaleLineVat_saleLineId_idx" ON "SaleLineVat"("saleLineId");

CREATE TABLE "CashCount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "day" TEXT NOT NULL,
    "floatMinor" INTEGER NOT NULL,
    "expectedMinor" INTEGER NOT NULL,
    "countedMinor" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "staffId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CashCount_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "CashCount_day_createdAt_idx" ON "CashCount"("day", "createdAt");

CREATE TABLE "LiabilityClosing" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "closedThrough" TEXT NOT NULL,
    "totalMinor" INTEGER NOT NULL,
    "staffId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LiabilityClosing_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "LiabilityClosing_closedThrough_key" ON "LiabilityClosing"("closedThrough");

CREATE TABLE "LiabilityClosingBalance" (
    "closingId" INTEGER NOT NULL,
    "clientCourseId" INTEGER NOT NULL,
    "remainingMinor" INTEGER NOT NULL,
    "lastExpiredMinor" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("closingId", "clientCourseId"),
    CONSTRAINT "LiabilityClosingBalance_closingId_fkey" FOREIGN KEY ("closingId") REFERENCES "LiabilityClosing" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "LedgerAccount" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

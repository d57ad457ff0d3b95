-- The till (issue "Books a bookkeeper signs off"): split payments, discounts, the salon's details on
-- receipts. Additive; every sale taken before gets one payment row of its total by its method.
CREATE TABLE "SalePayment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "saleId" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "tenderedMinor" INTEGER,
    "changeMinor" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SalePayment_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "Sale" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "SalePayment_saleId_idx" ON "SalePayment"("saleId");
INSERT INTO "SalePayment" ("saleId", "method", "amountMinor")
  SELECT "id", "paymentMethod", "totalMinor" FROM "Sale" WHERE "paymentMethod" <> 'NONE' AND "totalMinor" <> 0;

ALTER TABLE "Sale" ADD COLUMN "discountReason" TEXT;
ALTER TABLE "SaleLine" ADD COLUMN "listMinor" INTEGER;
ALTER TABLE "SaleLine" ADD COLUMN "discountMinor" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "SalonSettings" ADD COLUMN "address" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SalonSettings" ADD COLUMN "phone" TEXT NOT NULL DEFAULT '';

-- Client alerts and patch tests (issue "The desk at a glance"): additive columns only.
ALTER TABLE "Client" ADD COLUMN "alert" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Client" ADD COLUMN "patchTestOn" TEXT;
ALTER TABLE "Service" ADD COLUMN "needsPatchTest" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "SalonSettings" ADD COLUMN "patchTestValidMonths" INTEGER NOT NULL DEFAULT 6;

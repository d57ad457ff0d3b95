-- The staff sign-in table is "StaffSession", not "Session": in this product a session is a course
-- session. Written by hand: `prisma migrate diff` drops "Session" and creates "StaffSession", which
-- would sign every member of staff out. A rename keeps the rows (and so every signed-in browser).
-- SQLite cannot rename an index, so the two indexes are made again under their new names. The
-- foreign key keeps its inline name "Session_staffId_fkey": SQLite does not expose constraint names
-- and Prisma does not compare them, so `migrate diff` against a migrated database shows nothing.

-- RenameTable
ALTER TABLE "Session" RENAME TO "StaffSession";

-- RenameIndex
DROP INDEX "Session_staffId_idx";
CREATE INDEX "StaffSession_staffId_idx" ON "StaffSession"("staffId");

-- RenameIndex
DROP INDEX "Session_expiresAt_idx";
CREATE INDEX "StaffSession_expiresAt_idx" ON "StaffSession"("expiresAt");

-- DropIndex
-- Redundant: "ClientCourseLine_clientCourseId_serviceId_idx" starts with clientCourseId, so it serves
-- every lookup by clientCourseId alone.
DROP INDEX "ClientCourseLine_clientCourseId_idx";

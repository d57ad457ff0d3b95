-- Who does what, when and where: services per staff member, rotas with breaks and date exceptions,
-- rooms and machines. An existing salon keeps working as before: every staff member who takes
-- appointments is given every service (the manager narrows it), and with no rota rows they work the
-- salon's opening hours.
CREATE TABLE "StaffService" (
    "staffId" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "durationMinutes" INTEGER,
    PRIMARY KEY ("staffId", "serviceId"),
    CONSTRAINT "StaffService_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StaffService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "StaffService_serviceId_idx" ON "StaffService"("serviceId");

CREATE TABLE "StaffWeekHours" (
    "staffId" INTEGER NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMin" INTEGER,
    "endMin" INTEGER,
    "breakStartMin" INTEGER,
    "breakEndMin" INTEGER,
    PRIMARY KEY ("staffId", "weekday"),
    CONSTRAINT "StaffWeekHours_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "StaffDayException" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "staffId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "startMin" INTEGER,
    "endMin" INTEGER,
    "breakStartMin" INTEGER,
    "breakEndMin" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "StaffDayException_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "StaffDayException_staffId_date_key" ON "StaffDayException"("staffId", "date");
CREATE INDEX "StaffDayException_date_idx" ON "StaffDayException"("date");

CREATE TABLE "Resource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX "Resource_name_key" ON "Resource"("name");
CREATE INDEX "Resource_kind_active_idx" ON "Resource"("kind", "active");

ALTER TABLE "Service" ADD COLUMN "resourceKind" TEXT;
ALTER TABLE "Appointment" ADD COLUMN "resourceId" INTEGER REFERENCES "Resource" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Appointment" ADD COLUMN "bookedAnyway" TEXT;
CREATE INDEX "Appointment_resourceId_startsAt_idx" ON "Appointment"("resourceId", "startsAt");

INSERT INTO "StaffService" ("staffId", "serviceId")
SELECT s."id", v."id" FROM "Staff" s CROSS JOIN "Service" v WHERE s."takesAppointments" = true;

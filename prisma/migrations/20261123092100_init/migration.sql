-- CreateTable
CREATE TABLE "SalonSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "name" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'GBP',
    "timezone" TEXT NOT NULL DEFAULT 'Europe/London',
    "lateCancelHours" INTEGER NOT NULL DEFAULT 24,
    "lateCancelPolicy" TEXT NOT NULL DEFAULT 'RETURN',
    "noShowPolicy" TEXT NOT NULL DEFAULT 'FORFEIT',
    "bookingHorizonDays" INTEGER NOT NULL DEFAULT 60,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OpeningHours" (
    "weekday" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "opensAtMin" INTEGER,
    "closesAtMin" INTEGER
);

-- CreateTable
CREATE TABLE "Staff" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'FRONT_DESK',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "takesAppointments" BOOLEAN NOT NULL DEFAULT true,
    "color" TEXT NOT NULL DEFAULT '#6366f1',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "staffId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ServiceCategory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Service" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "categoryId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "priceMinor" INTEGER NOT NULL,
    "bookableOnline" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Service_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ServiceCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Client" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CourseTemplate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "priceMinor" INTEGER NOT NULL,
    "validityMonths" INTEGER,
    "validityFrom" TEXT NOT NULL DEFAULT 'PURCHASE',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CourseTemplateLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "templateId" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CourseTemplateLine_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "CourseTemplate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CourseTemplateLine_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClientCourse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clientId" INTEGER NOT NULL,
    "templateId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "pricePaidMinor" INTEGER NOT NULL,
    "listValueMinor" INTEGER NOT NULL,
    "purchasedAt" DATETIME NOT NULL,
    "purchasedOn" TEXT NOT NULL,
    "validityMonths" INTEGER,
    "validityFrom" TEXT NOT NULL,
    "expiresOn" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "transferredFromId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClientCourse_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClientCourse_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "CourseTemplate" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClientCourse_transferredFromId_fkey" FOREIGN KEY ("transferredFromId") REFERENCES "ClientCourse" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClientCourseLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clientCourseId" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "serviceName" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "listValueMinor" INTEGER NOT NULL,
    "valueMinor" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ClientCourseLine_clientCourseId_fkey" FOREIGN KEY ("clientCourseId") REFERENCES "ClientCourse" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClientCourseLine_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Appointment" (
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
    "checkedInAt" DATETIME,
    "completedAt" DATETIME,
    "cancelledAt" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Appointment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_clientCourseLineId_fkey" FOREIGN KEY ("clientCourseLineId") REFERENCES "ClientCourseLine" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Redemption" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "appointmentId" INTEGER NOT NULL,
    "clientCourseLineId" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "valueMinor" INTEGER NOT NULL,
    "reason" TEXT NOT NULL DEFAULT 'CHECKOUT',
    "redeemedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "redeemedOn" TEXT NOT NULL,
    "saleId" INTEGER,
    "staffId" INTEGER,
    CONSTRAINT "Redemption_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Redemption_clientCourseLineId_fkey" FOREIGN KEY ("clientCourseLineId") REFERENCES "ClientCourseLine" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Redemption_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "Sale" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Redemption_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Sale" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clientId" INTEGER,
    "staffId" INTEGER,
    "saleOn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "totalMinor" INTEGER NOT NULL,
    "paymentMethod" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    CONSTRAINT "Sale_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Sale_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SaleLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "saleId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "appointmentId" INTEGER,
    "clientCourseId" INTEGER,
    CONSTRAINT "SaleLine_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "Sale" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SaleLine_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SaleLine_clientCourseId_fkey" FOREIGN KEY ("clientCourseId") REFERENCES "ClientCourse" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClientCourseChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clientCourseId" INTEGER NOT NULL,
    "clientCourseLineId" INTEGER,
    "kind" TEXT NOT NULL,
    "quantityDelta" INTEGER,
    "previousExpiresOn" TEXT,
    "newExpiresOn" TEXT,
    "amountMinor" INTEGER,
    "otherClientCourseId" INTEGER,
    "reason" TEXT NOT NULL,
    "staffId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClientCourseChange_clientCourseId_fkey" FOREIGN KEY ("clientCourseId") REFERENCES "ClientCourse" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClientCourseChange_clientCourseLineId_fkey" FOREIGN KEY ("clientCourseLineId") REFERENCES "ClientCourseLine" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ClientCourseChange_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourseBookingLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clientCourseLineId" INTEGER NOT NULL,
    "appointmentId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "staffId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CourseBookingLog_clientCourseLineId_fkey" FOREIGN KEY ("clientCourseLineId") REFERENCES "ClientCourseLine" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CourseBookingLog_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CourseBookingLog_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Staff_email_key" ON "Staff"("email");

-- CreateIndex
CREATE INDEX "Staff_active_sortOrder_idx" ON "Staff"("active", "sortOrder");

-- CreateIndex
CREATE INDEX "Session_staffId_idx" ON "Session"("staffId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_address_createdAt_idx" ON "LoginAttempt"("address", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCategory_name_key" ON "ServiceCategory"("name");

-- CreateIndex
CREATE INDEX "Service_active_categoryId_idx" ON "Service"("active", "categoryId");

-- CreateIndex
CREATE INDEX "Client_lastName_firstName_idx" ON "Client"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "Client_email_idx" ON "Client"("email");

-- CreateIndex
CREATE INDEX "Client_phone_idx" ON "Client"("phone");

-- CreateIndex
CREATE INDEX "CourseTemplateLine_templateId_idx" ON "CourseTemplateLine"("templateId");

-- CreateIndex
CREATE INDEX "ClientCourse_clientId_status_idx" ON "ClientCourse"("clientId", "status");

-- CreateIndex
CREATE INDEX "ClientCourse_templateId_idx" ON "ClientCourse"("templateId");

-- CreateIndex
CREATE INDEX "ClientCourse_expiresOn_idx" ON "ClientCourse"("expiresOn");

-- CreateIndex
CREATE INDEX "ClientCourseLine_clientCourseId_idx" ON "ClientCourseLine"("clientCourseId");

-- CreateIndex
CREATE INDEX "ClientCourseLine_serviceId_idx" ON "ClientCourseLine"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_cancelToken_key" ON "Appointment"("cancelToken");

-- CreateIndex
CREATE INDEX "Appointment_startsAt_idx" ON "Appointment"("startsAt");

-- CreateIndex
CREATE INDEX "Appointment_staffId_startsAt_idx" ON "Appointment"("staffId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_clientId_startsAt_idx" ON "Appointment"("clientId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_clientCourseLineId_status_idx" ON "Appointment"("clientCourseLineId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Redemption_appointmentId_key" ON "Redemption"("appointmentId");

-- CreateIndex
CREATE INDEX "Redemption_clientCourseLineId_idx" ON "Redemption"("clientCourseLineId");

-- CreateIndex
CREATE INDEX "Redemption_redeemedOn_idx" ON "Redemption"("redeemedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Sale_idempotencyKey_key" ON "Sale"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Sale_saleOn_idx" ON "Sale"("saleOn");

-- CreateIndex
CREATE INDEX "Sale_clientId_idx" ON "Sale"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "SaleLine_appointmentId_key" ON "SaleLine"("appointmentId");

-- CreateIndex
CREATE INDEX "SaleLine_saleId_idx" ON "SaleLine"("saleId");

-- CreateIndex
CREATE INDEX "SaleLine_clientCourseId_idx" ON "SaleLine"("clientCourseId");

-- CreateIndex
CREATE INDEX "ClientCourseChange_clientCourseId_idx" ON "ClientCourseChange"("clientCourseId");

-- CreateIndex
CREATE INDEX "ClientCourseChange_clientCourseLineId_idx" ON "ClientCourseChange"("clientCourseLineId");

-- CreateIndex
CREATE INDEX "CourseBookingLog_clientCourseLineId_idx" ON "CourseBookingLog"("clientCourseLineId");

-- CreateIndex
CREATE INDEX "CourseBookingLog_appointmentId_idx" ON "CourseBookingLog"("appointmentId");

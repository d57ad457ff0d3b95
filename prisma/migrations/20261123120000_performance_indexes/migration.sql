-- Indexes found by the benchmarks (bench/explain.ts, README "Performance"): the overlap check for a
-- future slot, and "does this course cover the service?" (check-in prompt, drawer, online booking).
-- CreateIndex
CREATE INDEX "ClientCourseLine_clientCourseId_serviceId_idx" ON "ClientCourseLine"("clientCourseId", "serviceId");

-- CreateIndex
CREATE INDEX "Appointment_staffId_endsAt_idx" ON "Appointment"("staffId", "endsAt");


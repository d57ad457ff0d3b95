export type StaffRole = "FRONT_DESK" | "MANAGER";

/** A manager may do everything front desk may. */
export function hasRole(staff: { role: StaffRole }, least: StaffRole): boolean {
  return least === "FRONT_DESK" || staff.role === "MANAGER";
}

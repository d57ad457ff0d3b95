/** One schema per input, used by the staff form (as the manager types) and by the server actions. */
export { staffActiveSchema, staffSchema } from "@/lib/staff/staff-input";

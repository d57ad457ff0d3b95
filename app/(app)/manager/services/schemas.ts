/** One schema per input, used by the service form (as the manager types) and by the server actions. */
export { serviceActiveSchema, serviceSchema } from "@/lib/services/service-input";

import { ManagersOnly } from "@/components/auth/managers-only";

/** A front-desk user on a manager page: the message inside the shell, so the navigation stays. */
export default function Forbidden() {
  return <ManagersOnly />;
}

import { ManagersOnly } from "@/components/auth/managers-only";

/** A front-desk user on a manager page, outside the signed-in shell. */
export default function Forbidden() {
  return (
    <main className="px-6">
      <ManagersOnly />
    </main>
  );
}

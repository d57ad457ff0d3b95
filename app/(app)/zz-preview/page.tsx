import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
export const dynamic = "force-dynamic";
export default function Preview() {
  return (
    <div className="space-y-6">
      <PageHeader title="Courses" description="Course and package templates." actions={<><Button variant="secondary">Export</Button><Button>Add course</Button></>} />
      <div className="flex flex-wrap gap-3">
        {(["primary", "secondary", "danger", "ghost"] as const).map((v) => (["sm", "md", "lg"] as const).map((s) => <Button key={v + s} variant={v} size={s}>{v} {s}</Button>))}
        <Button disabled>Disabled</Button>
      </div>
      <div className="flex gap-2">{(["neutral", "brand", "success", "warning", "danger", "info"] as const).map((t) => <Badge key={t} tone={t}>{t}</Badge>)}</div>
      <div className="grid grid-cols-2 gap-6">
        <Card title="New course" description="What the salon sells" actions={<Button size="sm" variant="ghost">Help</Button>}>
          <div className="space-y-4">
            <TextField label="Name" defaultValue="6 × Laser" hint="As the client sees it" />
            <TextField label="Price" error="Enter a price" />
            <Select label="Service" placeholder="Choose a service" options={[{ value: 1, label: "Facial" }]} />
            <Select label="Unit" error={["Choose a unit"]} options={[{ value: "s", label: "Sessions" }]} />
          </div>
        </Card>
        <div className="space-y-3">
          <Alert tone="error">That circle was just taken by another booking.</Alert>
          <Alert tone="success" title="Saved">The course was sold.</Alert>
          <Alert tone="warning">Expires in 5 days.</Alert>
          <Alert tone="info">Online bookings cannot buy courses.</Alert>
          <div className="flex gap-2">
            {["redeemed", "booked", "free"].map((c) => <span key={c} className={`size-5 rounded-full bg-${c}`} />)}
            <span className="size-5 rounded-full bg-redeemed" /><span className="size-5 rounded-full bg-booked" /><span className="size-5 rounded-full bg-free" />
            <span className="rounded border-l-4 border-status-booked bg-status-booked-soft px-2 text-sm">Booked</span>
            <span className="rounded border-l-4 border-status-checked-in bg-status-checked-in-soft px-2 text-sm">Checked in</span>
            <span className="rounded border-l-4 border-status-completed bg-status-completed-soft px-2 text-sm">Completed</span>
            <span className="rounded border-l-4 border-status-cancelled bg-status-cancelled-soft px-2 text-sm">Cancelled</span>
            <span className="rounded border-l-4 border-status-no-show bg-status-no-show-soft px-2 text-sm">No-show</span>
          </div>
        </div>
      </div>
    </div>
  );
}

"use client";

import { useCallback, useEffect, useState } from "react";
import { appointmentDetailAction } from "@/lib/actions/appointments";
import { Alert } from "@/components/ui/alert";
import type { AppointmentDetail } from "@/lib/appointments/appointment-detail";
import type { DrawerOptions } from "@/lib/appointments/drawer-options";
import type { CalendarStaff } from "@/lib/calendar/load-day";
import type { ServiceOption } from "@/lib/services/list-services";
import type { DayHours } from "@/lib/settings/salon-settings";
import { DrawerFooter } from "./drawer-footer";
import { EditForm } from "./edit-form";
import { callAction } from "@/components/ui/use-action";
import { DetailSkeleton, SkeletonBlock } from "./skeleton";

type Loaded = { version: number; detail: AppointmentDetail | null; error: string | null };

type Props = {
  appointmentId: number;
  services: ServiceOption[];
  staff: CalendarStaff[];
  hours: DayHours;
  /** Who does what in how long, and the rooms (null until loaded). */
  options: DrawerOptions | null;
  onSaved: (message: string) => void;
  /** Something changed but the drawer stays open (check-in, made single): the board refreshes. */
  onChanged: () => void;
};

/**
 * Loads the appointment and shows its form. After a check-in or a change that keeps the drawer open
 * it loads again; the old form stays on screen until the new answer is in (no flash, no jump).
 */
export function EditAppointment({ appointmentId, services, staff, hours, options, onSaved, onChanged }: Props) {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    callAction(() => appointmentDetailAction({ appointmentId })).then((result) => {
      if (live) setLoaded({ version, detail: result.ok ? result.data : null, error: result.ok ? null : result.error });
    });
    return () => {
      live = false;
    };
  }, [appointmentId, version]);

  const onStayed = useCallback(
    (text: string) => {
      setMessage(text);
      setVersion((v) => v + 1);
      onChanged();
    },
    [onChanged],
  );

  if (!loaded) {
    return (
      <>
        <div className="min-h-0 flex-1 overflow-y-auto px-5 py-5">
          <DetailSkeleton />
        </div>
        <DrawerFooter>
          <SkeletonBlock className="h-10 w-20" />
        </DrawerFooter>
      </>
    );
  }
  if (!loaded.detail) {
    return (
      <div className="min-h-0 flex-1 px-5 py-5">
        <Alert tone="error">{loaded.error}</Alert>
      </div>
    );
  }
  return (
    <EditForm
      key={loaded.detail.id}
      detail={loaded.detail}
      services={services}
      staff={staff}
      hours={hours}
      options={options}
      message={message}
      onSaved={onSaved}
      onStayed={onStayed}
    />
  );
}

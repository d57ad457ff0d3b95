"use client";

import { useCallback, useEffect, useState } from "react";
import { drawerCoursesAction } from "@/lib/actions/appointments";
import type { DrawerCourse } from "@/lib/courses/views/course-card";
import { callAction } from "@/components/ui/use-action";

type Loaded = { key: string; clientId: number; courses: DrawerCourse[] | null; error: string | null };

/**
 * The client's valid courses for the day (and the appointment being edited, whose own course always
 * shows). While a refresh is on its way the last answer for the same client stays on screen.
 */
export function useDrawerCourses(clientId: number | null, date: string, appointmentId?: number) {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = clientId ? `${clientId}|${date}|${appointmentId ?? ""}|${version}` : null;

  useEffect(() => {
    if (!clientId || !key) return;
    let live = true;
    callAction(() => drawerCoursesAction({ clientId, date, appointmentId })).then((result) => {
      if (!live) return; // a newer client, day or refresh asked since
      setLoaded({ key, clientId, courses: result.ok ? result.data : null, error: result.ok ? null : result.error });
    });
    return () => {
      live = false;
    };
  }, [key, clientId, date, appointmentId]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const shown = loaded && loaded.clientId === clientId ? loaded : null;
  return {
    courses: shown?.courses ?? null,
    error: shown?.error ?? null,
    loading: key !== null && loaded?.key !== key,
    refresh,
  };
}

"use client";

import { useEffect, useState } from "react";
import { callAction } from "@/components/ui/use-action";
import { drawerOptionsAction } from "@/lib/actions/appointments";
import type { DrawerOptions } from "@/lib/appointments/drawer-options";

/**
 * Who does what in how long, and the rooms, read again each time the drawer opens (a manager may
 * have changed them since). The last answer stays meanwhile; until the first one the forms use the
 * menu's lengths and the server still applies every rule.
 */
export function useDrawerOptions(open: boolean): DrawerOptions | null {
  const [options, setOptions] = useState<DrawerOptions | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    callAction(() => drawerOptionsAction({})).then((result) => {
      if (live && result.ok) setOptions(result.data);
    });
    return () => {
      live = false;
    };
  }, [open]);
  return options;
}

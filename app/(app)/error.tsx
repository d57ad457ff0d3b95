"use client";

import { ErrorNotice } from "../error";

/** Inside the signed-in shell: the same message, with the top bar and navigation still there. */
export default function AppError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice {...props} />;
}

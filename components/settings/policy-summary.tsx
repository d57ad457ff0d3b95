type Policy = "RETURN" | "FORFEIT";

/** The chosen policy as one example the desk would recognise. */
export function PolicySummary({ lateCancelHours, lateCancelPolicy, noShowPolicy }: { lateCancelHours: string; lateCancelPolicy: Policy; noShowPolicy: Policy }) {
  const hours = Number(lateCancelHours);
  const valid = lateCancelHours.trim() !== "" && Number.isInteger(hours) && hours >= 0;
  const late =
    !valid
      ? null
      : hours === 0
        ? "A course appointment cancelled at any time gives its session back."
        : `A course appointment cancelled less than ${hours === 1 ? "1 hour" : `${hours} hours`} before it starts ${
            lateCancelPolicy === "FORFEIT" ? "uses up its session (late cancellation)" : "still gives its session back"
          }; cancelled earlier, the session always comes back.`;
  const noShow = noShowPolicy === "FORFEIT" ? "A no-show uses up the session." : "A no-show gives the session back.";
  return (
    <p className="rounded-md border border-line bg-canvas px-4 py-3 text-sm text-ink-muted" aria-live="polite">
      <span className="font-medium text-ink">In practice: </span>
      {late} {noShow}
    </p>
  );
}

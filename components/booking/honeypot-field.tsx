import { HONEYPOT_FIELD } from "@/lib/online-booking/honeypot";

/**
 * A field no person sees, hears or tabs to; form-filling bots fill it and are refused. Kept off
 * screen rather than display:none, which some bots skip.
 */
export function HoneypotField() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor={HONEYPOT_FIELD}>Leave this empty</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

import type { KeyboardEvent } from "react";

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside the dialog the key was pressed in: the drawer, which is modal without making the
 * page inert (see appointment-drawer.tsx), and the check-in prompt, a native modal from which Chromium
 * would still tab out of the last control into the browser's own toolbar. The last control wraps to
 * the first (and Shift+Tab the other way), as a dialog should.
 * One handler on the drawer also serves the check-in prompt nested inside it.
 */
export function trapTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== "Tab" || event.defaultPrevented) return;
  const dialog = (event.target as Element).closest("dialog");
  if (!dialog) return;
  const tabbable = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.closest("dialog") === dialog && el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest("[inert]"),
  );
  if (tabbable.length === 0) return;
  const first = tabbable[0];
  const last = tabbable[tabbable.length - 1];
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/*
 * On paper only the page's own content: the app header, the skip link and the buttons go. The header is
 * not the page's to mark, so it is found by the main navigation it holds. For the receipt and day sheet.
 */
const PRINT_CSS = `@media print {
  @page { margin: 14mm; }
  body { background: #fff !important; }
  body header:has(nav[aria-label="Main"]), body a[href="#main"] { display: none !important; }
  main#main { padding: 0 !important; }
}`;

export function PrintStyles() {
  return (
    <style href="page-print" precedence="default">
      {PRINT_CSS}
    </style>
  );
}

/**
 * A boolean column or expression as raw SQL answers it: SQLite has no booleans, so 0/1 comes back as a
 * number or a bigint depending on the adapter (a declared Boolean column may come back as a boolean).
 */
export function isSqlTrue(value: number | bigint | boolean | null): boolean {
  return Number(value) === 1;
}

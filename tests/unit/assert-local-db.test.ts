import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertLocalTestDatabase } from "@/tests/helpers/assert-local-db";

describe("assertLocalTestDatabase", () => {
  it("accepts a file under tests/.tmp", () => {
    expect(assertLocalTestDatabase("file:./tests/.tmp/integration/a.db")).toBe(
      path.resolve("tests/.tmp/integration/a.db"),
    );
  });

  it.each([undefined, "", "libsql://salon.turso.io", "https://db.example", "file:./data/salon.db", "file:/tmp/x.db"])(
    "refuses %s",
    (url) => {
      expect(() => assertLocalTestDatabase(url)).toThrow(/Refusing/);
    },
  );
});

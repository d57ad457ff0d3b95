import { beforeAll, describe, expect, it } from "vitest";
import { searchClients } from "@/lib/clients/search-clients";
import { getTestDb } from "../../helpers/test-db";

// A number typed from its start is found through the phone index; digits from its middle still find it.

const db = getTestDb();

beforeAll(async () => {
  await db.client.createMany({
    data: [
      { firstName: "Ava", lastName: "Stone", phone: "+447700900123" },
      { firstName: "Bea", lastName: "Stone", phone: "+447700900456" },
      { firstName: "Cal", lastName: "Reed", phone: "+33612345678" },
    ],
  });
});

describe("searching clients by phone", () => {
  it("finds numbers typed from their start, national or international", async () => {
    expect((await searchClients(db, "07700 900")).map((c) => c.firstName)).toEqual(["Ava", "Bea"]);
    expect((await searchClients(db, "07700 900 456")).map((c) => c.firstName)).toEqual(["Bea"]);
    expect((await searchClients(db, "+33 6 12")).map((c) => c.firstName)).toEqual(["Cal"]);
    expect((await searchClients(db, "0033 612")).map((c) => c.firstName)).toEqual(["Cal"]);
  });

  it("falls back to digits anywhere in the number", async () => {
    expect((await searchClients(db, "900123")).map((c) => c.firstName)).toEqual(["Ava"]);
    expect((await searchClients(db, "0900 123")).map((c) => c.firstName)).toEqual(["Ava"]);
  });

  it("finds nobody for a number nobody has", async () => {
    expect(await searchClients(db, "07999 111")).toEqual([]);
  });
});

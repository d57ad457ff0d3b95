import { describe, expect, it } from "vitest";
import { ACCOUNT_KEYS, ACCOUNTS, accountCodeSchema, accountCodesSchema, defaultAccountCodes, resolveAccountCodes } from "@/lib/journal/accounts";

const message = (value: string) => {
  const r = accountCodeSchema.safeParse(value);
  return r.success ? null : r.error.issues[0].message;
};

describe("account codes", () => {
  it("every account has a name, a default code that passes its own check, and an explanation", () => {
    for (const key of ACCOUNT_KEYS) {
      expect(ACCOUNTS[key].name.length).toBeGreaterThan(2);
      expect(accountCodeSchema.parse(ACCOUNTS[key].defaultCode)).toBe(ACCOUNTS[key].defaultCode);
      expect(ACCOUNTS[key].what.length).toBeGreaterThan(10);
    }
    // The ones an accountant checks first: Xero UK's default chart.
    expect(defaultAccountCodes()).toMatchObject({ serviceRevenue: "200", vat: "820", suspense: "850", deferredRevenue: "815" });
  });

  it("a stored code wins over the default; unknown keys are ignored", () => {
    const codes = resolveAccountCodes([
      { key: "vat", code: "2202" },
      { key: "payroll", code: "7000" },
    ]);
    expect(codes.vat).toBe("2202");
    expect(codes.serviceRevenue).toBe("200");
    expect(Object.keys(codes)).toEqual([...ACCOUNT_KEYS]);
  });

  it("trims; refuses empty, long, commas, quotes and a leading formula character, each with a message that says what to do", () => {
    expect(accountCodeSchema.parse("  4000 ")).toBe("4000");
    expect(accountCodeSchema.parse("SALES-01")).toBe("SALES-01");
    expect(message("")).toMatch(/Enter a code/);
    expect(message("   ")).toMatch(/Enter a code/);
    expect(message("12345678901")).toMatch(/at most 10/);
    expect(message("4,000")).toMatch(/no commas or quotes/);
    expect(message('40"0')).toMatch(/no commas or quotes/);
    expect(message("=SUM(A1)")).toMatch(/Start the code with a letter or a digit/);
    expect(message("-200")).toMatch(/Start the code/);
  });

  it("the form's schema checks every account at once", () => {
    const all = { ...defaultAccountCodes(), cashInTill: "1,230" };
    const r = accountCodesSchema.safeParse(all);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["cashInTill"]);
  });
});

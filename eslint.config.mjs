import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The app's own rules: the shape of the code that a reviewer would otherwise have to remember.
 * - no-db-in-client: a "use client" file never imports the database (it would ship to the browser).
 * - one-ledger-writer: the course booking log is written by logBooking alone (lib/courses/booking-log.ts).
 */
const LEDGER_WRITER = "lib/courses/booking-log.ts";
const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "upsert", "delete", "deleteMany"]);

const salon = {
  rules: {
    "no-db-in-client": {
      meta: { type: "problem", messages: { db: "A client component must not import the database ({{source}}): call a server action from lib/actions instead." } },
      create(context) {
        const body = context.sourceCode.ast.body;
        const isClient = body.some((n) => n.type === "ExpressionStatement" && n.directive === "use client");
        if (!isClient) return {};
        return {
          ImportDeclaration(node) {
            const source = String(node.source.value);
            if ((source === "@/lib/db" || source.startsWith("@/generated/prisma")) && node.importKind !== "type") {
              context.report({ node, messageId: "db", data: { source } });
            }
          },
        };
      },
    },
    "one-ledger-writer": {
      meta: { type: "problem", messages: { write: "Only logBooking ({{writer}}) writes the course booking log." } },
      create(context) {
        if (context.filename.replaceAll("\\", "/").endsWith(LEDGER_WRITER)) return {};
        return {
          MemberExpression(node) {
            const object = node.object;
            if (object.type === "MemberExpression" && object.property.type === "Identifier" && object.property.name === "courseBookingLog" && node.property.type === "Identifier" && WRITES.has(node.property.name)) {
              context.report({ node, messageId: "write", data: { writer: LEDGER_WRITER } });
            }
          },
        };
      },
    },
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "bench/.data/**", "backups/**", "tests/.tmp/**", "generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "data/**"] },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    plugins: { salon },
    rules: { "salon/no-db-in-client": "error", "salon/one-ledger-writer": "error" },
  },
  {
    // Components get data and actions from lib/ (lib/actions, lib/<domain>/schemas), never from a route's files.
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*"], message: "Import actions from @/lib/actions and schemas from @/lib/<domain>, not from a route." }] }] },
  },
];

export default config;

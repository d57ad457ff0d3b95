import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "bench/.data/**", "backups/**", "tests/.tmp/**", "generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "data/**"] },
];

export default config;

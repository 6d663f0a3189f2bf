import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const processEnvBan = {
  "no-restricted-properties": [
    "error",
    { object: "process", property: "env", message: "Lees configuratie via env() uit lib/env.ts." },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      ...processEnvBan,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The system client crosses tenants: only the database layer, login, platform admin and tools may use it.
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@/lib/db/client", message: "Tenantdata alleen via withActor(); systemDb alleen in lib/db, lib/auth en lib/domain/admin." }],
          patterns: [{ group: ["@/lib/generated/prisma/client"], message: "Gebruik lib/db en de services in lib/domain." }],
        },
      ],
    },
  },
  {
    files: ["lib/db/**", "lib/auth/**", "lib/domain/admin/**", "app/api/health/**", "prisma/**", "scripts/**", "tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@/lib/db/client", message: "Services gebruiken withActor()." }],
          patterns: [
            { group: ["react", "react-dom", "next", "next/*"], message: "Services importeren geen React of Next." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/domain/admin/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["react", "react-dom", "next", "next/*"], message: "Services importeren geen React of Next." }] },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db/*", "@/lib/generated/*", "@/lib/domain/*/service"], message: "Componenten doen geen datatoegang." }] },
      ],
    },
  },
  {
    files: ["lib/env.ts", "scripts/**", "tests/**", "*.config.ts", "*.config.mjs", "prisma/**"],
    rules: { "no-restricted-properties": "off" },
  },
]);

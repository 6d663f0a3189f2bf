import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Configuration is read in lib/env.ts only; test tooling reads its own harness variables.
const processEnvBan = {
  "no-restricted-properties": ["error", { object: "process", property: "env", message: "Lees configuratie via lib/env.ts." }],
};

// The cross-tenant system client, however it is imported (alias or relative path).
const systemClient = {
  group: ["@/lib/db/client", "**/db/client", "**/db/client.ts"],
  message:
    "Tenantdata alleen via withActor(); systemDb alleen in lib/db, lib/auth, lib/domain/admin, lib/domain/notifications/system, lib/jobs, scripts en tests.",
};
const noReactInServices = {
  group: ["react", "react-dom", "next", "next/*"],
  message: "Services importeren geen React of Next.",
};
// Pages and routes reach data through services; they never hold a database client.
const databaseClients = {
  group: ["@/lib/db/client", "@/lib/db/with-actor", "**/lib/db/client", "@/lib/generated/prisma/client", "pg", "@prisma/*"],
  allowTypeImports: true,
  message: "Pagina's en routes gebruiken de services in lib/domain, geen databaseclient.",
};
// Components only present: no data access. Pure domain modules (rules, schemas, display helpers)
// are allowed; everything else in lib/domain is banned by default, so a new service is covered.
const dataAccessInComponents = {
  group: [
    "@/lib/db/*",
    "@/lib/generated/*",
    "@/lib/auth/*",
    "!@/lib/auth/workspaces",
    "@/lib/domain/*/*",
    "!@/lib/domain/*/rules",
    "!@/lib/domain/*/schema",
    "!@/lib/domain/plans/indicators",
    "!@/lib/domain/audit/history",
    // Pure text rendering (Markdown → escaped HTML), shared by the page and the live preview.
    "!@/lib/domain/agreements/markdown",
    "pg",
    "@prisma/*",
  ],
  allowTypeImports: true,
  message: "Componenten doen geen datatoegang: geef gegevens mee als props.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its errors; one passed where a void callback is expected does too.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    rules: {
      ...processEnvBan,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            systemClient,
            { group: ["@/lib/generated/prisma/client"], message: "Gebruik lib/db en de services in lib/domain." },
          ],
        },
      ],
    },
  },
  {
    // The transaction rule (docs/transactions.md): independent queries of a transaction may be
    // combined with Promise.all (Prisma runs them as one batch on the transaction's connection);
    // allSettled/any/race would keep queries running after a failure or after the transaction ended.
    files: ["lib/domain/**", "lib/db/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Promise'][callee.property.name=/^(allSettled|any|race)$/]",
          message: "In een transactie alleen Promise.all of await per query; zie docs/transactions.md.",
        },
      ],
    },
  },
  {
    // lib/jobs: job handlers serve every region (they re-derive the actor or work cross-tenant on purpose).
    files: ["lib/db/**", "lib/auth/**", "lib/domain/admin/**", "lib/jobs/**", "prisma/**", "scripts/**", "tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["lib/domain/**"],
    ignores: ["lib/domain/admin/**", "lib/domain/notifications/system/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [systemClient, noReactInServices] }] },
  },
  {
    // Platform administration and the notification workers (fan-out to recipients in any
    // organisation, the mail outbox, scheduled scans) cross tenants on purpose.
    files: ["lib/domain/admin/**", "lib/domain/notifications/system/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [noReactInServices] }] },
  },
  {
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [databaseClients] }] },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [dataAccessInComponents] }] },
  },
  {
    files: [
      "lib/env.ts",
      "tests/**",
      "scripts/test-e2e.ts",
      "scripts/bench.ts",
      "scripts/bench-http.ts",
      "scripts/seed-scale.ts",
      "scripts/bench/**",
      "scripts/experiments/**",
      "scripts/lib/**",
      "scripts/prisma.mjs",
      "*.config.ts",
      "*.config.mjs",
      "prisma/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
]);

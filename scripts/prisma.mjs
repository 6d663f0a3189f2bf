// Runs the Prisma CLI offline. The CLI fetches its native schema engine when it starts, whatever the
// command, and that download cannot work here. `generate` (and `validate`, `format`) never run it, so
// for those it is pointed at a program that exists. Migrations are applied by lib/db/migrate.ts and
// diffed by scripts/lib/schema-diff.ts (the same engine as WebAssembly), not by this CLI.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const withoutEngine = ["generate", "validate", "format"].includes(process.argv[2] ?? "");
const standIn = ["/bin/false", "/usr/bin/false"].find((file) => existsSync(file)) ?? process.execPath;
const env = { ...process.env };
if (withoutEngine) env.PRISMA_SCHEMA_ENGINE_BINARY ??= standIn;
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);

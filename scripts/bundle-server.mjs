// Bundles the production server's two entry points, scripts/serve.ts (the web process) and
// scripts/worker.ts (the job worker it starts), into plain JavaScript in .next/wijkkracht/. Part of
// `npm run build`; `npm start`, the browser tests and the benchmarks bundle before they start a server.
// Why not run them with tsx: tsx's loader runs on a thread of its own with a V8 heap of its own, and
// transpiles at start. Measured on the scale data, at rest, the web process took 295 MB and the worker
// 189 MB under tsx, against 200 and about 110 MB bundled (README, "Speed at national scale").
// Packages stay outside the bundle (resolved from node_modules as before); only this project's code,
// with its `@/` paths, is bundled.
//   node scripts/bundle-server.mjs
import { build } from "esbuild";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

await build({
  absWorkingDir: root,
  entryPoints: { serve: "scripts/serve.ts", worker: "scripts/worker.ts" },
  outdir: ".next/wijkkracht", // SERVER_BUNDLE in scripts/lib/web-process.ts
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "tsconfig.json",
  sourcemap: "linked",
  logLevel: "warning",
});

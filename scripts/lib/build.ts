// Shared by `npm start` and the browser tests: make a production build only when sources changed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
export const NEXT_BIN = path.join(root, "node_modules", "next", "dist", "bin", "next");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const dirs = ["app", "components", "lib", "public"].filter((d) => existsSync(path.join(root, d)));
  const files = ["next.config.ts", "package-lock.json", "proxy.ts", "postcss.config.mjs", "tsconfig.json"].filter((f) => existsSync(path.join(root, f)));
  return dirs.some((d) => newestMtime(path.join(root, d)) > built) || files.some((f) => statSync(path.join(root, f)).mtimeMs > built);
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} mislukte (exit ${result.status})`);
}

export function ensureGeneratedClient(): void {
  if (!existsSync(path.join(root, "lib", "generated", "prisma"))) run(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "generate"]);
}

export function buildIfNeeded(log: (m: string) => void): void {
  if (!buildIsStale()) return;
  log("productiebuild maken…");
  run(process.execPath, [NEXT_BIN, "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}

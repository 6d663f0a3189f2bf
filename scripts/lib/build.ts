// Shared by `npm start` and the browser tests: make a production build only when sources changed.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
export const NEXT_BIN = path.join(root, "node_modules", "next", "dist", "bin", "next");

const STAMP = path.join(root, ".next", "wijkkracht-sources.sha256");

function listFiles(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else out.push(full);
  }
}

/** A fingerprint of every source file's path, size and mtime: added, changed and deleted files all change it. */
function sourceFingerprint(): string {
  const files: string[] = [];
  for (const d of ["app", "components", "lib", "public"])
    if (existsSync(path.join(root, d))) listFiles(path.join(root, d), files);
  // The schema stands for the generated Prisma client (lib/generated, left out above), which the build bundles.
  for (const f of [
    "next.config.ts",
    "package-lock.json",
    "proxy.ts",
    "postcss.config.mjs",
    "tsconfig.json",
    "prisma/schema.prisma",
  ]) {
    if (existsSync(path.join(root, f))) files.push(path.join(root, f));
  }
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    const stat = statSync(file);
    hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function buildIsStale(): boolean {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(STAMP)) return true;
  return readFileSync(STAMP, "utf8") !== sourceFingerprint();
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} mislukte (exit ${result.status})`);
}

/**
 * A child process whose exit code is awaited, not waited for: this process's event loop goes on, so an
 * embedded database it hosts (PGlite in-process) keeps answering the child. Resolves to the exit code.
 */
export function runAsync(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function ensureGeneratedClient(): void {
  if (!existsSync(path.join(root, "lib", "generated", "prisma")))
    run(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "generate"]);
}

/**
 * The Next.js build when sources changed, then the server's bundle (scripts/bundle-server.mjs) every
 * time: it takes well under a second, and its sources include scripts/ that the fingerprint leaves out.
 */
export function buildIfNeeded(log: (m: string) => void): void {
  if (buildIsStale()) {
    log("productiebuild maken…");
    const fingerprint = sourceFingerprint();
    run(process.execPath, [NEXT_BIN, "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
    writeFileSync(STAMP, fingerprint);
  }
  run(process.execPath, [path.join(root, "scripts", "bundle-server.mjs")]);
}

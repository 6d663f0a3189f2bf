// `npm run test:e2e`: a fresh database with the demo data, a production build, the server on a
// local port, then Playwright with Debian's Chromium. Everything is cleaned up afterwards.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createTestDatabase } from "@/lib/db/test-database";
import { buildIfNeeded, ensureGeneratedClient, runAsync } from "./lib/build";
import { FIRST_LOAD_JS_BUDGET_KB, pageRoutes, pagesOverBudget } from "./lib/first-load-js";
import { serveArgs } from "./lib/web-process";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseUrl = `http://127.0.0.1:${port}`;
const say = (m: string) => console.log(`[e2e] ${m}`);

async function waitForHealth(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`de server antwoordde niet binnen ${timeoutMs / 1000} s`);
}

/** True when something already answers on the port (a server left over from an earlier run would be tested instead). */
async function portTaken(): Promise<boolean> {
  try {
    await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  if (await portTaken()) throw new Error(`poort ${port} is al in gebruik; stop die server of kies een andere E2E_PORT`);
  ensureGeneratedClient();
  buildIfNeeded(say);
  // A budget, not a timing: a client component that imports a whole message catalogue shows here.
  const overBudget = pagesOverBudget();
  if (overBudget.length > 0)
    throw new Error(
      `meer dan ${FIRST_LOAD_JS_BUDGET_KB} kB JavaScript (gzip) bij het eerste laden: ${overBudget
        .map(({ route, kb }) => `${route} (${kb ?? "onleesbaar"} kB)`)
        .join(", ")}`,
    );
  say(`${pageRoutes().length} pagina's binnen ${FIRST_LOAD_JS_BUDGET_KB} kB JavaScript (gzip) bij het eerste laden`);
  const database = await createTestDatabase({
    serverUrl: process.env.TEST_DATABASE_URL,
    name: `wijkkracht_e2e_${process.pid}`,
    embeddedPort: 54900 + (process.pid % 90),
  });
  const env = {
    ...process.env,
    ...database.env,
    NEXTAUTH_SECRET: "e2e-test-secret-not-for-production-use",
    NEXTAUTH_URL: baseUrl,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    // A demo server on purpose; the browser tests act as the proxy that says who the client is
    // (tests/e2e/login.spec.ts sends X-Forwarded-For to play users on different addresses).
    SEED_DEMO_DATA: "true",
    TRUSTED_PROXY_HEADER: "x-forwarded-for",
  };
  let server: ReturnType<typeof spawn> | undefined;
  try {
    // Awaited, not spawnSync: without TEST_DATABASE_URL this process hosts the embedded database.
    if ((await runAsync(process.execPath, ["--import", "tsx", "prisma/seed.ts"], env)) !== 0)
      throw new Error("demodata laden mislukte");
    server = spawn(process.execPath, serveArgs(port, "127.0.0.1"), {
      stdio: ["ignore", "inherit", "inherit"],
      env,
    });
    await waitForHealth(60_000);
    say(`server klaar op ${baseUrl}`);
    const require = createRequire(import.meta.url);
    const cli = require.resolve("@playwright/test/cli");
    return await runAsync(process.execPath, [cli, "test", ...process.argv.slice(2)], { ...process.env, E2E_BASE_URL: baseUrl });
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server!.once("exit", r));
    }
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e] mislukt: ${(error as Error).message}`);
    process.exit(1);
  },
);

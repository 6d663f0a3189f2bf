// The production server (`npm run serve`, started by `npm start` and the browser tests): Next.js
// behind a few lines of Node's own HTTP server, for two things Next cannot do by itself:
// 1. The client's address and scheme. Next keeps whatever X-Forwarded-For a client sends, so the
//    login throttle could be dodged with a made-up address per attempt. Here the forwarding headers
//    a client sent are dropped and replaced: the address is the TCP peer's, unless TRUSTED_PROXY_HEADER
//    names the header your own proxy sets (then its last address, and X-Forwarded-Proto, are taken).
// 2. Safe defaults: in production it refuses to start while the demo accounts (published password)
//    exist, unless SEED_DEMO_DATA=true declares a demo server.
// It also starts the job worker (scripts/worker.ts) as a child process and restarts it when it dies
// (after 1 s, doubling up to 30 s while it keeps dying quickly); JOBS_WORKER=false leaves it out.
// Separate processes: a crash or kill -9 of the worker does not take the web server down, and a job
// the dead worker was running is retried from the queue (lib/jobs/worker.ts).
// It runs bundled (scripts/bundle-server.mjs, part of the build), as `npm run serve`:
//   node .next/wijkkracht/serve.mjs [-p 3000] [-H 0.0.0.0]
// First: before Next.js captures setImmediate. Next.js itself is imported in main(): a bundle
// evaluates the packages it imports statically before any of its own code.
import "@/lib/next/immediate-links";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { stampClient } from "@/lib/auth/client-address";
import { answerLoginBusy, BUSY_HOLD_MS, isLoginAttempt, TokenBucket } from "@/lib/auth/login-gate";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { demoAccountsPresent, REMOVE_DEMO_ACCOUNTS_HINT } from "@/lib/db/seed/demo-accounts";
import { env } from "@/lib/env";

async function refuseDemoAccountsInProduction(): Promise<void> {
  const config = env();
  if (config.NODE_ENV !== "production" || config.SEED_DEMO_DATA === "true") return;
  const present = await demoAccountsPresent(systemDb);
  await disconnectDb();
  if (present.length === 0) return;
  console.error(
    `[wijkkracht] de server start niet: deze productiedatabase bevat demo-accounts met een openbaar wachtwoord ` +
      `(${present.join(", ")}). ${REMOVE_DEMO_ACCOUNTS_HINT}`,
  );
  process.exit(1);
}

/**
 * The worker's heap limit. Imports read files as streams with limits well below it (about 250 MB of
 * RSS at the most for the hostile files of `npm run bench:hostile-uploads`); should a file get past
 * those, the worker dies at this limit instead of growing, and is started again below.
 */
const WORKER_HEAP_MB = 512;

/** scripts/worker.ts, bundled beside this file. */
const WORKER_BUNDLE = path.join(import.meta.dirname, "worker.mjs");

/** Keeps one worker process running until stop() is called. */
function superviseWorker(): { stop: () => Promise<void> } {
  let child: ChildProcess | undefined;
  let stopping = false;
  let quickDeaths = 0;
  const start = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, [`--max-old-space-size=${WORKER_HEAP_MB}`, WORKER_BUNDLE], {
      stdio: "inherit",
      env: process.env, // eslint-disable-line no-restricted-properties -- the worker inherits the server's configuration
    });
    child.on("exit", (code, signal) => {
      if (stopping) return;
      quickDeaths = Date.now() - startedAt < 60_000 ? quickDeaths + 1 : 0;
      const delay = Math.min(30_000, 1000 * 2 ** Math.max(0, quickDeaths - 1));
      console.error(`[wijkkracht] taakverwerker gestopt (${signal ?? code}); herstart over ${delay / 1000} s`);
      setTimeout(() => stopping || start(), delay);
    });
  };
  start();
  return {
    stop: async () => {
      stopping = true;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p", default: "3000" }, hostname: { type: "string", short: "H" } },
  });
  const port = Number(values.port);
  await refuseDemoAccountsInProduction();
  const trusted = env().TRUSTED_PROXY_HEADER;
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: values.hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const logins = new TokenBucket(env().LOGIN_ATTEMPTS_PER_SECOND);
  const server = createServer((request, response) => {
    stampClient(request, trusted);
    if (isLoginAttempt(request) && !logins.take()) {
      setTimeout(() => answerLoginBusy(request, response), BUSY_HOLD_MS);
      return;
    }
    void handle(request, response);
  });
  server.listen(port, values.hostname, () => {
    console.log(`[wijkkracht] server luistert op ${values.hostname ?? "*"}:${port}`);
  });
  const worker = env().JOBS_WORKER === "true" ? superviseWorker() : undefined;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void (worker?.stop() ?? Promise.resolve()).then(() => server.close(() => process.exit(0)));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(`[wijkkracht] server starten mislukt: ${(error as Error).message}`);
  process.exit(1);
});

// How the web process (scripts/serve.ts) is started, by `npm run serve`, `npm start`, the browser
// tests and the benchmarks alike: from its bundle (scripts/bundle-server.mjs, part of the build).

/**
 * The web process's heap. Left to itself V8 grows a server's heap towards a quarter of the machine's
 * memory: `npm run bench:http` saw 1.0–1.8 GB of RSS under 16 users. 384 MB of old space still holds
 * 16 concurrent renders of the heaviest page; a 32 MB young generation (16 MB by default) lets a
 * render's short-lived objects die young instead of being promoted, which also costs less CPU.
 * Measured in the README's "Speed at national scale". package.json's `serve` script repeats these
 * flags (tests/unit/web-process.test.ts keeps the two equal); the README's deployment steps say how
 * to give a larger machine's server more.
 */
export const WEB_HEAP_FLAGS = ["--max-old-space-size=384", "--max-semi-space-size=32"] as const;

/** scripts/serve.ts bundled; the job worker's bundle, worker.mjs, lies beside it. */
export const SERVER_BUNDLE = ".next/wijkkracht/serve.mjs";

/** Node's arguments for the web process on `port` (and `host`, when given). */
export function serveArgs(port: number, host?: string, extraNodeFlags: readonly string[] = []): string[] {
  return [...WEB_HEAP_FLAGS, ...extraNodeFlags, SERVER_BUNDLE, "-p", String(port), ...(host ? ["-H", host] : [])];
}

/**
 * The environment of a production server that the experiments measure one request at a time
 * (scripts/experiments): the demo accounts are its accounts, no job worker competes for the CPU, and
 * the client address comes from X-Forwarded-For so the sessions' logins are not throttled as one.
 */
export function measuredServerEnv(port: number): Record<string, string> {
  return {
    NODE_ENV: "production",
    NEXTAUTH_SECRET: "wijkkracht-bench-secret-not-for-production",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    SEED_DEMO_DATA: "true",
    JOBS_WORKER: "false",
    TRUSTED_PROXY_HEADER: "x-forwarded-for",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

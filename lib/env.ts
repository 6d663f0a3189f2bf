// All configuration, validated once. Nothing else reads process.env (enforced by ESLint); test
// harness variables (TEST_DATABASE_URL, E2E_PORT, CHROMIUM_PATH) are read by the test tools only.
import { z } from "zod";

const NodeEnv = z.enum(["development", "production", "test"]).default("development");
const Port = z.coerce.number().int().min(1).max(65_535);
const Flag = z.enum(["true", "false"]);
const DatabaseUrl = z
  .string()
  .min(1)
  .refine((v) => URL.canParse(v), "geen geldige postgresql://-URL");
// Only http(s): the scheme decides HSTS and Secure cookies.
const PublicUrl = z.url({ protocol: /^https?$/, message: "geef een http(s)-URL" });
// A request header name such as x-forwarded-for or x-real-ip.
const HeaderName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+$/, "geef de naam van een HTTP-header, bijvoorbeeld x-forwarded-for");

/** The database roles (created by the migrations; README, "Database roles"). */
export const DATABASE_ROLES = { web: "wijkkracht_web", system: "wijkkracht_system" } as const;

/** The same server and database as `url`, connecting as `role` (without a password). */
export function databaseUrlAs(url: string, role: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = "";
  return parsed.toString();
}

/** The role name in a connection string. */
export function databaseUser(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** What the launcher (`npm start`, `npm run db:migrate`) reads before the server exists. */
const LaunchEnvSchema = z.object({
  NODE_ENV: NodeEnv,
  DATABASE_URL: DatabaseUrl.optional(),
  SYSTEM_DATABASE_URL: DatabaseUrl.optional(),
  MIGRATION_DATABASE_URL: DatabaseUrl.optional(),
  PORT: Port.default(3000),
  PGLITE_PORT: Port.default(54320),
  SEED_DEMO_DATA: Flag.optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET moet minstens 16 tekens zijn").optional(),
  NEXTAUTH_URL: PublicUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
  DATABASE_PREPARED_STATEMENTS: Flag.optional(),
  TRUSTED_PROXY_HEADER: HeaderName.optional(),
  SMTP_URL: z.string().optional(),
});

/** What the app server reads: by then the launcher has filled in the database and the secret. */
const EnvSchema = z
  .object({
    NODE_ENV: NodeEnv,
    /** The app's own connection: the role wijkkracht_web (tenant work through withActor()). */
    DATABASE_URL: DatabaseUrl,
    /** The cross-tenant client `systemDb`: the role wijkkracht_system. Default: DATABASE_URL as that role. */
    SYSTEM_DATABASE_URL: DatabaseUrl.optional(),
    NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET moet minstens 16 tekens zijn").optional(),
    NEXTAUTH_URL: PublicUrl.optional(),
    /** Connections per pool; the app server has two pools (tenant and system). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * "false": every statement is parsed and planned anew instead of prepared once per connection
     * (lib/db/client.ts). `npm start` sets it for the embedded database, whose connections share one
     * session; set it behind PgBouncer in transaction mode unless it keeps prepared statements
     * (PgBouncer 1.21 and later with max_prepared_statements).
     */
    DATABASE_PREPARED_STATEMENTS: Flag.default("true"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /**
     * Where the client's address comes from. Unset: the TCP connection (the server faces the
     * clients). Set (e.g. x-forwarded-for) only behind a proxy that sets or appends that header: the
     * last address in it is the client. The same setting makes the server trust x-forwarded-proto.
     */
    TRUSTED_PROXY_HEADER: HeaderName.optional(),
    /** "true" declares a demo server: the demo accounts may then exist in production. */
    SEED_DEMO_DATA: Flag.optional(),
    /** Where e-mail goes (smtp:// or smtps://, with user:password@ when needed). Unset: kept in the outbox (/admin/mail). */
    SMTP_URL: z.url({ protocol: /^smtps?$/, message: "geef een smtp://- of smtps://-URL" }).optional(),
    /** The sender of every e-mail. */
    MAIL_FROM: z.string().trim().min(3).default("Wijkkracht <noreply@wijkkracht.invalid>"),
    /** "false": `npm run serve` starts no job worker beside the web server (run `npm run worker` elsewhere). */
    JOBS_WORKER: Flag.default("true"),
    /** Login attempts per second one app server passes on to next-auth; the rest are answered "busy" (lib/auth/login-gate.ts). */
    LOGIN_ATTEMPTS_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(20),
  })
  .transform((e) => ({
    ...e,
    SYSTEM_DATABASE_URL: e.SYSTEM_DATABASE_URL ?? databaseUrlAs(e.DATABASE_URL, DATABASE_ROLES.system),
  }));

export type Env = z.output<typeof EnvSchema>;
export type LaunchEnv = z.infer<typeof LaunchEnvSchema>;

function parse<T extends z.ZodType>(schema: T): z.infer<T> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Ongeldige configuratie: ${problems}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The server's configuration. Parsed lazily so that `next build` works without a database. */
export function env(): Env {
  cached ??= parse(EnvSchema);
  return cached;
}

/** The launcher's configuration, read fresh: the launcher itself sets DATABASE_URL and friends. */
export function launchEnv(): LaunchEnv {
  return parse(LaunchEnvSchema);
}

/**
 * Sets a variable for this process and the processes it starts (the launcher hands the embedded
 * database's URL and the generated secret to the server this way).
 */
export function setProcessEnv(name: Exclude<keyof LaunchEnv, "NODE_ENV">, value: string): void {
  process.env[name] = value;
  cached = undefined;
}

/** NEXTAUTH_URL is https: cookies are marked Secure and responses carry HSTS. */
export function servedOverHttps(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** Development mode; Next inlines NODE_ENV at build time, so this also works in the proxy. */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}

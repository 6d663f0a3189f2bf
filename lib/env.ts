// The environment, validated once. Nothing else reads process.env (enforced by ESLint).
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL ontbreekt"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET moet minstens 16 tekens zijn").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Parsed lazily so that `next build` works without a database. */
export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Ongeldige configuratie: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

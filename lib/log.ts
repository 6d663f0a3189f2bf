import pino from "pino";
import { env } from "@/lib/env";

let logger: pino.Logger | undefined;

export function log(): pino.Logger {
  logger ??= pino({ level: env().LOG_LEVEL, base: { app: "wijkkracht" } });
  return logger;
}

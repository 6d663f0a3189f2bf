import pino from "pino";
import { env } from "@/lib/env";

let logger: pino.Logger | undefined;

/**
 * Errors as pino's standard serializer writes them, minus the connection object node-postgres
 * attaches to errors of idle clients (`err.client`): kilobytes of driver state per line, on every
 * connection a database restart drops.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  delete serialized.client;
  return serialized;
}

export function log(): pino.Logger {
  logger ??= pino({ level: env().LOG_LEVEL, base: { app: "wijkkracht" }, serializers: { err: serializeError } });
  return logger;
}

// The SQL that takes one Prisma schema to another, from Prisma's schema engine compiled to
// WebAssembly. Prisma 7's CLI runs Migrate only through its native schema engine, which it downloads
// on first use and which cannot be fetched offline; the same engine as WebAssembly comes from npm.
// Used by `npm run db:new-migration` and the schema-drift test.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
};
type EngineModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: unknown, log: (line: string) => void, adapter: object) => Promise<Engine> };
};

async function loadEngine(): Promise<EngineModule["SchemaEngine"]> {
  // The package's entry imports its .wasm file as an ES module, which Node 20 does not do without a
  // flag: load wasm-bindgen's glue and instantiate the module by hand, as the glue expects.
  const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(gluePath)) as EngineModule;
  const wasmModule = await WebAssembly.compile(await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm")));
  const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": glue as never });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

/** A side of a diff: nothing, or a schema file. */
export type SchemaSide = "empty" | { schemaFile: string };

async function target(side: SchemaSide) {
  if (side === "empty") return { tag: "empty" };
  return { tag: "schemaDatamodel", files: [{ path: side.schemaFile, content: await readFile(side.schemaFile, "utf8") }] };
}

/**
 * The SQL (PostgreSQL) that takes a database from `from` to `to`; empty when they are the same.
 * The engine connects to `databaseUrl` when it starts (it asks the server's version) and changes
 * nothing there.
 */
export async function schemaDiffSql(
  from: SchemaSide,
  to: SchemaSide,
  databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
): Promise<string> {
  const SchemaEngine = await loadEngine();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl, max: 1 }));
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  const result = await engine.diff({
    from: await target(from),
    to: await target(to),
    shadowDatabaseUrl: null,
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
}

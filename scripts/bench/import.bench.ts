// Importing 10,000 practices: reading + validating alone, the background job (read, validate,
// stage in chunks), and the all-or-nothing commit (creates, then the same file again as updates).
// Also the longest event-loop stall during the background job: how long other requests could wait.
import { loadActor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import { readTable } from "@/lib/domain/imports/parse";
import { planPracticeColumns, validatePracticeRows } from "@/lib/domain/imports/rows";
import { commitImportJob, createImportJob, processImportJob, requestImportCommit } from "@/lib/domain/imports/service";
import { measure, memoryMb } from "./harness";

const ROWS = 10_000;
const SLUG = "zaanstreek-waterland";
const DISCIPLINES = ["huisartsenzorg", "Fysiotherapie", "farmacie", "Logopedie"];
const MUNICIPALITIES = ["GM0479", "GM0439", "Zaanstad", "0385"];

function file(run: number): Uint8Array {
  const lines = [
    "\uFEFFNaam;Discipline;AGB-code;KvK-nummer;Straat;Huisnummer;Postcode;Plaats;Gemeente;Telefoon;E-mail;Ingeschreven patiënten;Peildatum",
  ];
  for (let i = 0; i < ROWS; i++) {
    const agb = `9${String(run).padStart(2, "0")}${String(i).padStart(5, "0")}`;
    lines.push(
      `Praktijk ${run}-${i};${DISCIPLINES[i % 4]};${agb};${String(10_000_000 + i)};Dorpsstraat;${i % 200};1501 AB;Zaandam;${MUNICIPALITIES[i % 4]};075 123 45 67;info${i}@praktijk.test;${1000 + (i % 3000)};01-01-2026`,
    );
  }
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

/** Longest gap between timer ticks while fn runs (a busy event loop delays every other request). */
async function maxEventLoopStall(fn: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return worst;
}

export default async function importBench() {
  const user = await systemDb.user.findUniqueOrThrow({ where: { email: "coordinator@wijkkracht.test" } });
  const actor = (await loadActor(user.id))!;
  const disciplines = await systemDb.discipline.findMany({ select: { id: true, code: true, name: true } });
  const region = await systemDb.region.findUniqueOrThrow({ where: { slug: SLUG } });
  const context = {
    disciplines,
    municipalities: region.municipalityCodes.map((code) => ({ code, name: code === "GM0479" ? "Gemeente Zaanstad" : null })),
    existingAgbs: new Set<string>(),
  };
  const sample = file(0);
  console.log(`file: ${ROWS} rows, ${(sample.byteLength / 1e6).toFixed(1)} MB`);

  await measure(
    `parse + validate ${ROWS} rows (CPU only)`,
    async () => {
      const table = await readTable(sample, "bench.csv");
      const result = validatePracticeRows(planPracticeColumns(table.headers), table.rows, context);
      if (result.errorCount > 0) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    },
    5,
    1,
  );

  let run = 1;
  const staged: string[] = [];
  const stage = async () => {
    const bytes = file(run++);
    const job = await createImportJob(actor, SLUG, { kind: "practices", file: { name: "bench.csv", size: bytes.byteLength } });
    await processImportJob(actor, job.id, bytes);
    staged.push(job.id);
  };
  await measure(`background job: read, validate, stage ${ROWS} rows`, stage, 3, 1);
  const stall = await maxEventLoopStall(stage);
  console.log(`longest event-loop stall during the background job: ${stall.toFixed(0)} ms`);

  const status = await systemDb.importJob.findUniqueOrThrow({ where: { id: staged[0]! } });
  if (status.status !== "ready" || status.toCreate !== ROWS)
    throw new Error(`job not ready: ${status.status} ${status.message} ${JSON.stringify(status.errors).slice(0, 300)}`);

  const commit = async () => {
    const id = staged.shift()!;
    await requestImportCommit(actor, SLUG, id);
    const result = await commitImportJob(actor, id);
    if (result.created + result.updated !== ROWS) throw new Error(`committed ${JSON.stringify(result)}`);
  };
  await measure(`commit ${ROWS} new practices (one transaction)`, commit, 4, 1);

  // The same file again: every row now matches an existing practice by AGB code.
  const again = file(1);
  const job = await createImportJob(actor, SLUG, { kind: "practices", file: { name: "bench.csv", size: again.byteLength } });
  await processImportJob(actor, job.id, again);
  staged.push(job.id);
  await measure(`commit ${ROWS} updates matched by AGB (one transaction)`, commit, 1, 0);
  console.log(memoryMb());
}

// Imports end to end against PostgreSQL: preview, all-or-nothing commit, update by AGB, wijk
// statistics, and who may import (every role, own and foreign region).
import { beforeAll, describe, expect, it } from "vitest";
import { dutch } from "@/lib/i18n/keys";
import type { Actor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import {
  commitImportJob,
  createImportJob,
  FILE_PART_BYTES,
  getImportJob,
  listImportJobs,
  processImportJob,
  requestImportCommit,
} from "@/lib/domain/imports/service";
import { getRegiobeeld } from "@/lib/domain/regiobeeld/service";
import { importStageJob } from "@/lib/jobs/imports";
import { actorFor, actorInTenant, createTenant, ROLES, type Tenant } from "./fixtures";

const enc = (text: string) => new TextEncoder().encode(text);

let tenant: Tenant;
let foreign: Tenant;
let coordinator: Actor;

async function runImport(
  actor: Actor,
  slug: string,
  csv: string,
  kind: "practices" | "wijkstatistics" = "practices",
  year?: number,
) {
  const bytes = enc(csv);
  const job = await createImportJob(actor, slug, { kind, file: { name: "bestand.csv", size: bytes.byteLength }, year });
  await processImportJob(actor, job.id, bytes);
  return (await getImportJob(actor, slug, job.id)).job;
}

async function commit(actor: Actor, slug: string, jobId: string) {
  await requestImportCommit(actor, slug, jobId);
  return commitImportJob(actor, jobId);
}

const agb = () => `01${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;

beforeAll(async () => {
  tenant = await createTenant("imp");
  foreign = await createTenant("impf");
  coordinator = await actorFor([{ role: "coordinator", regionId: tenant.regionId }]);
});

describe("practice import", () => {
  it("previews a bad row and writes nothing, even for the good rows", async () => {
    const good = agb();
    const job = await runImport(
      coordinator,
      tenant.slug,
      `naam;discipline;AGB-code;gemeente\nGoede praktijk;huisartsenzorg;${good};${tenant.municipalityCode}\nSlechte praktijk;huisartsenzorg;12;${tenant.municipalityCode}\n`,
    );
    expect(job.status).toBe("invalid");
    expect(job.errorCount).toBe(1);
    expect(job.problems.map((p) => ({ ...p, message: dutch(p.message) }))).toEqual([
      { row: 3, column: "AGB-code", message: "Een AGB-code bestaat uit precies 8 cijfers." },
    ]);
    await expect(requestImportCommit(coordinator, tenant.slug, job.id)).rejects.toThrow("kan niet (meer) worden doorgevoerd");
    expect(await systemDb.practice.count({ where: { regionId: tenant.regionId, agb: good } })).toBe(0);
    expect(await systemDb.importChunk.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("creates new practices and updates existing ones matched by AGB, in one audited commit", async () => {
    const existing = await systemDb.practice.findUniqueOrThrow({ where: { id: tenant.practiceId } });
    const fresh = agb();
    const job = await runImport(
      coordinator,
      tenant.slug,
      "\uFEFFNaam,Discipline,AGB-code,Gemeente,Ingeschreven patiënten,Peildatum\n" +
        `Bijgewerkte naam,Huisartsenzorg,${existing.agb},${tenant.municipalityCode},3100,2026-01-01\n` +
        `Nieuwe praktijk,huisartsenzorg,${fresh},${tenant.municipalityCode},1500,2026-01-01\n`,
    );
    expect(job).toMatchObject({ status: "ready", toCreate: 1, toUpdate: 1, errorCount: 0, progress: 100, totalRows: 2 });
    const result = await commit(coordinator, tenant.slug, job.id);
    expect(result).toEqual({ created: 1, updated: 1 });

    const updated = await systemDb.practice.findUniqueOrThrow({ where: { id: tenant.practiceId } });
    expect(updated).toMatchObject({
      name: "Bijgewerkte naam",
      registeredPatients: 3100,
      kvk: existing.kvk,
      municipalityCode: existing.municipalityCode,
    });
    const created = await systemDb.practice.findFirstOrThrow({ where: { regionId: tenant.regionId, agb: fresh } });
    expect(created).toMatchObject({ name: "Nieuwe praktijk", registeredPatients: 1500 });
    expect((await getImportJob(coordinator, tenant.slug, job.id)).job.status).toBe("committed");
    expect(await systemDb.importChunk.count({ where: { jobId: job.id } })).toBe(0);
    const audit = await systemDb.auditEvent.findMany({
      where: { regionId: tenant.regionId, action: "practice.import", entityId: job.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toMatchObject({ created: 1, updated: 1, rows: 2 });
    // A committed job cannot be committed twice.
    await expect(requestImportCommit(coordinator, tenant.slug, job.id)).rejects.toThrow();
  });

  it("rolls back the whole commit when one row fails in the database", async () => {
    const first = agb();
    const job = await runImport(
      coordinator,
      tenant.slug,
      `naam;discipline;agb;gemeente\nEen;huisartsenzorg;${first};${tenant.municipalityCode}\nTwee;huisartsenzorg;${agb()};${tenant.municipalityCode}\n`,
    );
    expect(job.status).toBe("ready");
    // Sabotage the staged data after the preview: the second row names a discipline that does not exist.
    const chunk = await systemDb.importChunk.findFirstOrThrow({ where: { jobId: job.id } });
    const rows = chunk.rows as { disciplineId: string }[];
    rows[1]!.disciplineId = "00000000-0000-4000-8000-000000000000";
    await systemDb.importChunk.update({ where: { id: chunk.id }, data: { rows } });
    await requestImportCommit(coordinator, tenant.slug, job.id);
    await expect(commitImportJob(coordinator, job.id)).rejects.toThrow();
    expect(await systemDb.practice.count({ where: { regionId: tenant.regionId, agb: first } })).toBe(0);
    const after = (await getImportJob(coordinator, tenant.slug, job.id)).job;
    expect(after.status).toBe("failed");
    expect(dutch(after.message ?? "")).toContain("Er is niets gewijzigd");
  });

  it("expires previews nobody confirmed within a day, removing their staged rows", async () => {
    const job = await runImport(
      coordinator,
      tenant.slug,
      `naam;discipline;gemeente\nOud;huisartsenzorg;${tenant.municipalityCode}\n`,
    );
    expect(job.status).toBe("ready");
    await systemDb.$executeRaw`UPDATE "ImportJob" SET "updatedAt" = now() - interval '2 days' WHERE id = ${job.id}::uuid`;
    await createImportJob(coordinator, tenant.slug, { kind: "practices", file: { name: "nieuw.csv", size: 10 } });
    const expired = (await getImportJob(coordinator, tenant.slug, job.id)).job;
    expect(expired.status).toBe("failed");
    expect(dutch(expired.message ?? "")).toContain("verlopen");
    expect(await systemDb.importChunk.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("refuses a file with patient-level columns", async () => {
    const job = await runImport(
      coordinator,
      tenant.slug,
      `naam;discipline;gemeente;BSN\nEen;huisartsenzorg;${tenant.municipalityCode};123456782\n`,
    );
    expect(job.status).toBe("invalid");
    expect(dutch(job.message ?? "")).toContain("individuele patiënten");
    expect(await systemDb.importChunk.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("stages 2,500 rows in chunks and commits them together", async () => {
    const lines = Array.from(
      { length: 2500 },
      (_, i) => `Bulk ${i};huisartsenzorg;9${String(i).padStart(7, "0")};${tenant.municipalityCode}`,
    );
    const job = await runImport(coordinator, tenant.slug, `naam;discipline;agb;gemeente\n${lines.join("\n")}\n`);
    expect(job).toMatchObject({ status: "ready", toCreate: 2500 });
    expect(await systemDb.importChunk.count({ where: { jobId: job.id } })).toBe(3);
    expect(await commit(coordinator, tenant.slug, job.id)).toEqual({ created: 2500, updated: 0 });
    expect(await systemDb.practice.count({ where: { regionId: tenant.regionId, name: { startsWith: "Bulk " } } })).toBe(2500);
  });
});

describe("the stored file", () => {
  it("is kept in parts of at most 256 KB, read back whole by the staging job, and removed once staged", async () => {
    const lines = ["naam;discipline;AGB-code;gemeente"];
    for (let i = 0, size = 0; size < 2.5 * FILE_PART_BYTES; i++) {
      lines.push(`Praktijk in delen ${i};huisartsenzorg;${String(30_000_000 + i)};${tenant.municipalityCode}`);
      size += lines.at(-1)!.length + 1;
    }
    const bytes = enc(lines.join("\n") + "\n");
    const job = await createImportJob(
      coordinator,
      tenant.slug,
      {
        kind: "practices",
        file: { name: "groot.csv", size: bytes.byteLength },
      },
      bytes,
    );
    const parts = await systemDb.importFilePart.findMany({ where: { jobId: job.id }, orderBy: { index: "asc" } });
    expect(parts.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(parts.every((p) => p.data.length <= FILE_PART_BYTES && p.regionId === tenant.regionId)).toBe(true);
    expect(Buffer.concat(parts.map((p) => p.data)).equals(Buffer.from(bytes))).toBe(true);

    await importStageJob.handler({ importJobId: job.id }, { id: "t", attempt: 1, lastAttempt: true });
    const staged = (await getImportJob(coordinator, tenant.slug, job.id)).job;
    expect(staged).toMatchObject({ status: "ready", totalRows: lines.length - 1, toCreate: lines.length - 1, errorCount: 0 });
    expect(await systemDb.importFilePart.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("is never visible to another region", async () => {
    const bytes = enc(`naam;discipline;gemeente\nPraktijk;huisartsenzorg;${tenant.municipalityCode}\n`);
    const job = await createImportJob(
      coordinator,
      tenant.slug,
      { kind: "practices", file: { name: "a.csv", size: bytes.byteLength } },
      bytes,
    );
    const other = await actorFor([{ role: "coordinator", regionId: foreign.regionId }]);
    const { withActor } = await import("@/lib/db/with-actor");
    const seen = await withActor(other, (tx) => tx.importFilePart.count({ where: { jobId: job.id } }));
    const own = await withActor(coordinator, (tx) => tx.importFilePart.count({ where: { jobId: job.id } }));
    expect({ seen, own }).toEqual({ seen: 0, own: 1 });
  });
});

describe("wijk statistics import", () => {
  it("upserts per region, year and wijk, and the regiobeeld shows them", async () => {
    const wk = `WK${tenant.municipalityCode.slice(2)}01`;
    const csv = `Codering;Wijken en buurten;AantalInwoners;k_65JaarOfOuder;80+;HuishoudensTotaal;Bevolkingsdichtheid\n${wk};Noord;10.000;2.000;500;4.500;3200\nWK036301;Elders;5;1;0;2;1\n`;
    const job = await runImport(coordinator, tenant.slug, csv, "wijkstatistics", 2025);
    expect(job).toMatchObject({ status: "ready", toCreate: 1, toUpdate: 0, skipped: 1 });
    expect(await commit(coordinator, tenant.slug, job.id)).toEqual({ created: 1, updated: 0 });
    const again = await runImport(coordinator, tenant.slug, csv.replace("10.000", "11.000"), "wijkstatistics", 2025);
    expect(again).toMatchObject({ toCreate: 0, toUpdate: 1 });
    await commit(coordinator, tenant.slug, again.id);
    const stat = await systemDb.wijkStatistic.findFirstOrThrow({
      where: { regionId: tenant.regionId, year: 2025, wijkCode: wk },
    });
    expect(stat).toMatchObject({
      name: "Noord",
      inhabitants: 11000,
      aged65Plus: 2000,
      aged80Plus: 500,
      households: 4500,
      extra: { Bevolkingsdichtheid: 3200 },
    });

    const beeld = await getRegiobeeld(coordinator, tenant.slug, 2025);
    expect(beeld.year).toBe(2025);
    expect(beeld.wijken).toEqual([expect.objectContaining({ wijkCode: wk, inhabitants: 11000, wijkverbanden: [] })]);
    expect(beeld.gaps).toBe(1);
  });
});

describe("who may import", () => {
  const csv = () => enc(`naam;discipline;gemeente\nEen;huisartsenzorg;${tenant.municipalityCode}\n`);

  for (const role of ROLES) {
    const allowed = role === "coordinator" || role === "platform_admin";
    it(`${role}: ${allowed ? "may" : "may not"} import in the own region`, async () => {
      const actor = await actorInTenant(role, tenant);
      const start = createImportJob(actor, tenant.slug, { kind: "practices", file: { name: "a.csv", size: 10 } });
      if (allowed) {
        const job = await start;
        await processImportJob(actor, job.id, csv());
        expect((await getImportJob(actor, tenant.slug, job.id)).job.status).toBe("ready");
      } else {
        await expect(start).rejects.toBeInstanceOf(NotFoundError);
        await expect(listImportJobs(actor, tenant.slug, "practices")).rejects.toBeInstanceOf(NotFoundError);
        await expect(
          createImportJob(actor, tenant.slug, { kind: "wijkstatistics", file: { name: "a.csv", size: 10 }, year: 2025 }),
        ).rejects.toBeInstanceOf(NotFoundError);
      }
    });

    if (role !== "platform_admin") {
      it(`${role} of another region may not see or touch this region's imports`, async () => {
        const outsider = await actorInTenant(role, foreign);
        const job = await createImportJob(coordinator, tenant.slug, { kind: "practices", file: { name: "a.csv", size: 10 } });
        await expect(
          createImportJob(outsider, tenant.slug, { kind: "practices", file: { name: "a.csv", size: 10 } }),
        ).rejects.toBeInstanceOf(NotFoundError);
        await expect(getImportJob(outsider, tenant.slug, job.id)).rejects.toBeInstanceOf(NotFoundError);
        await expect(getImportJob(outsider, foreign.slug, job.id)).rejects.toBeInstanceOf(NotFoundError);
        await expect(processImportJob(outsider, job.id, csv())).rejects.toBeInstanceOf(NotFoundError);
        await expect(requestImportCommit(outsider, tenant.slug, job.id)).rejects.toBeInstanceOf(NotFoundError);
        expect((await getImportJob(coordinator, tenant.slug, job.id)).job.status).toBe("queued");
      });
    }
  }

  it("a coordinator cannot reach another region's job through the own region's URL", async () => {
    const foreignCoordinator = await actorFor([{ role: "coordinator", regionId: foreign.regionId }]);
    const job = await createImportJob(coordinator, tenant.slug, { kind: "practices", file: { name: "a.csv", size: 10 } });
    await expect(getImportJob(foreignCoordinator, foreign.slug, job.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(commitImportJob(foreignCoordinator, job.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

// Patient data cannot get in by another name (issue 12, item 3): a wijk import keeps only the CBS
// figures of the allow-list; other columns are named as ignored and stored nowhere; a column that
// names patient data refuses the file; and figures stored before the allow-list are never shown.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import {
  commitImportJob,
  createImportJob,
  getImportJob,
  processImportJob,
  requestImportCommit,
} from "@/lib/domain/imports/service";
import { getRegiobeeld } from "@/lib/domain/regiobeeld/service";
import { dutch } from "@/lib/i18n/keys";
import { actorFor, actorInTenant, createTenant, ROLES, type Tenant } from "./fixtures";

let tenant: Tenant;
let coordinator: Actor;
let wk: string;

async function wijkImport(csv: string, year: number) {
  const bytes = new TextEncoder().encode(csv);
  const job = await createImportJob(coordinator, tenant.slug, {
    kind: "wijkstatistics",
    file: { name: "kerncijfers.csv", size: bytes.byteLength },
    year,
  });
  await processImportJob(coordinator, job.id, bytes);
  return (await getImportJob(coordinator, tenant.slug, job.id)).job;
}

/** Every text of the database row, to search for the hostile values. */
const stored = async (year: number) =>
  JSON.stringify(await systemDb.wijkStatistic.findMany({ where: { regionId: tenant.regionId, year } }));

beforeAll(async () => {
  tenant = await createTenant("allow");
  coordinator = await actorFor([{ role: "coordinator", regionId: tenant.regionId }]);
  wk = `WK${tenant.municipalityCode.slice(2)}01`;
});

describe("wijk import allow-list", () => {
  it.each([
    ["Patiënt BSN", "Geb.datum"],
    ["geboorte datum", "burgerservicenr"],
    ["P\u0430ti\u0451nt B\u200BSN", "Gеb. dаtum"], // Cyrillic а/ё/е, zero-width space
  ])("refuses a file with columns %s and %s, and stores nothing of it", async (bsn, birth) => {
    const csv = `Codering;AantalInwoners;${bsn};${birth}\n${wk};1000;123456782;01-01-1950\n`;
    const job = await wijkImport(csv, 2031);
    expect(job.status).toBe("invalid");
    expect(dutch(job.message ?? "")).toMatch(
      /^Dit bestand is geweigerd: de kolommen .* bevatten gegevens over individuele patiënten/,
    );
    expect(await systemDb.importChunk.count({ where: { jobId: job.id } })).toBe(0);
    expect(await stored(2031)).toBe("[]");
  });

  it("keeps the allowed figures only; other columns are named as ignored and stored nowhere", async () => {
    const csv =
      `Codering;AantalInwoners;Bevolkingsdichtheid_33;Gemiddelde huishoudensgrootte (aantal);Kenmerk;Opmerking\n` +
      `${wk};1000;3200;2,1;998877665;vertrouwelijk\n`;
    const job = await wijkImport(csv, 2032);
    expect(job.status).toBe("ready");
    expect(job.notes.map(dutch)).toContain("Deze kolommen worden genegeerd en niet bewaard: ‘Kenmerk’, ‘Opmerking’.");
    const chunks = JSON.stringify(await systemDb.importChunk.findMany({ where: { jobId: job.id } }));
    expect(chunks).not.toContain("998877665");
    await requestImportCommit(coordinator, tenant.slug, job.id);
    await commitImportJob(coordinator, job.id);
    const stat = await systemDb.wijkStatistic.findFirstOrThrow({
      where: { regionId: tenant.regionId, year: 2032, wijkCode: wk },
    });
    expect(stat.extra).toEqual({ Bevolkingsdichtheid: 3200, "Gemiddelde huishoudensgrootte": 2.1 });
    expect(await stored(2032)).not.toMatch(/998877665|vertrouwelijk|Kenmerk|Opmerking/);
  });

  it("figures stored before the allow-list (such as a BSN column) are shown to no role", async () => {
    await systemDb.wijkStatistic.create({
      data: {
        regionId: tenant.regionId,
        year: 2033,
        wijkCode: wk,
        name: "Noord",
        municipalityCode: tenant.municipalityCode,
        inhabitants: 1000,
        extra: { "Patiënt BSN": 123456782, "Geb.datum": 19500101, Bevolkingsdichtheid: 3200 },
      },
    });
    let seen = 0;
    for (const role of ROLES) {
      const actor = await actorInTenant(role, tenant);
      const beeld = await getRegiobeeld(actor, tenant.slug, 2033).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (!beeld) continue;
      seen++;
      for (const wijk of beeld.wijken) expect(wijk.extra, role).toEqual({ Bevolkingsdichtheid: 3200 });
      expect(JSON.stringify(beeld), role).not.toMatch(/123456782|19500101|Patiënt|Geb\.datum/);
    }
    expect(seen).toBeGreaterThanOrEqual(2);
  });
});

// Demo writer for the regiobeeld: CBS figures of every wijk a wijkverband or practice lies in.
import type { NetworkIds, RegionIds, Tx } from "@/lib/db/seed/context";
import { WIJK_STATISTICS_YEAR, WIJKEN, WIJKVERBANDEN } from "@/lib/db/seed/demo-data";

export async function writeWijkStatistics(tx: Tx, ctx: RegionIds & NetworkIds): Promise<void> {
  const { rid, practiceRows } = ctx;
  const usedWijken = new Set([...WIJKVERBANDEN.flatMap((wv) => wv.wijkCodes), ...practiceRows.map((p) => p.wijkCode ?? "")]);
  await tx.wijkStatistic.createMany({
    data: WIJKEN.filter((w) => usedWijken.has(w.code)).map((w) => ({
      regionId: rid(w.region),
      year: WIJK_STATISTICS_YEAR,
      wijkCode: w.code,
      name: w.name,
      municipalityCode: w.municipalityCode,
      inhabitants: w.inhabitants,
      aged65Plus: w.aged65Plus,
      aged80Plus: w.aged80Plus,
      households: w.households,
    })),
  });
}

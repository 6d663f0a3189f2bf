// What the demo seed writers pass on to each other: the ids of the rows written so far, looked up
// by the keys of demo-data.ts. Each writer takes the context it needs and returns it extended with
// its own ids, so the orchestrator (demo.ts) is a list of writer calls in dependency order.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemoUserKey, InsurerKey, PartnerKey, RegionKey } from "@/lib/db/seed/demo-data";

export type Tx = Prisma.TransactionClient;

/** Regions and the organisations around them (regions.ts). */
export type RegionIds = {
  rid: (key: RegionKey) => string;
  insurerId: Map<InsurerKey, string>;
  /** By CBS municipality code. */
  municipalityId: Map<string, string>;
  partnerId: Map<PartnerKey, string>;
};

/** Practices and wijkverbanden (network.ts); both checked against the region they are used in. */
export type NetworkIds = {
  pid: (name: string, region: RegionKey) => string;
  wvid: (key: string, region: RegionKey) => string;
  practiceRows: readonly Prisma.PracticeCreateManyInput[];
};

/** Demo accounts (regions.ts). */
export type UserIds = {
  uid: (key: DemoUserKey) => string;
  /** The account that coordinates each region: it adopts plans, publishes and handles. */
  coordinatorOf: Record<RegionKey, DemoUserKey>;
};

/** Regioplannen and initiatives (plans.ts). */
export type PlanIds = {
  planId: Map<RegionKey, string>;
  iid: (region: RegionKey, key: string) => string;
};

export type SeedContext = RegionIds & NetworkIds & UserIds & PlanIds;

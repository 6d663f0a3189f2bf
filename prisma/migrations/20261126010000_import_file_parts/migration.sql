-- An import's uploaded file moves from one bytea column into parts of at most 256 KB: a 9 MB value
-- passed through Prisma's query compiler in one piece held the web server's event loop for about a
-- second and grew its memory by ~150 MB for good (issue 12, npm run bench:hostile-uploads).

-- CreateTable
CREATE TABLE "ImportFilePart" (
    "regionId" UUID NOT NULL,
    "jobId" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ImportFilePart_pkey" PRIMARY KEY ("regionId","jobId","index")
);

-- AddForeignKey
ALTER TABLE "ImportFilePart" ADD CONSTRAINT "ImportFilePart_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportFilePart" ADD CONSTRAINT "ImportFilePart_regionId_jobId_fkey" FOREIGN KEY ("regionId", "jobId") REFERENCES "ImportJob"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Files of imports still waiting to be staged move along as one part each (the reader concatenates
-- the parts, whatever their size). ImportJob has FORCE ROW LEVEL SECURITY; the owner lifts it for
-- this one statement.
ALTER TABLE "ImportJob" NO FORCE ROW LEVEL SECURITY;
INSERT INTO "ImportFilePart" ("regionId", "jobId", "index", "data")
  SELECT "regionId", "id", 0, "file" FROM "ImportJob" WHERE "file" IS NOT NULL;
ALTER TABLE "ImportJob" FORCE ROW LEVEL SECURITY;

-- AlterTable
ALTER TABLE "ImportJob" DROP COLUMN "file";

-- Row-level security and grants, as for the other import tables. Parts are written and removed,
-- never changed. wijkkracht_system gets its grants through the default privileges.
GRANT SELECT, INSERT, DELETE ON "ImportFilePart" TO wijkkracht_app;
ALTER TABLE "ImportFilePart" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ImportFilePart" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ImportFilePart" TO wijkkracht_app
  USING ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))
  WITH CHECK ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]));
DO $$
BEGIN
  EXECUTE format('CREATE POLICY system_owner ON "ImportFilePart" TO %I USING (true) WITH CHECK (true)', current_user);
END $$;

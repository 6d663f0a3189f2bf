-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('practices', 'wijkstatistics');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('queued', 'validating', 'ready', 'invalid', 'committing', 'committed', 'failed');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'queued',
    "fileName" TEXT NOT NULL,
    "year" INTEGER,
    "columns" TEXT[],
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "toCreate" INTEGER NOT NULL DEFAULT 0,
    "toUpdate" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "notes" TEXT[],
    "message" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "committedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportChunk" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "jobId" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "rows" JSONB NOT NULL,

    CONSTRAINT "ImportChunk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_regionId_createdAt_idx" ON "ImportJob"("regionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ImportJob_regionId_id_key" ON "ImportJob"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ImportChunk_regionId_id_key" ON "ImportChunk"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ImportChunk_regionId_jobId_index_key" ON "ImportChunk"("regionId", "jobId", "index");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportChunk" ADD CONSTRAINT "ImportChunk_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportChunk" ADD CONSTRAINT "ImportChunk_regionId_jobId_fkey" FOREIGN KEY ("regionId", "jobId") REFERENCES "ImportJob"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security and grants for the import tables (same pattern as the first migration).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ImportJob', 'ImportChunk'] LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO wijkkracht_app', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO wijkkracht_app
      USING ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))
      WITH CHECK ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))', t);
    EXECUTE format('CREATE POLICY system_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;

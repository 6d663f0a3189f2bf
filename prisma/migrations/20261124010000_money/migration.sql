-- CreateEnum
CREATE TYPE "ExpenditureEventKind" AS ENUM ('aangemaakt', 'gewijzigd', 'ingediend', 'goedgekeurd', 'vraag_gesteld', 'beantwoord', 'afgewezen');

-- DropIndex
DROP INDEX "OiBudget_insurerId_idx";

-- AlterTable
ALTER TABLE "OiBudget" ADD COLUMN     "preferent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Allocation" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Expenditure" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "submittedById" UUID;

-- CreateTable
CREATE TABLE "ExpenditureEvent" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "expenditureId" UUID NOT NULL,
    "kind" "ExpenditureEventKind" NOT NULL,
    "fromStatus" "ExpenditureStatus",
    "toStatus" "ExpenditureStatus" NOT NULL,
    "text" TEXT,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "actorRole" "Role",
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpenditureEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpenditureEvidence" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "expenditureId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpenditureEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetYearClosure" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "closedById" UUID,
    "closedByName" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetYearClosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExpenditureEvent_regionId_expenditureId_occurredAt_idx" ON "ExpenditureEvent"("regionId", "expenditureId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExpenditureEvent_regionId_id_key" ON "ExpenditureEvent"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ExpenditureEvidence_regionId_id_key" ON "ExpenditureEvidence"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ExpenditureEvidence_regionId_expenditureId_key" ON "ExpenditureEvidence"("regionId", "expenditureId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetYearClosure_regionId_id_key" ON "BudgetYearClosure"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetYearClosure_regionId_insurerId_year_key" ON "BudgetYearClosure"("regionId", "insurerId", "year");

-- CreateIndex
CREATE INDEX "OiBudget_insurerId_year_idx" ON "OiBudget"("insurerId", "year");

-- CreateIndex
CREATE INDEX "Allocation_regionId_budgetId_idx" ON "Allocation"("regionId", "budgetId");

-- CreateIndex
CREATE INDEX "Allocation_regionId_initiativeId_idx" ON "Allocation"("regionId", "initiativeId");

-- CreateIndex
CREATE INDEX "Expenditure_regionId_allocationId_idx" ON "Expenditure"("regionId", "allocationId");

-- CreateIndex
CREATE INDEX "Expenditure_status_submittedAt_idx" ON "Expenditure"("status", "submittedAt");

-- AddForeignKey
ALTER TABLE "ExpenditureEvent" ADD CONSTRAINT "ExpenditureEvent_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenditureEvent" ADD CONSTRAINT "ExpenditureEvent_regionId_expenditureId_fkey" FOREIGN KEY ("regionId", "expenditureId") REFERENCES "Expenditure"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenditureEvidence" ADD CONSTRAINT "ExpenditureEvidence_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenditureEvidence" ADD CONSTRAINT "ExpenditureEvidence_regionId_expenditureId_fkey" FOREIGN KEY ("regionId", "expenditureId") REFERENCES "Expenditure"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetYearClosure" ADD CONSTRAINT "BudgetYearClosure_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetYearClosure" ADD CONSTRAINT "BudgetYearClosure_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Amount rules the service also checks: an expenditure is positive and at most € 10.000.000.
ALTER TABLE "Expenditure" ADD CONSTRAINT "Expenditure_amount_range" CHECK ("amountCents" > 0 AND "amountCents" <= 1000000000);
ALTER TABLE "ExpenditureEvidence" ADD CONSTRAINT "ExpenditureEvidence_size" CHECK ("sizeBytes" > 0 AND "sizeBytes" <= 10485760);

-- Row-level security and grants for the new money tables (same pattern as the first migration).
-- The history is append-only for the application role.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ExpenditureEvent', 'ExpenditureEvidence', 'BudgetYearClosure'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO wijkkracht_app
      USING ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))
      WITH CHECK ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))', t);
    EXECUTE format('CREATE POLICY system_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;
GRANT SELECT, INSERT, DELETE ON "ExpenditureEvent" TO wijkkracht_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "ExpenditureEvidence" TO wijkkracht_app;
GRANT SELECT, INSERT ON "BudgetYearClosure" TO wijkkracht_app;

-- The year lock, also in the database: once a (region, insurer, year) is closed, its budgets,
-- allocations and expenditures are not inserted, changed or deleted by the application role.
CREATE FUNCTION money_year_closed(p_region uuid, p_budget uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM "OiBudget" b JOIN "BudgetYearClosure" c
      ON c."regionId" = b."regionId" AND c."insurerId" = b."insurerId" AND c."year" = b."year"
    WHERE b."regionId" = p_region AND b."id" = p_budget)
$$;

CREATE FUNCTION money_year_lock() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  budget uuid;
BEGIN
  IF current_user <> 'wijkkracht_app' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_TABLE_NAME = 'OiBudget' THEN
    IF TG_OP <> 'INSERT' AND money_year_closed(OLD."regionId", OLD."id") THEN
      RAISE EXCEPTION 'money_year_closed' USING ERRCODE = 'P0001';
    END IF;
    IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM "BudgetYearClosure" c
        WHERE c."regionId" = NEW."regionId" AND c."insurerId" = NEW."insurerId" AND c."year" = NEW."year") THEN
      RAISE EXCEPTION 'money_year_closed' USING ERRCODE = 'P0001';
    END IF;
  ELSIF TG_TABLE_NAME = 'Allocation' THEN
    IF TG_OP <> 'INSERT' AND money_year_closed(OLD."regionId", OLD."budgetId") THEN
      RAISE EXCEPTION 'money_year_closed' USING ERRCODE = 'P0001';
    END IF;
    IF TG_OP <> 'DELETE' AND money_year_closed(NEW."regionId", NEW."budgetId") THEN
      RAISE EXCEPTION 'money_year_closed' USING ERRCODE = 'P0001';
    END IF;
  ELSIF TG_TABLE_NAME = 'Expenditure' THEN
    IF TG_OP <> 'INSERT' THEN
      SELECT a."budgetId" INTO budget FROM "Allocation" a WHERE a."regionId" = OLD."regionId" AND a."id" = OLD."allocationId";
      IF money_year_closed(OLD."regionId", budget) THEN
        RAISE EXCEPTION 'money_year_closed' USING ERRCODE = 'P0001';
      END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
      SELECT a."budgetId" INTO budget FROM "Allocation" a WHERE a."regionId" = NEW."regionId" AND a."id" = NEW."allocationId";
      IF money_year_closed(NEW."regionId", budget) THEN
        RAISE EXCEPTION 'money_year_closed' USING ERRCODE = 'P0001';
      END IF;
    END IF;
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

CREATE TRIGGER "OiBudget_year_lock" BEFORE INSERT OR UPDATE OR DELETE ON "OiBudget"
  FOR EACH ROW EXECUTE FUNCTION money_year_lock();
CREATE TRIGGER "Allocation_year_lock" BEFORE INSERT OR UPDATE OR DELETE ON "Allocation"
  FOR EACH ROW EXECUTE FUNCTION money_year_lock();
CREATE TRIGGER "Expenditure_year_lock" BEFORE INSERT OR UPDATE OR DELETE ON "Expenditure"
  FOR EACH ROW EXECUTE FUNCTION money_year_lock();
GRANT EXECUTE ON FUNCTION money_year_closed(uuid, uuid) TO wijkkracht_app;

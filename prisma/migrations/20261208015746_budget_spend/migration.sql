-- CreateTable
CREATE TABLE "BudgetSpend" (
    "regionId" UUID NOT NULL,
    "budgetId" UUID NOT NULL,
    "status" "ExpenditureStatus" NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "BudgetSpend_pkey" PRIMARY KEY ("regionId","budgetId","status")
);

-- CreateTable
CREATE TABLE "BudgetApprovedMonth" (
    "regionId" UUID NOT NULL,
    "budgetId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "BudgetApprovedMonth_pkey" PRIMARY KEY ("regionId","budgetId","month")
);

-- The sums per allocation (migration 20261125060000_allocation_spend) also kept per budget, by the
-- same trigger function: the insurer's home and portfolio add up every budget of 38 regions, and
-- read a row per budget instead of one per allocation (scale data: 116 budgets against 654
-- allocations in a year, 7,132 approved months against about 1,300). An expenditure's allocation
-- exists as long as the expenditure does (the foreign key restricts deletes), so the trigger finds
-- its budget; an allocation keeps its budget (the trigger below), so the budget sums stay right.
CREATE OR REPLACE FUNCTION expenditure_spend() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  part record;
BEGIN
  FOR part IN
    SELECT p.rows, p.sign FROM (VALUES ('old_rows', -1, TG_OP IN ('DELETE', 'UPDATE')), ('new_rows', 1, TG_OP IN ('INSERT', 'UPDATE')))
      AS p (rows, sign, applies)
    WHERE p.applies
  LOOP
    EXECUTE format($sql$
      INSERT INTO "AllocationSpend" AS s ("regionId", "allocationId", "status", "amountCents", "count")
      SELECT "regionId", "allocationId", "status", %2$s * SUM("amountCents"), %2$s * COUNT(*) FROM %1$I GROUP BY 1, 2, 3
      ON CONFLICT ("regionId", "allocationId", "status")
      DO UPDATE SET "amountCents" = s."amountCents" + EXCLUDED."amountCents", "count" = s."count" + EXCLUDED."count"
    $sql$, part.rows, part.sign);
    EXECUTE format($sql$
      INSERT INTO "AllocationApprovedMonth" AS m ("regionId", "allocationId", "month", "amountCents", "count")
      SELECT "regionId", "allocationId", date_trunc('month', "date")::date, %2$s * SUM("amountCents"), %2$s * COUNT(*)
      FROM %1$I WHERE "status" = 'goedgekeurd' GROUP BY 1, 2, 3
      ON CONFLICT ("regionId", "allocationId", "month")
      DO UPDATE SET "amountCents" = m."amountCents" + EXCLUDED."amountCents", "count" = m."count" + EXCLUDED."count"
    $sql$, part.rows, part.sign);
    EXECUTE format($sql$
      INSERT INTO "BudgetSpend" AS s ("regionId", "budgetId", "status", "amountCents", "count")
      SELECT r."regionId", a."budgetId", r."status", %2$s * SUM(r."amountCents"), %2$s * COUNT(*)
      FROM %1$I r JOIN "Allocation" a ON a."regionId" = r."regionId" AND a."id" = r."allocationId"
      GROUP BY 1, 2, 3
      ON CONFLICT ("regionId", "budgetId", "status")
      DO UPDATE SET "amountCents" = s."amountCents" + EXCLUDED."amountCents", "count" = s."count" + EXCLUDED."count"
    $sql$, part.rows, part.sign);
    EXECUTE format($sql$
      INSERT INTO "BudgetApprovedMonth" AS m ("regionId", "budgetId", "month", "amountCents", "count")
      SELECT r."regionId", a."budgetId", date_trunc('month', r."date")::date, %2$s * SUM(r."amountCents"), %2$s * COUNT(*)
      FROM %1$I r JOIN "Allocation" a ON a."regionId" = r."regionId" AND a."id" = r."allocationId"
      WHERE r."status" = 'goedgekeurd' GROUP BY 1, 2, 3
      ON CONFLICT ("regionId", "budgetId", "month")
      DO UPDATE SET "amountCents" = m."amountCents" + EXCLUDED."amountCents", "count" = m."count" + EXCLUDED."count"
    $sql$, part.rows, part.sign);
  END LOOP;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "AllocationSpend" s USING (SELECT DISTINCT "regionId", "allocationId" FROM old_rows) c
      WHERE s."regionId" = c."regionId" AND s."allocationId" = c."allocationId" AND s."count" = 0;
    DELETE FROM "AllocationApprovedMonth" m USING (SELECT DISTINCT "regionId", "allocationId" FROM old_rows) c
      WHERE m."regionId" = c."regionId" AND m."allocationId" = c."allocationId" AND m."count" = 0;
    DELETE FROM "BudgetSpend" s USING (
        SELECT DISTINCT a."regionId", a."budgetId" FROM old_rows o
        JOIN "Allocation" a ON a."regionId" = o."regionId" AND a."id" = o."allocationId") c
      WHERE s."regionId" = c."regionId" AND s."budgetId" = c."budgetId" AND s."count" = 0;
    DELETE FROM "BudgetApprovedMonth" m USING (
        SELECT DISTINCT a."regionId", a."budgetId" FROM old_rows o
        JOIN "Allocation" a ON a."regionId" = o."regionId" AND a."id" = o."allocationId") c
      WHERE m."regionId" = c."regionId" AND m."budgetId" = c."budgetId" AND m."count" = 0;
  END IF;
  RETURN NULL;
END $$;

-- An allocation stays with its budget: moving it would leave its expenditures counted in the old
-- budget's sums. The application never moves one.
CREATE FUNCTION allocation_budget_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'allocation_budget_fixed' USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER "Allocation_budget_fixed" BEFORE UPDATE OF "budgetId" ON "Allocation"
  FOR EACH ROW WHEN (OLD."budgetId" IS DISTINCT FROM NEW."budgetId") EXECUTE FUNCTION allocation_budget_fixed();

-- The sums of what is already there.
INSERT INTO "BudgetSpend" ("regionId", "budgetId", "status", "amountCents", "count")
SELECT e."regionId", a."budgetId", e."status", SUM(e."amountCents"), COUNT(*)
FROM "Expenditure" e JOIN "Allocation" a ON a."regionId" = e."regionId" AND a."id" = e."allocationId"
GROUP BY 1, 2, 3;
INSERT INTO "BudgetApprovedMonth" ("regionId", "budgetId", "month", "amountCents", "count")
SELECT e."regionId", a."budgetId", date_trunc('month', e."date")::date, SUM(e."amountCents"), COUNT(*)
FROM "Expenditure" e JOIN "Allocation" a ON a."regionId" = e."regionId" AND a."id" = e."allocationId"
WHERE e."status" = 'goedgekeurd' GROUP BY 1, 2, 3;

-- Read under row-level security like every tenant table; written only by the function above.
GRANT SELECT ON "BudgetSpend", "BudgetApprovedMonth" TO wijkkracht_app;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['BudgetSpend', 'BudgetApprovedMonth'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO wijkkracht_app
      USING ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))', t);
    EXECUTE format('CREATE POLICY system_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "BudgetSpend", "BudgetApprovedMonth" FROM wijkkracht_system;

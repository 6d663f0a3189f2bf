-- Expenditure sums kept up to date by the database, so that money figures (the insurer's home and
-- portfolio, the region's budget page, the dashboard) read a few rows per allocation instead of
-- adding up every expenditure: at national scale an insurer has hundreds of thousands of them.
-- Statement-level triggers with transition tables: one aggregate per statement, also for bulk
-- inserts. The functions run as the schema owner (SECURITY DEFINER), so the application role can
-- read these sums (under row-level security) but never write them.

CREATE TABLE "AllocationSpend" (
    "regionId" UUID NOT NULL,
    "allocationId" UUID NOT NULL,
    "status" "ExpenditureStatus" NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AllocationSpend_pkey" PRIMARY KEY ("regionId","allocationId","status")
);

CREATE TABLE "AllocationApprovedMonth" (
    "regionId" UUID NOT NULL,
    "allocationId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AllocationApprovedMonth_pkey" PRIMARY KEY ("regionId","allocationId","month")
);

-- One function per event: a trigger function sees only the transition tables of its own event.
CREATE FUNCTION expenditure_spend_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO "AllocationSpend" AS s ("regionId", "allocationId", "status", "amountCents", "count")
  SELECT "regionId", "allocationId", "status", SUM("amountCents"), COUNT(*) FROM new_rows GROUP BY 1, 2, 3
  ON CONFLICT ("regionId", "allocationId", "status")
  DO UPDATE SET "amountCents" = s."amountCents" + EXCLUDED."amountCents", "count" = s."count" + EXCLUDED."count";
  INSERT INTO "AllocationApprovedMonth" AS m ("regionId", "allocationId", "month", "amountCents", "count")
  SELECT "regionId", "allocationId", date_trunc('month', "date")::date, SUM("amountCents"), COUNT(*)
  FROM new_rows WHERE "status" = 'goedgekeurd' GROUP BY 1, 2, 3
  ON CONFLICT ("regionId", "allocationId", "month")
  DO UPDATE SET "amountCents" = m."amountCents" + EXCLUDED."amountCents", "count" = m."count" + EXCLUDED."count";
  RETURN NULL;
END $$;

CREATE FUNCTION expenditure_spend_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO "AllocationSpend" AS s ("regionId", "allocationId", "status", "amountCents", "count")
  SELECT "regionId", "allocationId", "status", -SUM("amountCents"), -COUNT(*) FROM old_rows GROUP BY 1, 2, 3
  ON CONFLICT ("regionId", "allocationId", "status")
  DO UPDATE SET "amountCents" = s."amountCents" + EXCLUDED."amountCents", "count" = s."count" + EXCLUDED."count";
  INSERT INTO "AllocationApprovedMonth" AS m ("regionId", "allocationId", "month", "amountCents", "count")
  SELECT "regionId", "allocationId", date_trunc('month', "date")::date, -SUM("amountCents"), -COUNT(*)
  FROM old_rows WHERE "status" = 'goedgekeurd' GROUP BY 1, 2, 3
  ON CONFLICT ("regionId", "allocationId", "month")
  DO UPDATE SET "amountCents" = m."amountCents" + EXCLUDED."amountCents", "count" = m."count" + EXCLUDED."count";
  DELETE FROM "AllocationSpend" s USING (SELECT DISTINCT "regionId", "allocationId" FROM old_rows) c
    WHERE s."regionId" = c."regionId" AND s."allocationId" = c."allocationId" AND s."count" = 0;
  DELETE FROM "AllocationApprovedMonth" m USING (SELECT DISTINCT "regionId", "allocationId" FROM old_rows) c
    WHERE m."regionId" = c."regionId" AND m."allocationId" = c."allocationId" AND m."count" = 0;
  RETURN NULL;
END $$;

CREATE FUNCTION expenditure_spend_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO "AllocationSpend" AS s ("regionId", "allocationId", "status", "amountCents", "count")
  SELECT "regionId", "allocationId", "status", -SUM("amountCents"), -COUNT(*) FROM old_rows GROUP BY 1, 2, 3
  ON CONFLICT ("regionId", "allocationId", "status")
  DO UPDATE SET "amountCents" = s."amountCents" + EXCLUDED."amountCents", "count" = s."count" + EXCLUDED."count";
  INSERT INTO "AllocationApprovedMonth" AS m ("regionId", "allocationId", "month", "amountCents", "count")
  SELECT "regionId", "allocationId", date_trunc('month', "date")::date, -SUM("amountCents"), -COUNT(*)
  FROM old_rows WHERE "status" = 'goedgekeurd' GROUP BY 1, 2, 3
  ON CONFLICT ("regionId", "allocationId", "month")
  DO UPDATE SET "amountCents" = m."amountCents" + EXCLUDED."amountCents", "count" = m."count" + EXCLUDED."count";
  INSERT INTO "AllocationSpend" AS s ("regionId", "allocationId", "status", "amountCents", "count")
  SELECT "regionId", "allocationId", "status", SUM("amountCents"), COUNT(*) FROM new_rows GROUP BY 1, 2, 3
  ON CONFLICT ("regionId", "allocationId", "status")
  DO UPDATE SET "amountCents" = s."amountCents" + EXCLUDED."amountCents", "count" = s."count" + EXCLUDED."count";
  INSERT INTO "AllocationApprovedMonth" AS m ("regionId", "allocationId", "month", "amountCents", "count")
  SELECT "regionId", "allocationId", date_trunc('month', "date")::date, SUM("amountCents"), COUNT(*)
  FROM new_rows WHERE "status" = 'goedgekeurd' GROUP BY 1, 2, 3
  ON CONFLICT ("regionId", "allocationId", "month")
  DO UPDATE SET "amountCents" = m."amountCents" + EXCLUDED."amountCents", "count" = m."count" + EXCLUDED."count";
  DELETE FROM "AllocationSpend" s USING (SELECT DISTINCT "regionId", "allocationId" FROM old_rows) c
    WHERE s."regionId" = c."regionId" AND s."allocationId" = c."allocationId" AND s."count" = 0;
  DELETE FROM "AllocationApprovedMonth" m USING (SELECT DISTINCT "regionId", "allocationId" FROM old_rows) c
    WHERE m."regionId" = c."regionId" AND m."allocationId" = c."allocationId" AND m."count" = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "Expenditure_spend_insert" AFTER INSERT ON "Expenditure"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION expenditure_spend_insert();
CREATE TRIGGER "Expenditure_spend_delete" AFTER DELETE ON "Expenditure"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION expenditure_spend_delete();
CREATE TRIGGER "Expenditure_spend_update" AFTER UPDATE ON "Expenditure"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION expenditure_spend_update();

-- The sums of what is already there.
INSERT INTO "AllocationSpend" ("regionId", "allocationId", "status", "amountCents", "count")
SELECT "regionId", "allocationId", "status", SUM("amountCents"), COUNT(*) FROM "Expenditure" GROUP BY 1, 2, 3;
INSERT INTO "AllocationApprovedMonth" ("regionId", "allocationId", "month", "amountCents", "count")
SELECT "regionId", "allocationId", date_trunc('month', "date")::date, SUM("amountCents"), COUNT(*)
FROM "Expenditure" WHERE "status" = 'goedgekeurd' GROUP BY 1, 2, 3;

-- Read under row-level security like every tenant table; written only by the functions above.
GRANT SELECT ON "AllocationSpend", "AllocationApprovedMonth" TO wijkkracht_app;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['AllocationSpend', 'AllocationApprovedMonth'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO wijkkracht_app
      USING ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))', t);
    EXECUTE format('CREATE POLICY system_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "AllocationSpend", "AllocationApprovedMonth" FROM wijkkracht_system;

-- One trigger function keeps "AllocationSpend" and "AllocationApprovedMonth" (migration
-- 20261125060000_allocation_spend) for inserts, deletes and updates of "Expenditure", instead of
-- three near-copies. The rows that left (old_rows) count with sign -1, the rows that arrived
-- (new_rows) with +1; an update does both, then drops the sums that reached zero, as before.
-- A trigger only has the transition tables of its own event, so the table is named in dynamic SQL:
-- a statement that names old_rows cannot even be planned in an insert trigger. Same security as
-- before: the owner's rights (SECURITY DEFINER), a fixed search_path, default EXECUTE grants.

CREATE FUNCTION expenditure_spend() RETURNS trigger
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
  END LOOP;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "AllocationSpend" s USING (SELECT DISTINCT "regionId", "allocationId" FROM old_rows) c
      WHERE s."regionId" = c."regionId" AND s."allocationId" = c."allocationId" AND s."count" = 0;
    DELETE FROM "AllocationApprovedMonth" m USING (SELECT DISTINCT "regionId", "allocationId" FROM old_rows) c
      WHERE m."regionId" = c."regionId" AND m."allocationId" = c."allocationId" AND m."count" = 0;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER "Expenditure_spend_insert" ON "Expenditure";
DROP TRIGGER "Expenditure_spend_delete" ON "Expenditure";
DROP TRIGGER "Expenditure_spend_update" ON "Expenditure";
CREATE TRIGGER "Expenditure_spend_insert" AFTER INSERT ON "Expenditure"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION expenditure_spend();
CREATE TRIGGER "Expenditure_spend_delete" AFTER DELETE ON "Expenditure"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION expenditure_spend();
CREATE TRIGGER "Expenditure_spend_update" AFTER UPDATE ON "Expenditure"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION expenditure_spend();

DROP FUNCTION expenditure_spend_insert();
DROP FUNCTION expenditure_spend_delete();
DROP FUNCTION expenditure_spend_update();

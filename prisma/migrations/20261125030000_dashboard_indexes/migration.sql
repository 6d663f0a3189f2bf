-- The coordinator's dashboard and the audit page (EXPLAIN ANALYZE on 38 regions, 494,000
-- expenditures, 1,000,000 audit events; README "Coördinatordashboard"):
-- * The newest audit events of a region (ORDER BY id DESC LIMIT n) walked the primary key backwards
--   and filtered on the region: for a region whose last events are old, the whole log (4.6 s).
CREATE INDEX "AuditEvent_regionId_id_idx" ON "AuditEvent"("regionId", "id");

-- * The money figures per budget read every expenditure row of the region's year from the heap
--   (~6,700 buffers per region); with status and amount in the index it is an index-only scan
--   (~190 buffers). The new index serves every lookup the old (regionId, allocationId) one did.
CREATE INDEX "Expenditure_regionId_allocationId_status_amountCents_idx" ON "Expenditure"("regionId", "allocationId", "status", "amountCents");
DROP INDEX "Expenditure_regionId_allocationId_idx";

-- National scale (issue 13): the money figures (sums per allocation and status, approved spend per
-- month) read hundreds of thousands of expenditures for an insurer's portfolio, and the review queue
-- orders thousands of submitted ones. This index holds every column those sums and that order need
-- (the date for the monthly burn, submittedAt and id for the queue), so PostgreSQL answers them from
-- the index alone (index-only scan). It extends the dashboard's (regionId, allocationId, status,
-- amountCents) index, whose lookups it serves as well, and replaces it.
DROP INDEX "Expenditure_regionId_allocationId_status_amountCents_idx";

-- CreateIndex
CREATE INDEX "Expenditure_money_figures_idx" ON "Expenditure"("regionId", "allocationId", "status", "amountCents", "date", "submittedAt", "id");

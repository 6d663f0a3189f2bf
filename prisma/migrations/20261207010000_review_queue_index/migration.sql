-- The insurer's review queue (issue 13): the oldest submitted expenditures of the regions an insurer
-- funds, fifty at a time. Under row-level security PostgreSQL does not use `status = 'ingediend'` as
-- an index condition (comparisons on enums are not leakproof), so the (status, submittedAt) index
-- never served the queue, and the queue read every expenditure of the insurer's regions from
-- "Expenditure_money_figures_idx" to keep fifty (scale data: 500,000 index entries, 7,900 buffers,
-- 236 ms). A partial index holds only the submitted ones, in the queue's order; using it evaluates
-- no condition of the query on other rows, so row-level security allows it, and the queue stops
-- after its page (2.9 ms, 640 buffers; page 101: 23 ms). Prisma's schema cannot describe a partial
-- index: it is hand-written, like the policies (the schema-drift test knows it by name).
DROP INDEX "Expenditure_status_submittedAt_idx";

CREATE INDEX "Expenditure_review_queue_idx" ON "Expenditure" ("submittedAt", "id") INCLUDE ("regionId", "allocationId")
  WHERE "status" = 'ingediend';

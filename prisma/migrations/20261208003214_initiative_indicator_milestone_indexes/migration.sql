-- Indicators and milestones per initiative (issue 13). The plan tree, the time line, the initiatives
-- list and the werkagenda read them by initiative, and there was no index for that: under row-level
-- security each initiative scanned all of its region's indicators and milestones ("…_regionId_id_key").
-- Scale data, the 60-initiative plan's tree query as the app role: 18.2–18.7 → 13.0–14.1 ms; the cost
-- no longer grows with the region's other plans.
-- CreateIndex
CREATE INDEX "Indicator_regionId_initiativeId_idx" ON "Indicator"("regionId", "initiativeId");

-- CreateIndex
CREATE INDEX "Milestone_regionId_initiativeId_idx" ON "Milestone"("regionId", "initiativeId");

-- CreateIndex
CREATE INDEX "Practice_regionId_disciplineId_idx" ON "Practice"("regionId", "disciplineId");

-- CreateIndex
CREATE INDEX "Practice_regionId_wijkCode_idx" ON "Practice"("regionId", "wijkCode");

-- CreateIndex
CREATE INDEX "WijkverbandMember_regionId_practiceId_idx" ON "WijkverbandMember"("regionId", "practiceId");

-- CreateIndex
CREATE INDEX "WijkverbandMember_organisationId_idx" ON "WijkverbandMember"("organisationId");


-- ═══════════════════════ hand-written: grants ═══════════════════════
-- Coordinators register partner organisations (social domain, welfare, care, hospitals) for their
-- region. Organisation is global (no regionId, no RLS); the service only ever creates or edits
-- organisations of those kinds that are a partner of the actor's region (RegionPartner is
-- region-scoped and protected by RLS). Disciplines stay read-only for the app role: the platform
-- admin edits them through the system client.
GRANT INSERT, UPDATE ON "Organisation" TO wijkkracht_app;

-- How many regions an organisation is a partner of, across tenants (the app role only sees its own
-- regions' RegionPartner rows). Coordinators may edit a partner only when it is theirs alone.
CREATE FUNCTION app_organisation_region_count(org uuid) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT count(*)::integer FROM "RegionPartner" WHERE "organisationId" = org
$$;
REVOKE ALL ON FUNCTION app_organisation_region_count(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_organisation_region_count(uuid) TO wijkkracht_app;

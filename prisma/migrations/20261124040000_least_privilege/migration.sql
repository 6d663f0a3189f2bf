-- Throttle state is short-lived: the new layout starts empty.
DELETE FROM "LoginThrottle";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "LoginThrottle" DROP CONSTRAINT "LoginThrottle_pkey",
DROP COLUMN "email",
DROP COLUMN "failedCount",
DROP COLUMN "lockedUntil",
DROP COLUMN "windowStartedAt",
ADD COLUMN     "attempts" INTEGER NOT NULL,
ADD COLUMN     "blockedUntil" TIMESTAMP(3),
ADD COLUMN     "key" TEXT NOT NULL,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key");

-- CreateIndex
CREATE INDEX "LoginThrottle_updatedAt_idx" ON "LoginThrottle"("updatedAt");



-- ═══════════════════════ hand-written: least privilege ═══════════════════════
-- Who connects as what (README, "Database roles"):
--   the schema owner      runs the migrations, nothing else;
--   wijkkracht_web        the app's connection (DATABASE_URL): LOGIN, NOINHERIT, no BYPASSRLS, owns
--                         nothing and holds no privileges of its own. It can only SET ROLE to
--                         wijkkracht_app, which withActor() does; a RESET ROLE lands on a role that
--                         can read no table at all;
--   wijkkracht_system     the cross-tenant client (SYSTEM_DATABASE_URL, `systemDb`): login, the actor
--                         load, platform administration, the seed. DML only, no DDL, and the audit log
--                         stays append-only for it too.
-- Roles are cluster-wide: create them once, tolerate a concurrent migration of another database.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wijkkracht_web') THEN
    BEGIN
      CREATE ROLE wijkkracht_web LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wijkkracht_system') THEN
    BEGIN
      CREATE ROLE wijkkracht_system LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS NOINHERIT;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'De rol wijkkracht_system ontbreekt en alleen een superuser kan hem aanmaken: CREATE ROLE wijkkracht_system LOGIN BYPASSRLS NOINHERIT; (zie README, Deploy)';
    END;
  END IF;
  IF NOT pg_has_role('wijkkracht_web', 'wijkkracht_app', 'MEMBER') THEN
    GRANT wijkkracht_app TO wijkkracht_web;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname IN ('wijkkracht_web', 'wijkkracht_system')
             AND (rolsuper OR rolcreaterole OR rolcreatedb)) THEN
    RAISE EXCEPTION 'wijkkracht_web en wijkkracht_system mogen geen SUPERUSER, CREATEROLE of CREATEDB hebben';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wijkkracht_web' AND rolbypassrls) THEN
    RAISE EXCEPTION 'wijkkracht_web mag geen BYPASSRLS hebben';
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO wijkkracht_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO wijkkracht_system;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO wijkkracht_system;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM wijkkracht_system;
REVOKE ALL ON "_wijkkracht_migrations" FROM wijkkracht_system;
-- Tables and sequences of later migrations (created by this same owner) follow automatically.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO wijkkracht_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO wijkkracht_system;

-- Organisations that open regions (insurers by UZOVI code, municipalities by CBS code) are changed
-- only through platform administration (the system client). The app role keeps reading every
-- organisation and keeps creating and editing partner organisations, but cannot create, edit or
-- turn any row into an insurer or a municipality, nor set a UZOVI or municipality code.
ALTER TABLE "Organisation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "Organisation" FOR SELECT TO wijkkracht_app USING (true);
CREATE POLICY app_partner_insert ON "Organisation" FOR INSERT TO wijkkracht_app
  WITH CHECK ("kind" NOT IN ('insurer', 'municipality') AND "uzovi" IS NULL AND "municipalityCode" IS NULL);
CREATE POLICY app_partner_update ON "Organisation" FOR UPDATE TO wijkkracht_app
  USING ("kind" NOT IN ('insurer', 'municipality') AND "uzovi" IS NULL AND "municipalityCode" IS NULL)
  WITH CHECK ("kind" NOT IN ('insurer', 'municipality') AND "uzovi" IS NULL AND "municipalityCode" IS NULL);

-- A region's municipalities and preferred insurer decide who else sees it: coordinators edit only
-- the branding columns.
REVOKE UPDATE ON "Region" FROM wijkkracht_app;
GRANT UPDATE ("brandName", "brandColor", "logoUrl", "updatedAt") ON "Region" TO wijkkracht_app;

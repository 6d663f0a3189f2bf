-- CreateEnum
CREATE TYPE "SocialOrganisationKind" AS ENUM ('welzijnsorganisatie', 'sociaal_wijkteam', 'schuldhulpverlening', 'jeugd', 'wmo_loket', 'overig');

-- AlterEnum
ALTER TYPE "ImportKind" ADD VALUE 'referrals';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "contact" TEXT,
ADD COLUMN     "socialKind" "SocialOrganisationKind",
ADD COLUMN     "socialMunicipalityCode" TEXT;

-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "municipalityCode" TEXT;

-- AlterTable
ALTER TABLE "SocialLink" ADD COLUMN     "endDate" DATE,
ADD COLUMN     "exploringSince" DATE,
ADD COLUMN     "note" TEXT;

-- AlterTable
ALTER TABLE "ReferralCount" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Organisation_socialMunicipalityCode_idx" ON "Organisation"("socialMunicipalityCode");

-- CreateIndex
CREATE INDEX "SocialLink_regionId_wijkverbandId_idx" ON "SocialLink"("regionId", "wijkverbandId");

-- CreateIndex
CREATE INDEX "SocialLink_regionId_practiceId_idx" ON "SocialLink"("regionId", "practiceId");


-- Referral counts are per quarter, written as 2026-Q3 (the service normalises other spellings).
ALTER TABLE "ReferralCount" ADD CONSTRAINT "ReferralCount_period_quarter" CHECK ("period" ~ '^[0-9]{4}-Q[1-4]$');

-- A link ends after it started.
ALTER TABLE "SocialLink" ADD CONSTRAINT "SocialLink_dates_ordered"
  CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");

-- Social links are corrected in place (the audit log keeps the history); the app role needs UPDATE
-- on ReferralCount for corrections (granted with the table in the first migration).

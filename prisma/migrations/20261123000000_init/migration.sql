-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('coordinator', 'practice_holder', 'insurer_reviewer', 'municipality_officer', 'platform_admin');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('insurer', 'municipality', 'social_domain', 'welfare', 'care', 'hospital', 'other');

-- CreateEnum
CREATE TYPE "DisciplineCategory" AS ENUM ('medical', 'paramedical', 'social');

-- CreateEnum
CREATE TYPE "AgreementVersionStatus" AS ENUM ('concept', 'gepubliceerd', 'vervangen');

-- CreateEnum
CREATE TYPE "AcknowledgementDecision" AS ENUM ('accepted', 'objection');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('concept', 'ter_consultatie', 'vastgesteld', 'geevalueerd');

-- CreateEnum
CREATE TYPE "ThemeType" AS ENUM ('doelgroep', 'randvoorwaardelijk');

-- CreateEnum
CREATE TYPE "ClientGroup" AS ENUM ('gezond', 'hulpvraag', 'zorgvraag', 'zorg_en_hulpvraag');

-- CreateEnum
CREATE TYPE "InitiativePhase" AS ENUM ('ontwikkelen', 'opschalen', 'borgen', 'stoppen');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('increase', 'decrease', 'maintain');

-- CreateEnum
CREATE TYPE "CommentSubject" AS ENUM ('plan', 'theme', 'initiative', 'budget', 'agreement');

-- CreateEnum
CREATE TYPE "FundingTitle" AS ENUM ('regiomanagement', 'wijkmanagement', 'praktijkmanagement', 'ondersteuning_ketenzorg', 'digitalisering', 'overig');

-- CreateEnum
CREATE TYPE "ExpenditureStatus" AS ENUM ('concept', 'ingediend', 'goedgekeurd', 'vraag_gesteld', 'afgewezen');

-- CreateEnum
CREATE TYPE "SocialLinkKind" AS ENUM ('welzijn_op_recept', 'sociaal_wijkteam', 'schuldhulp', 'jeugd', 'wmo', 'overig');

-- CreateEnum
CREATE TYPE "SocialLinkStatus" AS ENUM ('verkenning', 'actief', 'gestopt');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "regionId" UUID,
    "organisationId" UUID,
    "practiceId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "email" TEXT NOT NULL,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "uzovi" TEXT,
    "municipalityCode" TEXT,
    "kvk" TEXT,
    "agb" TEXT,
    "city" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discipline" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "category" "DisciplineCategory" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Discipline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "legalForm" TEXT NOT NULL,
    "kvk" TEXT,
    "municipalityCodes" TEXT[],
    "preferentInsurerId" UUID,
    "brandName" TEXT,
    "brandColor" TEXT NOT NULL DEFAULT '#1d4ed8',
    "logoUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionPartner" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "disciplineId" UUID NOT NULL,
    "agb" TEXT,
    "kvk" TEXT,
    "street" TEXT,
    "houseNumber" TEXT,
    "postcode" TEXT,
    "city" TEXT,
    "municipalityCode" TEXT NOT NULL,
    "wijkCode" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "registeredPatients" INTEGER,
    "registeredPatientsAsOf" DATE,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Wijkverband" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "municipalityCode" TEXT NOT NULL,
    "wijkCodes" TEXT[],
    "inhabitants" INTEGER,
    "coordinatorName" TEXT,
    "coordinatorEmail" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Wijkverband_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WijkverbandMember" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "wijkverbandId" UUID NOT NULL,
    "practiceId" UUID,
    "organisationId" UUID,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WijkverbandMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WijkStatistic" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "wijkCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "municipalityCode" TEXT NOT NULL,
    "inhabitants" INTEGER NOT NULL,
    "aged65Plus" INTEGER,
    "aged80Plus" INTEGER,
    "households" INTEGER,
    "extra" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WijkStatistic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "wijkverbandId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "reviewDate" DATE,
    "status" "AgreementVersionStatus" NOT NULL DEFAULT 'concept',
    "publishedAt" TIMESTAMP(3),
    "publishedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Acknowledgement" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "agreementVersionId" UUID NOT NULL,
    "practiceId" UUID NOT NULL,
    "decision" "AcknowledgementDecision" NOT NULL,
    "reason" TEXT,
    "userId" UUID NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Acknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Regioplan" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" INTEGER NOT NULL,
    "periodEnd" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'concept',
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "previousPlanId" UUID,
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Regioplan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "ThemeType" NOT NULL,
    "clientGroup" "ClientGroup",
    "izaGoals" TEXT[],
    "priority" INTEGER NOT NULL DEFAULT 3,
    "rationale" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "themeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerName" TEXT,
    "phase" "InitiativePhase" NOT NULL DEFAULT 'ontwikkelen',
    "startDate" DATE,
    "endDate" DATE,
    "carriedFromId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeParticipant" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "wijkverbandId" UUID,
    "practiceId" UUID,
    "organisationId" UUID,

    CONSTRAINT "InitiativeParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "baseline" DOUBLE PRECISION,
    "target" DOUBLE PRECISION NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "subjectType" "CommentSubject" NOT NULL,
    "subjectId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorRole" "Role" NOT NULL,
    "authorOrganisationName" TEXT,
    "body" TEXT NOT NULL,
    "handledAt" TIMESTAMP(3),
    "handledById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OiBudget" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "fundingTitle" "FundingTitle" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "rateCents" INTEGER,
    "basisPatients" INTEGER,
    "contractReference" TEXT,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OiBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "budgetId" UUID NOT NULL,
    "initiativeId" UUID,
    "wijkverbandId" UUID,
    "amountCents" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expenditure" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "allocationId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "evidenceReference" TEXT,
    "status" "ExpenditureStatus" NOT NULL DEFAULT 'concept',
    "submittedAt" TIMESTAMP(3),
    "reviewerId" UUID,
    "reviewedAt" TIMESTAMP(3),
    "reviewerRemarks" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Expenditure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialLink" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "wijkverbandId" UUID,
    "practiceId" UUID,
    "municipalityCode" TEXT NOT NULL,
    "kind" "SocialLinkKind" NOT NULL,
    "status" "SocialLinkStatus" NOT NULL DEFAULT 'verkenning',
    "startDate" DATE,
    "contactRole" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralCount" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "socialLinkId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "regionId" UUID,
    "userId" UUID,
    "userEmail" TEXT,
    "role" "Role",
    "organisationId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "changes" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_regionId_idx" ON "Membership"("regionId");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_role_regionId_organisationId_practiceId_key" ON "Membership"("userId", "role", "regionId", "organisationId", "practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_uzovi_key" ON "Organisation"("uzovi");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_municipalityCode_key" ON "Organisation"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Discipline_code_key" ON "Discipline"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RegionPartner_regionId_organisationId_key" ON "RegionPartner"("regionId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "RegionPartner_regionId_id_key" ON "RegionPartner"("regionId", "id");

-- CreateIndex
CREATE INDEX "Practice_regionId_name_idx" ON "Practice"("regionId", "name");

-- CreateIndex
CREATE INDEX "Practice_regionId_postcode_idx" ON "Practice"("regionId", "postcode");

-- CreateIndex
CREATE INDEX "Practice_regionId_municipalityCode_idx" ON "Practice"("regionId", "municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_regionId_id_key" ON "Practice"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_regionId_agb_key" ON "Practice"("regionId", "agb");

-- CreateIndex
CREATE INDEX "Wijkverband_regionId_municipalityCode_idx" ON "Wijkverband"("regionId", "municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Wijkverband_regionId_id_key" ON "Wijkverband"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Wijkverband_regionId_name_key" ON "Wijkverband"("regionId", "name");

-- CreateIndex
CREATE INDEX "WijkverbandMember_regionId_wijkverbandId_idx" ON "WijkverbandMember"("regionId", "wijkverbandId");

-- CreateIndex
CREATE UNIQUE INDEX "WijkverbandMember_regionId_id_key" ON "WijkverbandMember"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WijkStatistic_regionId_id_key" ON "WijkStatistic"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WijkStatistic_regionId_year_wijkCode_key" ON "WijkStatistic"("regionId", "year", "wijkCode");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_regionId_id_key" ON "Agreement"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_regionId_id_key" ON "AgreementVersion"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_regionId_agreementId_versionNumber_key" ON "AgreementVersion"("regionId", "agreementId", "versionNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Acknowledgement_regionId_id_key" ON "Acknowledgement"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Acknowledgement_regionId_agreementVersionId_practiceId_key" ON "Acknowledgement"("regionId", "agreementVersionId", "practiceId");

-- CreateIndex
CREATE INDEX "Regioplan_regionId_periodStart_idx" ON "Regioplan"("regionId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Regioplan_regionId_id_key" ON "Regioplan"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_regionId_id_key" ON "PlanVersion"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_regionId_planId_versionNumber_key" ON "PlanVersion"("regionId", "planId", "versionNumber");

-- CreateIndex
CREATE INDEX "Theme_regionId_planId_idx" ON "Theme"("regionId", "planId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_regionId_id_key" ON "Theme"("regionId", "id");

-- CreateIndex
CREATE INDEX "Initiative_regionId_themeId_idx" ON "Initiative"("regionId", "themeId");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_regionId_id_key" ON "Initiative"("regionId", "id");

-- CreateIndex
CREATE INDEX "InitiativeParticipant_regionId_initiativeId_idx" ON "InitiativeParticipant"("regionId", "initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeParticipant_regionId_id_key" ON "InitiativeParticipant"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_regionId_id_key" ON "Indicator"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_regionId_id_key" ON "Measurement"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_regionId_indicatorId_period_key" ON "Measurement"("regionId", "indicatorId", "period");

-- CreateIndex
CREATE INDEX "Milestone_regionId_dueDate_idx" ON "Milestone"("regionId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_regionId_id_key" ON "Milestone"("regionId", "id");

-- CreateIndex
CREATE INDEX "Comment_regionId_subjectType_subjectId_idx" ON "Comment"("regionId", "subjectType", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_regionId_id_key" ON "Comment"("regionId", "id");

-- CreateIndex
CREATE INDEX "OiBudget_insurerId_idx" ON "OiBudget"("insurerId");

-- CreateIndex
CREATE UNIQUE INDEX "OiBudget_regionId_id_key" ON "OiBudget"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OiBudget_regionId_insurerId_year_fundingTitle_key" ON "OiBudget"("regionId", "insurerId", "year", "fundingTitle");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_regionId_id_key" ON "Allocation"("regionId", "id");

-- CreateIndex
CREATE INDEX "Expenditure_regionId_status_idx" ON "Expenditure"("regionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Expenditure_regionId_id_key" ON "Expenditure"("regionId", "id");

-- CreateIndex
CREATE INDEX "SocialLink_regionId_municipalityCode_idx" ON "SocialLink"("regionId", "municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "SocialLink_regionId_id_key" ON "SocialLink"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralCount_regionId_id_key" ON "ReferralCount"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralCount_regionId_socialLinkId_period_key" ON "ReferralCount"("regionId", "socialLinkId", "period");

-- CreateIndex
CREATE INDEX "AuditEvent_regionId_occurredAt_idx" ON "AuditEvent"("regionId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_preferentInsurerId_fkey" FOREIGN KEY ("preferentInsurerId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionPartner" ADD CONSTRAINT "RegionPartner_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionPartner" ADD CONSTRAINT "RegionPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_disciplineId_fkey" FOREIGN KEY ("disciplineId") REFERENCES "Discipline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wijkverband" ADD CONSTRAINT "Wijkverband_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WijkverbandMember" ADD CONSTRAINT "WijkverbandMember_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WijkverbandMember" ADD CONSTRAINT "WijkverbandMember_regionId_wijkverbandId_fkey" FOREIGN KEY ("regionId", "wijkverbandId") REFERENCES "Wijkverband"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WijkverbandMember" ADD CONSTRAINT "WijkverbandMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WijkStatistic" ADD CONSTRAINT "WijkStatistic_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_regionId_wijkverbandId_fkey" FOREIGN KEY ("regionId", "wijkverbandId") REFERENCES "Wijkverband"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_regionId_agreementId_fkey" FOREIGN KEY ("regionId", "agreementId") REFERENCES "Agreement"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acknowledgement" ADD CONSTRAINT "Acknowledgement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acknowledgement" ADD CONSTRAINT "Acknowledgement_regionId_agreementVersionId_fkey" FOREIGN KEY ("regionId", "agreementVersionId") REFERENCES "AgreementVersion"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regioplan" ADD CONSTRAINT "Regioplan_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_regionId_planId_fkey" FOREIGN KEY ("regionId", "planId") REFERENCES "Regioplan"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_regionId_planId_fkey" FOREIGN KEY ("regionId", "planId") REFERENCES "Regioplan"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_regionId_themeId_fkey" FOREIGN KEY ("regionId", "themeId") REFERENCES "Theme"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_regionId_initiativeId_fkey" FOREIGN KEY ("regionId", "initiativeId") REFERENCES "Initiative"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_regionId_initiativeId_fkey" FOREIGN KEY ("regionId", "initiativeId") REFERENCES "Initiative"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_regionId_indicatorId_fkey" FOREIGN KEY ("regionId", "indicatorId") REFERENCES "Indicator"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_regionId_initiativeId_fkey" FOREIGN KEY ("regionId", "initiativeId") REFERENCES "Initiative"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OiBudget" ADD CONSTRAINT "OiBudget_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OiBudget" ADD CONSTRAINT "OiBudget_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_regionId_budgetId_fkey" FOREIGN KEY ("regionId", "budgetId") REFERENCES "OiBudget"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expenditure" ADD CONSTRAINT "Expenditure_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expenditure" ADD CONSTRAINT "Expenditure_regionId_allocationId_fkey" FOREIGN KEY ("regionId", "allocationId") REFERENCES "Allocation"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialLink" ADD CONSTRAINT "SocialLink_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialLink" ADD CONSTRAINT "SocialLink_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralCount" ADD CONSTRAINT "ReferralCount_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralCount" ADD CONSTRAINT "ReferralCount_regionId_socialLinkId_fkey" FOREIGN KEY ("regionId", "socialLinkId") REFERENCES "SocialLink"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ═══════════════════════ hand-written: tenant isolation ═══════════════════════
-- Prisma cannot express these. Keep them in this order: foreign keys, role, grants, policies.

-- Composite foreign keys for optional links to region-scoped rows: a row can only point at a
-- practice, wijkverband or initiative of its own region (MATCH SIMPLE skips NULL links).
ALTER TABLE "WijkverbandMember" ADD CONSTRAINT "WijkverbandMember_region_practice_fkey"
  FOREIGN KEY ("regionId", "practiceId") REFERENCES "Practice"("regionId", "id") ON DELETE CASCADE;
ALTER TABLE "Acknowledgement" ADD CONSTRAINT "Acknowledgement_region_practice_fkey"
  FOREIGN KEY ("regionId", "practiceId") REFERENCES "Practice"("regionId", "id");
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_region_wijkverband_fkey"
  FOREIGN KEY ("regionId", "wijkverbandId") REFERENCES "Wijkverband"("regionId", "id") ON DELETE CASCADE;
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_region_practice_fkey"
  FOREIGN KEY ("regionId", "practiceId") REFERENCES "Practice"("regionId", "id") ON DELETE CASCADE;
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_region_initiative_fkey"
  FOREIGN KEY ("regionId", "initiativeId") REFERENCES "Initiative"("regionId", "id");
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_region_wijkverband_fkey"
  FOREIGN KEY ("regionId", "wijkverbandId") REFERENCES "Wijkverband"("regionId", "id");
ALTER TABLE "SocialLink" ADD CONSTRAINT "SocialLink_region_wijkverband_fkey"
  FOREIGN KEY ("regionId", "wijkverbandId") REFERENCES "Wijkverband"("regionId", "id");
ALTER TABLE "SocialLink" ADD CONSTRAINT "SocialLink_region_practice_fkey"
  FOREIGN KEY ("regionId", "practiceId") REFERENCES "Practice"("regionId", "id");

-- Exactly one participant kind per row.
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_exactly_one"
  CHECK (num_nonnulls("wijkverbandId", "practiceId", "organisationId") = 1);
ALTER TABLE "WijkverbandMember" ADD CONSTRAINT "WijkverbandMember_exactly_one"
  CHECK (num_nonnulls("practiceId", "organisationId") = 1);
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_exactly_one"
  CHECK (num_nonnulls("initiativeId", "wijkverbandId") = 1);
ALTER TABLE "OiBudget" ADD CONSTRAINT "OiBudget_amount_nonnegative" CHECK ("amountCents" >= 0);
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_amount_nonnegative" CHECK ("amountCents" >= 0);
ALTER TABLE "ReferralCount" ADD CONSTRAINT "ReferralCount_nonnegative" CHECK ("count" >= 0);

-- The restricted application role: no login, no BYPASSRLS. The connecting (owner) user switches
-- to it with SET LOCAL ROLE inside withActor(), so it must be a member.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wijkkracht_app') THEN
    CREATE ROLE wijkkracht_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
  IF NOT pg_has_role(current_user, 'wijkkracht_app', 'MEMBER') THEN
    EXECUTE format('GRANT wijkkracht_app TO %I', current_user);
  END IF;
END $$;

-- The actor's visible regions, set per transaction by withActor() with set_config(…, true).
CREATE FUNCTION app_visible_region_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('app.region_ids', true), ''), ',')::uuid[], '{}'::uuid[])
$$;

GRANT USAGE ON SCHEMA public TO wijkkracht_app;
GRANT EXECUTE ON FUNCTION app_visible_region_ids() TO wijkkracht_app;
GRANT SELECT ON "Organisation", "Discipline", "Membership" TO wijkkracht_app;
GRANT SELECT, UPDATE ON "Region" TO wijkkracht_app;
-- Only the public columns of users: never the password hash.
GRANT SELECT ("id", "name", "email") ON "User" TO wijkkracht_app;
-- Append-only audit: no UPDATE, no DELETE.
GRANT SELECT, INSERT ON "AuditEvent" TO wijkkracht_app;
GRANT USAGE ON SEQUENCE "AuditEvent_id_seq" TO wijkkracht_app;

-- Row-level security on every table that carries regionId (and on Region by its id).
-- Two policies each: the application role sees only the actor's regions; the owner (the system
-- client used for login, seeding and platform administration) sees all.
DO $$
DECLARE
  t text;
  tenant_tables text[] := ARRAY[
    'RegionPartner', 'Practice', 'Wijkverband', 'WijkverbandMember', 'WijkStatistic',
    'Agreement', 'AgreementVersion', 'Acknowledgement', 'Regioplan', 'PlanVersion', 'Theme',
    'Initiative', 'InitiativeParticipant', 'Indicator', 'Measurement', 'Milestone', 'Comment',
    'OiBudget', 'Allocation', 'Expenditure', 'SocialLink', 'ReferralCount'];
BEGIN
  FOREACH t IN ARRAY tenant_tables LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO wijkkracht_app', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO wijkkracht_app
      USING ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))
      WITH CHECK ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))', t);
    EXECUTE format('CREATE POLICY system_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;

  ALTER TABLE "Region" ENABLE ROW LEVEL SECURITY;
  ALTER TABLE "Region" FORCE ROW LEVEL SECURITY;
  CREATE POLICY tenant_isolation ON "Region" TO wijkkracht_app
    USING ("id" = ANY ((SELECT app_visible_region_ids())::uuid[]))
    WITH CHECK ("id" = ANY ((SELECT app_visible_region_ids())::uuid[]));
  EXECUTE format('CREATE POLICY system_owner ON "Region" TO %I USING (true) WITH CHECK (true)', current_user);

  ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
  ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
  CREATE POLICY tenant_isolation ON "Membership" TO wijkkracht_app
    USING ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]));
  EXECUTE format('CREATE POLICY system_owner ON "Membership" TO %I USING (true) WITH CHECK (true)', current_user);

  ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
  ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
  CREATE POLICY tenant_read ON "AuditEvent" FOR SELECT TO wijkkracht_app
    USING ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]));
  CREATE POLICY tenant_append ON "AuditEvent" FOR INSERT TO wijkkracht_app
    WITH CHECK ("regionId" IS NULL OR "regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]));
  EXECUTE format('CREATE POLICY system_owner ON "AuditEvent" TO %I USING (true) WITH CHECK (true)', current_user);
END $$;

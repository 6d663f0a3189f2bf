-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('comment_on_subject', 'comment_reply', 'milestone_overdue', 'import_finished', 'import_failed', 'expenditure_submitted', 'expenditure_question', 'expenditure_approved', 'expenditure_rejected', 'agreement_published', 'agreement_objection', 'agreement_review_due', 'social_changed');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('in_app', 'email', 'digest', 'off');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('pending', 'sending', 'sent', 'failed', 'kept');

-- CreateTable
CREATE TABLE "NotificationEvent" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actorId" UUID,
    "subject" JSONB NOT NULL,
    "dedupeKey" TEXT,
    "processedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "subject" JSONB NOT NULL,
    "href" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" UUID NOT NULL,
    "userId" UUID,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NotificationEvent_dedupeKey_key" ON "NotificationEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "NotificationEvent_processedAt_createdAt_idx" ON "NotificationEvent"("processedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationEvent_regionId_id_key" ON "NotificationEvent"("regionId", "id");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_createdAt_idx" ON "Notification"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_eventId_userId_key" ON "Notification"("eventId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MailOutbox_idempotencyKey_key" ON "MailOutbox"("idempotencyKey");

-- CreateIndex
CREATE INDEX "MailOutbox_status_createdAt_idx" ON "MailOutbox"("status", "createdAt");

-- CreateIndex
CREATE INDEX "MailOutbox_createdAt_idx" ON "MailOutbox"("createdAt");

-- AddForeignKey
ALTER TABLE "NotificationEvent" ADD CONSTRAINT "NotificationEvent_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- ═══════════════════════ hand-written: grants and row-level security ═══════════════════════
-- NotificationEvent is region-scoped like every tenant table: a service writes it inside withActor()
-- in the same transaction as the event; the fan-out (systemDb) reads and marks it.
GRANT SELECT, INSERT ON "NotificationEvent" TO wijkkracht_app;
ALTER TABLE "NotificationEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NotificationEvent" FORCE ROW LEVEL SECURITY;
DO $$
BEGIN
  CREATE POLICY tenant_isolation ON "NotificationEvent" TO wijkkracht_app
    USING ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]))
    WITH CHECK ("regionId" = ANY ((SELECT app_visible_region_ids())::uuid[]));
  EXECUTE format('CREATE POLICY system_owner ON "NotificationEvent" TO %I USING (true) WITH CHECK (true)', current_user);
END $$;

-- A user's notifications and preferences belong to that user only (app.user_id, set by
-- withActor()): the app role reads its own notifications and marks them read, and keeps its own
-- preferences. Creating notifications is the fan-out's work (systemDb).
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;
GRANT EXECUTE ON FUNCTION app_user_id() TO wijkkracht_app;

GRANT SELECT ON "Notification" TO wijkkracht_app;
GRANT UPDATE ("readAt") ON "Notification" TO wijkkracht_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "NotificationPreference" TO wijkkracht_app;
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Notification', 'NotificationPreference'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY own_rows ON %I TO wijkkracht_app
      USING ("userId" = (SELECT app_user_id())) WITH CHECK ("userId" = (SELECT app_user_id()))', t);
    EXECUTE format('CREATE POLICY system_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;

-- The mail outbox is the platform's: only the system client (platform administration, the send
-- job) touches it. No grant to wijkkracht_app.
ALTER TABLE "MailOutbox" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MailOutbox" FORCE ROW LEVEL SECURITY;
DO $$
BEGIN
  EXECUTE format('CREATE POLICY system_owner ON "MailOutbox" TO %I USING (true) WITH CHECK (true)', current_user);
END $$;

// The mail outbox for the platform admin (/admin/mail): every mail the platform sent, kept or
// failed to send, newest first. Without SMTP configured this is where a new user reads the mail.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { systemDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/domain/errors";

export const OUTBOX_PAGE_SIZE = 200;

export type OutboxView = {
  smtpConfigured: boolean;
  mails: {
    id: string;
    recipient: string;
    subject: string;
    text: string;
    status: MailStatus;
    attempts: number;
    lastError: string | null;
    createdAt: Date;
    sentAt: Date | null;
  }[];
};

export async function getMailOutbox(actor: Actor): Promise<OutboxView> {
  if (!can(actor, "platform.admin", {})) throw new NotFoundError();
  const mails = await systemDb.mailOutbox.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE,
    select: {
      id: true,
      recipient: true,
      subject: true,
      text: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  });
  return { smtpConfigured: !!env().SMTP_URL, mails };
}

// Notifications as durable jobs. The fan-out turns recorded events into notifications and queues a
// send per outbox mail; a send that fails (SMTP down or refusing) throws and is retried with
// backoff, the outbox row showing the failure meanwhile. Scheduled in the queue: a sweep every
// minute (events whose wake-up was lost), the scans for overdue milestones and review dates, and
// the daily digest.
import { processPendingEvents } from "@/lib/domain/notifications/system/fanout";
import { sendOutboxMail } from "@/lib/domain/notifications/system/mail";
import { buildDailyDigests, previousDigestDay } from "@/lib/domain/notifications/system/digest";
import { scanAgreementReviews, scanOverdueMilestones } from "@/lib/domain/notifications/system/scans";
import { defineJob } from "@/lib/jobs/define";
import { enqueue } from "@/lib/jobs/queue";

export type MailSendData = { mailId: string };

export const mailSendJob = defineJob<MailSendData>("mail.send", {
  // Ten attempts over roughly three hours (30 s doubling): an SMTP outage of an afternoon is bridged.
  retryLimit: 9,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
  handler: async ({ mailId }) => {
    await sendOutboxMail(mailId);
  },
});

/** Queues the sending of outbox mails (once per mail while its job exists). */
export async function enqueueMails(mailIds: readonly string[]): Promise<void> {
  for (const mailId of mailIds) await enqueue(mailSendJob, { mailId }, { singletonKey: mailId });
}

export const notifyFanOutJob = defineJob<Record<string, never>>("notify.fanout", {
  retryLimit: 5,
  retryDelaySeconds: 5,
  retryBackoff: true,
  expireInSeconds: 10 * 60,
  handler: async () => {
    const { mailIds } = await processPendingEvents();
    await enqueueMails(mailIds);
  },
});

export const notifyScanJob = defineJob<Record<string, never>>("notify.scan", {
  retryLimit: 3,
  retryDelaySeconds: 60,
  expireInSeconds: 10 * 60,
  handler: async () => {
    await scanOverdueMilestones();
    await scanAgreementReviews();
    const { mailIds } = await processPendingEvents();
    await enqueueMails(mailIds);
  },
});

export type DigestData = { day?: string };

export const notifyDigestJob = defineJob<DigestData>("notify.digest", {
  retryLimit: 3,
  retryDelaySeconds: 300,
  expireInSeconds: 30 * 60,
  handler: async ({ day }) => {
    // Events of the last minutes of the day are fanned out first, so they are in the digest.
    await enqueueMails((await processPendingEvents()).mailIds);
    await enqueueMails(await buildDailyDigests(day ?? previousDigestDay()));
  },
});

// From an event to the mail accepted by an SMTP server (smtp-server, started here), median of 100:
// a coordinator comments on an initiative whose owner wants e-mail at once. Measured twice:
// - the work itself: the comment's transaction, the fan-out, composing and sending the mail;
// - through the durable queue: the wake-up enqueues the fan-out, a worker (started here, as
//   `npm run worker` would) runs it and then the send job; this adds the queue's polling.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { loadActor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import { setProcessEnv } from "@/lib/env";
import { setNotificationWaker } from "@/lib/domain/notifications/dispatch";
import { processPendingEvents } from "@/lib/domain/notifications/system/fanout";
import { sendOutboxMail } from "@/lib/domain/notifications/system/mail";
import { addComment } from "@/lib/domain/plans/comments";
import { mailSendJob, notifyFanOutJob } from "@/lib/jobs/notifications";
import { startWorker } from "@/lib/jobs/worker";

const RUNS = 100;

function summary(name: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(
    `${name.padEnd(58)} median ${pick(0.5).toFixed(1).padStart(8)} ms   p95 ${pick(0.95).toFixed(1).padStart(8)} ms   max ${sorted.at(-1)!.toFixed(1).padStart(8)} ms   (n=${times.length})`,
  );
}

export default async function notifications() {
  // Mails carry signed unsubscribe links; the bench database has no launcher to provide a secret.
  if (!process.env.NEXTAUTH_SECRET) setProcessEnv("NEXTAUTH_SECRET", "bench-secret-not-for-production-use");
  let accepted: (() => void) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        callback();
        accepted?.();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  const nextMail = () => new Promise<void>((resolve) => (accepted = resolve));

  // The demo: the coordinator comments, the huisarts (practice taking part) owns the initiative.
  const coordinatorUser = await systemDb.user.findUniqueOrThrow({ where: { email: "coordinator@wijkkracht.test" } });
  const holderUser = await systemDb.user.findUniqueOrThrow({ where: { email: "huisarts@wijkkracht.test" } });
  const coordinator = (await loadActor(coordinatorUser.id))!;
  const region = await systemDb.region.findUniqueOrThrow({ where: { slug: "zaanstreek-waterland" } });
  const membership = await systemDb.membership.findFirstOrThrow({ where: { userId: holderUser.id, role: "practice_holder" } });
  const participant = await systemDb.initiativeParticipant.findFirstOrThrow({
    where: { regionId: region.id, practiceId: membership.practiceId },
  });
  await systemDb.notificationPreference.upsert({
    where: { userId_kind: { userId: holderUser.id, kind: "comment_on_subject" } },
    create: { userId: holderUser.id, kind: "comment_on_subject", delivery: "email" },
    update: { delivery: "email" },
  });
  const comment = (i: number) =>
    addComment(coordinator, region.slug, { subjectType: "initiative", subjectId: participant.initiativeId, body: `Bench ${i}` });

  try {
    // 1. The work itself, without the queue.
    setNotificationWaker(null);
    await processPendingEvents();
    const direct: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const start = performance.now();
      const arrived = nextMail();
      await comment(i);
      const { mailIds } = await processPendingEvents();
      for (const id of mailIds) await sendOutboxMail(id, { smtpUrl });
      await arrived;
      if (i >= 3) direct.push(performance.now() - start);
    }
    summary("event → mail accepted (service + fan-out + SMTP)", direct);

    // 2. Through the queue, with a worker polling every half second.
    setProcessEnv("SMTP_URL", smtpUrl);
    setNotificationWaker();
    const worker = await startWorker({
      jobs: [notifyFanOutJob, mailSendJob] as never,
      pollingIntervalSeconds: 0.5,
      concurrency: 2,
    });
    try {
      const queued: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        const arrived = nextMail();
        await comment(1000 + i); // its wake-up queues the fan-out
        await arrived;
        queued.push(performance.now() - start);
      }
      summary("event → mail accepted (through the job queue, worker)", queued);
    } finally {
      await worker.stop();
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

// Notifications against the real PostgreSQL and a real SMTP server (smtp-server, started here):
// who gets each kind (a matrix over roles in the own and a foreign tenant), preferences, the
// unsubscribe token, delivery, digest contents, idempotency after a retry, and SMTP refusing.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadSessionUser, type Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { decide, createAgreement, publishVersion } from "@/lib/domain/agreements/service";
import { isDomainError } from "@/lib/domain/errors";
import {
  commitImportJob,
  createImportJob,
  createReferralImportJob,
  processImportJob,
  requestImportCommit,
  requestReferralImportCommit,
} from "@/lib/domain/imports/service";
import { moveExpenditure, recordExpenditure } from "@/lib/domain/money/expenditures";
import { createAllocation } from "@/lib/domain/money/region";
import { setNotificationWaker } from "@/lib/domain/notifications/dispatch";
import type { NotificationKind } from "@/lib/domain/notifications/kinds";
import {
  getNotificationPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreferences,
  unsubscribeWithToken,
} from "@/lib/domain/notifications/service";
import { amsterdamDay, buildDailyDigests, digestWindow } from "@/lib/domain/notifications/system/digest";
import { processPendingEvents } from "@/lib/domain/notifications/system/fanout";
import { sendOutboxMail } from "@/lib/domain/notifications/system/mail";
import { scanAgreementReviews, scanOverdueMilestones } from "@/lib/domain/notifications/system/scans";
import { createUnsubscribeToken, UNSUBSCRIBE_TTL_MS } from "@/lib/domain/notifications/token";
import { addComment } from "@/lib/domain/plans/comments";
import { setReferralCount } from "@/lib/domain/social/service";
import { actorFor, createTenant, roleActors, type RoleActors, type Tenant } from "./fixtures";

// ───────────────────────── a real SMTP server ─────────────────────────

type Received = { from: string; to: string[]; raw: string; body: string };

/** Quoted-printable soft breaks and escapes undone, so texts and links can be searched. */
const decodeQp = (raw: string) =>
  raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

async function startSmtp(options: { refuse?: () => boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.()) return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        // Multi-byte UTF-8 in quoted-printable: decode bytes, then read as UTF-8.
        const body = Buffer.from(decodeQp(raw), "latin1").toString("utf8");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          body,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ───────────────────────── the world ─────────────────────────

let own: Tenant;
let foreign: Tenant;
let r: RoleActors;
let coordinator2: Actor;
let planId: string;
let initiativeId: string;
let smtp: Awaited<ReturnType<typeof startSmtp>>;

async function setupPlan(t: Tenant) {
  const plan = await systemDb.regioplan.create({
    data: { regionId: t.regionId, title: "Regioplan test", periodStart: 2025, periodEnd: 2028, status: "ter_consultatie" },
  });
  const theme = await systemDb.theme.create({
    data: { regionId: t.regionId, planId: plan.id, name: "Ouderen", type: "doelgroep" },
  });
  const initiative = await systemDb.initiative.create({
    data: { regionId: t.regionId, themeId: theme.id, title: "Valpreventie" },
  });
  await systemDb.initiativeParticipant.create({
    data: { regionId: t.regionId, initiativeId: initiative.id, practiceId: t.practiceId },
  });
  return { planId: plan.id, initiativeId: initiative.id };
}

/** Everyone of the matrix, by label. */
function everyone(): Record<string, Actor> {
  return {
    coordinator: r.coordinator,
    coordinator2,
    holder: r.holder,
    insurer: r.insurer,
    officer: r.officer,
    admin: r.admin,
    "foreign coordinator": r.foreign.coordinator,
    "foreign holder": r.foreign.holder,
    "foreign insurer": r.foreign.insurer,
    "foreign officer": r.foreign.officer,
  };
}

/** Runs the fan-out and says who got a notification of `kind` about `subjectId`. */
async function whoGot(kind: NotificationKind, subjectId: string): Promise<string[]> {
  await processPendingEvents();
  const rows = await systemDb.notification.findMany({ where: { kind }, select: { userId: true, subject: true } });
  const ids = new Set(rows.filter((n) => (n.subject as { id?: string }).id === subjectId).map((n) => n.userId));
  return Object.entries(everyone())
    .filter(([, a]) => ids.has(a.userId))
    .map(([label]) => label)
    .sort();
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isDomainError(error)) return String(error.status);
    throw error;
  }
}

beforeAll(async () => {
  setNotificationWaker(null);
  own = await createTenant("meld");
  foreign = await createTenant("meldf");
  r = await roleActors(own, foreign);
  coordinator2 = await actorFor([{ role: "coordinator", regionId: own.regionId }]);
  ({ planId, initiativeId } = await setupPlan(own));
  await setupPlan(foreign);
  smtp = await startSmtp();
});

beforeEach(async () => {
  // Events of other test files (or earlier tests) do not leak into the fan-out of the next.
  await processPendingEvents();
});

afterAll(async () => {
  await smtp.close();
  await disconnectDb();
});

// ───────────────────────── who gets what ─────────────────────────

describe("recipients follow the pages' visibility (kind × role × own/foreign tenant)", () => {
  it("a comment on an initiative: its coordinators and the holders of practices taking part; not the author, not other roles or tenants", async () => {
    const { id } = await addComment(r.coordinator, own.slug, {
      subjectType: "initiative",
      subjectId: initiativeId,
      body: "Graag een update.",
    });
    expect(await whoGot("comment_on_subject", initiativeId)).toEqual(["coordinator2", "holder"]);
    const mine = (await listNotifications(r.holder)).items.find((n) => n.subject.id === initiativeId)!;
    expect(mine.href).toBe(`/r/${own.slug}/initiatieven/${initiativeId}#reactie-${id}`);
  });

  it("a reply: earlier commenters who still see the plan get comment_reply; one who lost access gets nothing", async () => {
    const officerEarlier = await actorFor([{ role: "municipality_officer", organisationId: own.municipalityOrgId }]);
    const leaver = await actorFor([
      { role: "practice_holder", regionId: own.regionId, practiceId: own.otherMunicipalityPracticeId },
    ]);
    await addComment(officerEarlier, own.slug, { subjectType: "plan", subjectId: planId, body: "Vraag van de gemeente." });
    await addComment(leaver, own.slug, { subjectType: "plan", subjectId: planId, body: "Vraag van een praktijk." });
    await systemDb.membership.deleteMany({ where: { userId: leaver.userId } });
    await processPendingEvents();
    await addComment(r.coordinator, own.slug, { subjectType: "plan", subjectId: planId, body: "Antwoord." });
    await processPendingEvents();
    const replies = await systemDb.notification.findMany({
      where: { kind: "comment_reply", subject: { path: ["id"], equals: planId } },
    });
    const to = replies.map((n) => n.userId);
    expect(to).toContain(officerEarlier.userId);
    expect(to).not.toContain(leaver.userId);
    expect(to).not.toContain(r.coordinator.userId);
  });

  it("an expenditure submitted: reviewers of that budget's insurer only; approved, asked and rejected: the coordinator who submitted", async () => {
    const budget = await systemDb.oiBudget.findFirstOrThrow({ where: { regionId: own.regionId, insurerId: own.insurerId } });
    const allocation = await createAllocation(r.coordinator, own.slug, {
      budgetId: budget.id,
      target: `initiative:${initiativeId}`,
      amount: "1.000,00",
    });
    const pdf = { fileName: "factuur.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n% bewijs\n") };
    const expense = { date: "2026-03-15", amount: "12,50", category: "personeel", description: "Wijkcoördinator maart" };
    const e1 = await recordExpenditure(r.coordinator, own.slug, allocation.id, expense, pdf);
    await moveExpenditure(coordinator2, own.slug, e1.id, "submit");
    expect(await whoGot("expenditure_submitted", e1.id)).toEqual(["insurer"]);
    await moveExpenditure(r.insurer, own.slug, e1.id, "ask", "Graag de uren.");
    expect(await whoGot("expenditure_question", e1.id)).toEqual(["coordinator2"]);
    await moveExpenditure(coordinator2, own.slug, e1.id, "answer", "Zie bijlage.");
    await moveExpenditure(r.insurer, own.slug, e1.id, "approve");
    expect(await whoGot("expenditure_approved", e1.id)).toEqual(["coordinator2"]);
    const e2 = await recordExpenditure(r.coordinator, own.slug, allocation.id, expense, pdf);
    await moveExpenditure(r.coordinator, own.slug, e2.id, "submit");
    await moveExpenditure(r.insurer, own.slug, e2.id, "reject", "Past niet.");
    expect(await whoGot("expenditure_rejected", e2.id)).toEqual(["coordinator"]);
  });

  it("an agreement published: holders of member practices; an objection: the coordinators (without the reason in the mail)", async () => {
    const draft = {
      title: "Afspraak MDO",
      topic: "Ouderen",
      body: "## Doel\n\nSamen.",
      effectiveDate: "2026-01-01",
      reviewDate: "2027-01-01",
    };
    const created = await createAgreement(r.coordinator, own.slug, own.wijkverbandId, draft);
    await publishVersion(r.coordinator, own.slug, created.id, created.versionId);
    expect(await whoGot("agreement_published", created.versionId)).toEqual(["holder"]);
    await decide(r.holder, own.slug, {
      versionId: created.versionId,
      practiceId: own.practiceId,
      decision: "objection",
      reason: "GEHEIME-REDEN",
    });
    expect(await whoGot("agreement_objection", created.versionId)).toEqual(["coordinator", "coordinator2"]);
    const mails = await systemDb.mailOutbox.findMany({
      where: { userId: r.coordinator.userId, subject: { contains: "Afspraak MDO" } },
    });
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) expect(m.text + m.html).not.toContain("GEHEIME-REDEN");
  });

  it("referral figures changed in a municipality: the region's coordinators (not the officer who changed them)", async () => {
    const org = await systemDb.organisation.create({
      data: {
        kind: "social_domain",
        name: "Welzijn Meld",
        socialKind: "welzijnsorganisatie",
        socialMunicipalityCode: own.municipalityCode,
      },
    });
    const link = await systemDb.socialLink.create({
      data: {
        regionId: own.regionId,
        organisationId: org.id,
        wijkverbandId: own.wijkverbandId,
        municipalityCode: own.municipalityCode,
        kind: "jeugd",
        status: "actief",
      },
    });
    await setReferralCount(r.officer, link.id, { period: "2026-Q1", count: "12" });
    expect(await whoGot("social_changed", link.id)).toEqual(["coordinator", "coordinator2"]);

    // A referral import that changes the figures tells the same coordinators once more.
    const wijkverband = await systemDb.wijkverband.findUniqueOrThrow({ where: { id: own.wijkverbandId } });
    const bytes = new TextEncoder().encode(
      `organisatie;wijkverband;kwartaal;aantal\nWelzijn Meld;${wijkverband.name};2026-Q1;15\n`,
    );
    const scope = { municipalityCode: own.municipalityCode };
    const job = await createReferralImportJob(r.officer, scope, { fileName: "v.csv", size: bytes.length });
    await processImportJob(r.officer, job.id, bytes);
    await requestReferralImportCommit(r.officer, scope, job.id);
    expect(await commitImportJob(r.officer, job.id)).toEqual({ created: 0, updated: 1 });
    expect(await whoGot("social_changed", link.id)).toEqual(["coordinator", "coordinator2"]);
    const perCoordinator = await systemDb.notification.count({
      where: { kind: "social_changed", userId: r.coordinator.userId, subject: { path: ["id"], equals: link.id } },
    });
    expect(perCoordinator).toBe(2);
  });

  it("an import finished or failed: only who started it", async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const good = enc(`naam;discipline;gemeente\nNieuwe praktijk;huisartsenzorg;${own.municipalityCode}\n`);
    const job = await createImportJob(
      r.coordinator,
      own.slug,
      { kind: "practices", file: { name: "goed.csv", size: good.byteLength } },
      good,
    );
    await processImportJob(r.coordinator, job.id, good);
    expect(await whoGot("import_finished", job.id)).toEqual(["coordinator"]);
    await requestImportCommit(r.coordinator, own.slug, job.id);
    await commitImportJob(r.coordinator, job.id);
    await processPendingEvents();
    expect(
      await systemDb.notification.count({
        where: { kind: "import_finished", userId: r.coordinator.userId, subject: { path: ["id"], equals: job.id } },
      }),
    ).toBe(2);
    const bad = enc("iets;anders\n1;2\n");
    const failed = await createImportJob(
      coordinator2,
      own.slug,
      { kind: "practices", file: { name: "fout.csv", size: bad.byteLength } },
      bad,
    );
    await processImportJob(coordinator2, failed.id, bad);
    expect(await whoGot("import_failed", failed.id)).toEqual(["coordinator2"]);
  });

  it("overdue milestones and review dates: owners and coordinators, once however often the scan runs", async () => {
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
    const milestone = await systemDb.milestone.create({
      data: {
        regionId: own.regionId,
        initiativeId,
        title: "Eerste MDO",
        dueDate: new Date(yesterday.toISOString().slice(0, 10)),
      },
    });
    await scanOverdueMilestones();
    await scanOverdueMilestones();
    expect(await whoGot("milestone_overdue", milestone.id)).toEqual(["coordinator", "coordinator2", "holder"]);
    await scanOverdueMilestones();
    await processPendingEvents();
    expect(
      await systemDb.notification.count({
        where: { kind: "milestone_overdue", userId: r.coordinator.userId, subject: { path: ["id"], equals: milestone.id } },
      }),
    ).toBe(1);

    const soon = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const draft = {
      title: "Afspraak evaluatie",
      topic: "Ouderen",
      body: "## Doel\n\nSamen.",
      effectiveDate: "2026-01-01",
      reviewDate: soon,
    };
    const created = await createAgreement(r.coordinator, own.slug, own.wijkverbandId, draft);
    await publishVersion(r.coordinator, own.slug, created.id, created.versionId);
    await scanAgreementReviews();
    await scanAgreementReviews();
    expect(await whoGot("agreement_review_due", created.versionId)).toEqual(["coordinator", "coordinator2"]);
  });
});

// ───────────────────────── the user's own list and preferences ─────────────────────────

/**
 * The unread count the header shows, loaded with the actor (system client, by the session's user
 * id): always the count the user's own list gives under row-level security.
 */
async function unreadOf(actor: Actor): Promise<number> {
  const { sessionVersion } = await systemDb.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { sessionVersion: true },
  });
  const { unread } = await listNotifications(actor);
  expect((await loadSessionUser(actor.userId, sessionVersion))?.unreadNotifications).toBe(unread);
  return unread;
}

describe("list, read state and preferences", () => {
  it("counts unread, marks one and all read; another user's notification is a 404", async () => {
    await addComment(r.holder, own.slug, { subjectType: "initiative", subjectId: initiativeId, body: "Over de planning." });
    await processPendingEvents();
    const before = await unreadOf(coordinator2);
    expect(before).toBeGreaterThan(0);
    const [first] = (await listNotifications(coordinator2)).items;
    expect(await outcome(markNotificationRead(r.coordinator, first!.id))).toBe("404");
    await markNotificationRead(coordinator2, first!.id);
    expect(await unreadOf(coordinator2)).toBe(before - 1);
    await markAllNotificationsRead(coordinator2);
    expect(await unreadOf(coordinator2)).toBe(0);
  });

  it("defaults per kind, saved choices; off makes no notification, in-app no mail, e-mail one mail", async () => {
    const user = await actorFor([{ role: "coordinator", regionId: own.regionId }]);
    const defaults = new Map((await getNotificationPreferences(user)).map((p) => [p.kind, p.delivery]));
    expect(defaults.get("expenditure_submitted")).toBe("digest");
    expect(defaults.get("social_changed")).toBe("digest");
    expect(defaults.get("comment_on_subject")).toBe("email");

    await saveNotificationPreferences(user, { comment_on_subject: "off" });
    await addComment(r.holder, own.slug, { subjectType: "initiative", subjectId: initiativeId, body: "Eén." });
    await processPendingEvents();
    expect(await systemDb.notification.count({ where: { userId: user.userId } })).toBe(0);

    await saveNotificationPreferences(user, { comment_on_subject: "in_app" });
    await addComment(r.holder, own.slug, { subjectType: "initiative", subjectId: initiativeId, body: "Twee." });
    await processPendingEvents();
    expect(await systemDb.notification.count({ where: { userId: user.userId } })).toBe(1);
    expect(await systemDb.mailOutbox.count({ where: { userId: user.userId } })).toBe(0);

    await saveNotificationPreferences(user, { comment_on_subject: "email" });
    await addComment(r.holder, own.slug, { subjectType: "initiative", subjectId: initiativeId, body: "Drie." });
    await processPendingEvents();
    expect(await systemDb.mailOutbox.count({ where: { userId: user.userId } })).toBe(1);
    expect(await outcome(saveNotificationPreferences(user, { comment_on_subject: "fax" as never }))).toBe("422");
  });
});

// ───────────────────────── unsubscribe ─────────────────────────

describe("unsubscribe link", () => {
  it("a valid token switches that one kind to in-app; tampered and expired tokens change nothing", async () => {
    const user = await actorFor([{ role: "coordinator", regionId: own.regionId }]);
    await saveNotificationPreferences(user, { comment_on_subject: "email", comment_reply: "email" });
    const token = createUnsubscribeToken(user.userId, "comment_on_subject");

    const tampered = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA");
    expect(await outcome(unsubscribeWithToken(tampered))).toBe("404");
    const [payload, signature] = token.split(".");
    const otherPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), k: "comment_reply" }),
    ).toString("base64url");
    expect(await outcome(unsubscribeWithToken(`${otherPayload}.${signature}`))).toBe("404");
    expect(await outcome(unsubscribeWithToken(token, new Date(Date.now() + UNSUBSCRIBE_TTL_MS + 1000)))).toBe("404");
    let prefs = new Map((await getNotificationPreferences(user)).map((p) => [p.kind, p.delivery]));
    expect(prefs.get("comment_on_subject")).toBe("email");

    expect(await unsubscribeWithToken(token)).toEqual({ kind: "comment_on_subject" });
    prefs = new Map((await getNotificationPreferences(user)).map((p) => [p.kind, p.delivery]));
    expect(prefs.get("comment_on_subject")).toBe("in_app");
    expect(prefs.get("comment_reply")).toBe("email");
  });
});

// ───────────────────────── delivery ─────────────────────────

describe("e-mail through SMTP", () => {
  it("delivers Dutch or English text + HTML with the link back and an unsubscribe link; a retry after success sends nothing", async () => {
    const nl = await actorFor([{ role: "coordinator", regionId: own.regionId }]);
    const en = await actorFor([{ role: "coordinator", regionId: own.regionId }]);
    await systemDb.user.update({ where: { id: en.userId }, data: { locale: "en" } });
    const { id: commentId } = await addComment(r.holder, own.slug, {
      subjectType: "initiative",
      subjectId: initiativeId,
      body: "INHOUD-VAN-DE-REACTIE",
    });
    const { mailIds } = await processPendingEvents();
    const mails = await systemDb.mailOutbox.findMany({ where: { id: { in: mailIds }, userId: { in: [nl.userId, en.userId] } } });
    expect(mails).toHaveLength(2);
    const before = smtp.received.length;
    for (const m of mails) expect(await sendOutboxMail(m.id, { smtpUrl: smtp.url })).toBe("sent");
    // The job retried after a send that succeeded (or two workers): nothing goes out twice.
    for (const m of mails) expect(await sendOutboxMail(m.id, { smtpUrl: smtp.url })).toBe("skipped");
    const arrived = smtp.received.slice(before);
    expect(arrived).toHaveLength(2);

    const toNl = arrived.find((m) => m.to.includes(nl.email))!;
    const toEn = arrived.find((m) => m.to.includes(en.email))!;
    expect(toNl.body).toContain("reageerde op ‘Valpreventie’");
    expect(toEn.body).toContain("commented on ‘Valpreventie’");
    for (const m of [toNl, toEn]) {
      expect(m.raw).toMatch(/Content-Type: text\/plain/);
      expect(m.raw).toMatch(/Content-Type: text\/html/);
      expect(m.body).toContain(`/r/${own.slug}/initiatieven/${initiativeId}#reactie-${commentId}`);
      expect(m.body).toMatch(/\/afmelden\?token=/);
      expect(m.raw).toMatch(/List-Unsubscribe:/);
      expect(m.body).not.toContain("INHOUD-VAN-DE-REACTIE");
    }
    const sent = await systemDb.mailOutbox.findMany({ where: { id: { in: mails.map((m) => m.id) } } });
    expect(sent.every((m) => m.status === "sent" && m.attempts === 1 && m.sentAt)).toBe(true);
  });

  it("SMTP refusing or down: the send throws (the job retries), the outbox shows the failure, the notification stays; then it is sent once", async () => {
    let refuse = true;
    const picky = await startSmtp({ refuse: () => refuse });
    try {
      const user = await actorFor([{ role: "coordinator", regionId: own.regionId }]);
      await addComment(r.holder, own.slug, { subjectType: "initiative", subjectId: initiativeId, body: "Storing?" });
      await processPendingEvents();
      const mail = await systemDb.mailOutbox.findFirstOrThrow({ where: { userId: user.userId } });

      await expect(sendOutboxMail(mail.id, { smtpUrl: picky.url })).rejects.toThrow();
      let row = await systemDb.mailOutbox.findUniqueOrThrow({ where: { id: mail.id } });
      expect(row.status).toBe("failed");
      expect(row.attempts).toBe(1);
      expect(row.lastError).toMatch(/550|Mailbox unavailable/);

      await expect(sendOutboxMail(mail.id, { smtpUrl: "smtp://127.0.0.1:1" })).rejects.toThrow();
      row = await systemDb.mailOutbox.findUniqueOrThrow({ where: { id: mail.id } });
      expect(row.status).toBe("failed");
      expect(row.attempts).toBe(2);
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(await unreadOf(user)).toBe(1);

      refuse = false;
      expect(await sendOutboxMail(mail.id, { smtpUrl: picky.url })).toBe("sent");
      expect(await sendOutboxMail(mail.id, { smtpUrl: picky.url })).toBe("skipped");
      expect(picky.received.filter((m) => m.to.includes(user.email))).toHaveLength(1);
      row = await systemDb.mailOutbox.findUniqueOrThrow({ where: { id: mail.id } });
      expect(row).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    } finally {
      await picky.close();
    }
  });

  it("without SMTP configured the mail is kept in the outbox", async () => {
    const user = await actorFor([{ role: "coordinator", regionId: own.regionId }]);
    await addComment(r.holder, own.slug, { subjectType: "initiative", subjectId: initiativeId, body: "Bewaard?" });
    await processPendingEvents();
    const mail = await systemDb.mailOutbox.findFirstOrThrow({ where: { userId: user.userId } });
    expect(await sendOutboxMail(mail.id, { smtpUrl: null })).toBe("kept");
    expect((await systemDb.mailOutbox.findUniqueOrThrow({ where: { id: mail.id } })).status).toBe("kept");
  });

  it("the daily digest: one mail per user with everything of that day for kinds set to digest; a second run sends nothing new", async () => {
    const user = await actorFor([{ role: "coordinator", regionId: own.regionId }]);
    await saveNotificationPreferences(user, { comment_on_subject: "digest", social_changed: "digest" });
    await addComment(r.holder, own.slug, { subjectType: "initiative", subjectId: initiativeId, body: "Digest één." });
    await addComment(r.holder, own.slug, { subjectType: "plan", subjectId: planId, body: "Digest twee." });
    const { mailIds } = await processPendingEvents();
    expect(await systemDb.mailOutbox.count({ where: { id: { in: mailIds }, userId: user.userId } })).toBe(0);

    const day = amsterdamDay();
    const { start, end } = digestWindow(day);
    expect(end.getTime() - start.getTime()).toBeGreaterThanOrEqual(23 * 3600 * 1000);
    const digestIds = await buildDailyDigests(day);
    const mine = await systemDb.mailOutbox.findMany({ where: { id: { in: digestIds }, userId: user.userId } });
    expect(mine).toHaveLength(1);
    const again = await buildDailyDigests(day);
    expect(await systemDb.mailOutbox.count({ where: { userId: user.userId } })).toBe(1);
    const before = smtp.received.length;
    for (const id of again.filter((id) => id === mine[0]!.id)) await sendOutboxMail(id, { smtpUrl: smtp.url });
    await sendOutboxMail(mine[0]!.id, { smtpUrl: smtp.url });
    const arrived = smtp.received.slice(before).filter((m) => m.to.includes(user.email));
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.body).toContain("dagoverzicht");
    expect(arrived[0]!.body).toContain("reageerde op ‘Valpreventie’");
    expect(arrived[0]!.body).toContain("reageerde op ‘Regioplan test’");
    expect(arrived[0]!.body).toContain("Geen dagoverzicht meer voor");
  });
});

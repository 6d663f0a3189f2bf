import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getPlanVersion } from "@/lib/domain/plans/versions";
import { formatDate, formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.versionsTitle };
}

const label = <T extends string>(map: Record<T, string>, key: string | null) => (key ? (map[key as T] ?? key) : "—");

export default async function VersionPage({ params }: { params: Promise<{ region: string; planId: string; version: string }> }) {
  const { region: slug, planId, version } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getPlanVersion(actor, slug, planId, version));
  const { t, locale } = await getMessages();
  const tp = t.plan;
  const tv = tp.versions;
  const day = (iso: string | null) => (iso ? formatDate(new Date(`${iso}T00:00:00Z`), locale) : "?");
  const s = data.version.snapshot;
  const base = `/r/${data.region.slug}/regioplan/${data.plan.id}`;
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href={`${base}/versies`} className="text-blue-800 underline">
          {tp.versionsTitle}
        </Link>
      </p>
      <PageHeader
        title={fill(tv.versionTitle, { title: s.title, n: data.version.versionNumber })}
        intro={fill(tv.versionIntro, {
          date: formatDateTime(data.version.createdAt, locale),
          from: s.periodStart,
          to: s.periodEnd,
        })}
      />
      {s.summary ? <p className="mb-8 max-w-3xl whitespace-pre-line">{s.summary}</p> : null}
      <div className="space-y-8">
        {s.themes.map((th, index) => (
          <section
            key={th.id ?? index}
            aria-labelledby={`v-th-${index}`}
            className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h2 id={`v-th-${index}`} className="text-xl font-semibold">
              {th.name}
            </h2>
            <p className="text-sm text-muted">
              {fill(tv.themeLine, {
                type: label(tp.themeType, th.type),
                clientGroup: label(tp.clientGroup, th.clientGroup),
                priority: th.priority,
                goals: th.izaGoals.map((g) => tp.izaGoal[g as keyof typeof tp.izaGoal] ?? g).join("; ") || "—",
              })}
            </p>
            {th.rationale ? <p className="mt-2">{th.rationale}</p> : null}
            <ul className="mt-4 space-y-3">
              {th.initiatives.map((i, n) => (
                <li key={i.id ?? n} className="border-t border-slate-100 pt-3">
                  <h3 className="font-semibold">{i.title}</h3>
                  <p className="text-sm text-muted">
                    {i.ownerName ?? tv.noOwner} · {label(tp.phase, i.phase)} · {day(i.startDate)} – {day(i.endDate)}
                    {i.participants.length > 0 ? ` · ${i.participants.join(", ")}` : ""}
                  </p>
                  {i.description ? <p className="mt-1 text-sm">{i.description}</p> : null}
                  {i.indicators.length > 0 ? (
                    <ul className="mt-1 list-disc pl-5 text-sm">
                      {i.indicators.map((x, k) => (
                        <li key={k}>
                          {x.name}: {x.baseline ?? "—"} → {x.target} {x.unit} ({label(tp.direction, x.direction)})
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {i.milestones.length > 0 ? (
                    <ul className="mt-1 list-disc pl-5 text-sm">
                      {i.milestones.map((m, k) => (
                        <li key={k}>
                          {fill(tv.milestoneLine, { title: m.title, date: day(m.dueDate), done: m.done ? tv.done : "" })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

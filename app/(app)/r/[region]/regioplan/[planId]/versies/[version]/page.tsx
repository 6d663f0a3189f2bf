import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { CLIENT_GROUP_LABEL, DIRECTION_LABEL, IZA_GOALS, PHASE_LABEL, THEME_TYPE_LABEL } from "@/lib/domain/plans/rules";
import { getPlanVersion } from "@/lib/domain/plans/service";
import { formatDate, formatDateTime } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export const metadata: Metadata = { title: "Vastgestelde versie" };

const label = <T extends string>(map: Record<T, string>, key: string | null) => (key ? (map[key as T] ?? key) : "—");
const day = (iso: string | null) => (iso ? formatDate(new Date(`${iso}T00:00:00Z`)) : "?");

export default async function VersionPage({ params }: { params: Promise<{ region: string; planId: string; version: string }> }) {
  const { region: slug, planId, version } = await params;
  if (!/^\d+$/.test(version)) notFound();
  const actor = await requireActor();
  const data = await loadOr404(getPlanVersion(actor, slug, planId, Number(version)));
  const { locale } = await getMessages();
  const s = data.version.snapshot;
  const base = `/r/${data.region.slug}/regioplan/${data.plan.id}`;
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href={`${base}/versies`} className="text-blue-800 underline">
          Versies vergelijken
        </Link>
      </p>
      <PageHeader title={`${s.title} — versie ${data.version.versionNumber}`} intro={`Vastgesteld op ${formatDateTime(data.version.createdAt, locale)}. Periode ${s.periodStart}–${s.periodEnd}. Deze versie verandert niet meer.`} />
      {s.summary ? <p className="mb-8 max-w-3xl whitespace-pre-line">{s.summary}</p> : null}
      <div className="space-y-8">
        {s.themes.map((th, index) => (
          <section key={th.id ?? index} aria-labelledby={`v-th-${index}`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id={`v-th-${index}`} className="text-xl font-semibold">
              {th.name}
            </h2>
            <p className="text-sm text-muted">
              {label(THEME_TYPE_LABEL, th.type)} · {label(CLIENT_GROUP_LABEL, th.clientGroup)} · prioriteit {th.priority} · IZA: {th.izaGoals.map((g) => IZA_GOALS[g as keyof typeof IZA_GOALS] ?? g).join("; ") || "—"}
            </p>
            {th.rationale ? <p className="mt-2">{th.rationale}</p> : null}
            <ul className="mt-4 space-y-3">
              {th.initiatives.map((i, n) => (
                <li key={i.id ?? n} className="border-t border-slate-100 pt-3">
                  <h3 className="font-semibold">{i.title}</h3>
                  <p className="text-sm text-muted">
                    {i.ownerName ?? "Geen eigenaar"} · {label(PHASE_LABEL, i.phase)} · {day(i.startDate)} – {day(i.endDate)}
                    {i.participants.length > 0 ? ` · ${i.participants.join(", ")}` : ""}
                  </p>
                  {i.description ? <p className="mt-1 text-sm">{i.description}</p> : null}
                  {i.indicators.length > 0 ? (
                    <ul className="mt-1 list-disc pl-5 text-sm">
                      {i.indicators.map((x, k) => (
                        <li key={k}>
                          {x.name}: {x.baseline ?? "—"} → {x.target} {x.unit} ({label(DIRECTION_LABEL, x.direction)})
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {i.milestones.length > 0 ? (
                    <ul className="mt-1 list-disc pl-5 text-sm">
                      {i.milestones.map((m, k) => (
                        <li key={k}>
                          Mijlpaal: {m.title} ({day(m.dueDate)}
                          {m.done ? ", gereed" : ""})
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

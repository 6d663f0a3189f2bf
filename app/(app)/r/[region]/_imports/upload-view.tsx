import Link from "next/link";
import { ImportForm } from "@/components/imports/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { MAX_IMPORT_BYTES } from "@/lib/domain/imports/limits";
import { listImportJobs, type ImportKind } from "@/lib/domain/imports/service";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import type { FormState } from "@/lib/next/form-state";
import { startImport } from "./actions";
import { importBasePath } from "./paths";

type UploadMessages = Messages["imports"]["upload"];

/** The columns Wijkkracht recognises, as the file names them (Dutch), with an explanation. */
function columnsOf(kind: ImportKind, u: UploadMessages): [string, string][] {
  if (kind === "referrals")
    return [
      ["verbinding", u.referralLink],
      [u.referralNames, u.referralNamesNote],
      ["kwartaal", u.referralQuarter],
      ["aantal", u.referralCount],
    ];
  return kind === "practices"
    ? [
        ["naam", u.required],
        ["discipline", u.practiceDiscipline],
        ["gemeente", u.practiceMunicipality],
        ["AGB-code", u.practiceAgb],
        [u.practiceOther, u.optional],
        [u.practicePatients, u.practicePatientsNote],
      ]
    : [
        ["Codering / wijkcode", u.wijkCode],
        ["Wijken en buurten / naam", u.wijkName],
        ["AantalInwoners / inwoners", u.required],
        ["k_65JaarOfOuder / 65+", u.optional],
        ["80+", u.optional],
        ["HuishoudensTotaal / huishoudens", u.optional],
        [u.otherNumbers, u.otherNumbersNote],
      ];
}

/** Loads the page's data in the page itself, so a refusal is a real 404 status. */
export async function loadImportUpload(slug: string, kind: ImportKind) {
  const actor = await requireActor();
  const { jobs } = await loadOr404(listImportJobs(actor, slug, kind));
  const { t, locale } = await getMessages();
  return { slug, kind, jobs, t, locale };
}

type UploadViewProps = Awaited<ReturnType<typeof loadImportUpload>> & {
  /** Where the import pages live, what uploading runs and where "back" leads (the municipality's referral import). */
  base?: string;
  upload?: (state: FormState, formData: FormData) => Promise<FormState>;
  back?: { href: string; label: string };
};

export function ImportUploadView({ slug, kind, jobs, t, locale, ...over }: UploadViewProps) {
  const base = over.base ?? importBasePath(slug, kind);
  const u = t.imports.upload;
  const columns = columnsOf(kind, u);
  const title =
    kind === "practices" ? t.imports.practicesTitle : kind === "referrals" ? t.social.importTitle : t.imports.wijkenTitle;
  return (
    <>
      <PageHeader
        title={title}
        intro={kind === "practices" ? u.practicesIntro : kind === "referrals" ? u.referralsIntro : u.wijkenIntro}
      >
        <Link href={over.back?.href ?? `/r/${slug}/regiobeeld`} className="underline">
          {over.back?.label ?? u.toRegiobeeld}
        </Link>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-2">
        <Section id="upload-kop" title={u.chooseFile} className="">
          <ImportForm
            action={over.upload ?? startImport.bind(null, slug, kind)}
            withYear={kind === "wijkstatistics"}
            defaultYear={new Date().getFullYear() - 2}
            maxBytes={MAX_IMPORT_BYTES}
            t={t.imports.form}
          />
        </Section>
        <Section id="kolommen-kop" title={u.columns} className="">
          <DataTable
            caption={u.columnsCaption}
            head={
              <tr>
                <Th>{u.column}</Th>
                <Th>{u.explanation}</Th>
              </tr>
            }
          >
            {columns.map(([column, note]) => (
              <tr key={column}>
                <Td>{column}</Td>
                <Td>{note}</Td>
              </tr>
            ))}
          </DataTable>
          <p className="mt-3 text-sm text-muted">{u.patientRefusal}</p>
        </Section>
      </div>
      <Section id="eerdere-kop" title={u.earlier}>
        <DataTable
          caption={u.earlier}
          head={
            <tr>
              <Th>{u.file}</Th>
              <Th>{u.started}</Th>
              <Th>{u.status}</Th>
              <Th numeric>{u.rows}</Th>
            </tr>
          }
          empty={u.none}
        >
          {jobs.map((job) => (
            <tr key={job.id}>
              <Td>
                <Link href={`${base}/${job.id}`} className="underline">
                  {job.fileName}
                </Link>
                {job.year ? ` (${job.year})` : null}
              </Td>
              <Td>{formatDateTime(job.createdAt, locale)}</Td>
              <Td>{t.imports.status[job.status]}</Td>
              <Td numeric>{formatNumber(job.totalRows)}</Td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}

// The verantwoording of an insurer's O&I budgets in one region and year: per funding title, theme
// and initiative (or wijkverband) the allocated and approved amounts, and the approved expenditures.
// The same figures as the pages (lib/domain/money/figures.ts), as XLSX (exceljs) or as a PDF made
// on the server with pdfkit (pure JavaScript, the standard Helvetica font; no browser), in the
// language of the reader who downloads it.
import PDFDocument from "pdfkit";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor } from "@/lib/db/with-actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FundingTitle } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/domain/errors";
import { insurerInTx, type InsurerRef } from "@/lib/domain/money/context";
import { allocationFigures, budgetFigures } from "@/lib/domain/money/figures";
import { emptyFigures, FUNDING_TITLES, sumFigures } from "@/lib/domain/money/rules";
import { findRegionInTx } from "@/lib/domain/regions/service";
import { toXlsx, type Table } from "@/lib/domain/shared/spreadsheet";
import { formatCents, formatDate, formatDateTime } from "@/lib/format";
import { msg } from "@/lib/i18n/keys";
import { fill, MESSAGES, type Locale } from "@/lib/i18n/messages";

export type VerantwoordingLine = {
  fundingTitle: FundingTitle;
  /** The initiative's theme; null for an allocation to a wijkverband (no theme). */
  theme: string | null;
  target: string;
  allocatedCents: number;
  approvedCents: number;
};

export type Verantwoording = {
  insurer: InsurerRef;
  region: { slug: string; name: string };
  year: number;
  closed: boolean;
  generatedAt: Date;
  titles: { fundingTitle: FundingTitle; budgetCents: number; allocatedCents: number; approvedCents: number }[];
  lines: VerantwoordingLine[];
  expenditures: {
    date: Date;
    fundingTitle: FundingTitle;
    theme: string | null;
    target: string;
    category: string;
    description: string;
    amountCents: number;
    reviewedAt: Date | null;
  }[];
  totals: { budgetCents: number; allocatedCents: number; approvedCents: number };
};

export async function getVerantwoording(
  actor: Actor,
  uzovi: string,
  slug: string,
  year: number,
  now = new Date(),
): Promise<Verantwoording> {
  return withActor(actor, async (tx) => {
    const insurer = await insurerInTx(tx, actor, uzovi);
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "budget.read", { regionId: region.id, insurerId: insurer.id }))
      throw new NotFoundError(msg("errors.notFound.region"));
    const scope = Prisma.sql`b."regionId" = ${region.id}::uuid AND b."insurerId" = ${insurer.id}::uuid AND b."year" = ${year}`;
    const budgets = await tx.oiBudget.findMany({
      where: { regionId: region.id, insurerId: insurer.id, year },
      select: { id: true, fundingTitle: true, amountCents: true },
    });
    if (!budgets.length) throw new NotFoundError(msg("errors.money.noBudgets", { year }));
    const bFigures = await budgetFigures(tx, scope);
    const aFigures = await allocationFigures(tx, scope);
    const allocations = await tx.allocation.findMany({
      where: { regionId: region.id, budgetId: { in: budgets.map((b) => b.id) } },
      select: { id: true, budgetId: true, initiativeId: true, wijkverbandId: true, amountCents: true },
    });
    const initiatives = await tx.initiative.findMany({
      where: { regionId: region.id, id: { in: allocations.map((a) => a.initiativeId).filter((v): v is string => !!v) } },
      select: { id: true, title: true, theme: { select: { name: true } } },
    });
    const wijkverbanden = await tx.wijkverband.findMany({
      where: { regionId: region.id, id: { in: allocations.map((a) => a.wijkverbandId).filter((v): v is string => !!v) } },
      select: { id: true, name: true },
    });
    const titleOf = new Map(budgets.map((b) => [b.id, b.fundingTitle]));
    const describe = (a: { initiativeId: string | null; wijkverbandId: string | null }) => {
      if (a.initiativeId) {
        const i = initiatives.find((x) => x.id === a.initiativeId);
        return { theme: i?.theme.name ?? "–", target: i?.title ?? "–" };
      }
      return { theme: null, target: wijkverbanden.find((w) => w.id === a.wijkverbandId)?.name ?? "–" };
    };
    const allocationInfo = new Map(allocations.map((a) => [a.id, { fundingTitle: titleOf.get(a.budgetId)!, ...describe(a) }]));

    // One line per funding title × theme × target (two allocations to the same target add up).
    const lineMap = new Map<string, VerantwoordingLine>();
    for (const a of allocations) {
      const info = allocationInfo.get(a.id)!;
      const key = `${info.fundingTitle}|${info.theme}|${info.target}`;
      const line = lineMap.get(key) ?? { ...info, allocatedCents: 0, approvedCents: 0 };
      line.allocatedCents += a.amountCents;
      line.approvedCents += aFigures.get(a.id)?.approvedCents ?? 0;
      lineMap.set(key, line);
    }
    const order = (t: FundingTitle) => FUNDING_TITLES.indexOf(t);
    const lines = [...lineMap.values()].sort(
      (x, y) =>
        order(x.fundingTitle) - order(y.fundingTitle) ||
        // Wijkverbanden (no theme) after the themes.
        (x.theme ?? "\uffff").localeCompare(y.theme ?? "\uffff", "nl") ||
        x.target.localeCompare(y.target, "nl"),
    );

    const approved = await tx.expenditure.findMany({
      where: { regionId: region.id, status: "goedgekeurd", allocationId: { in: allocations.map((a) => a.id) } },
      select: { allocationId: true, date: true, category: true, description: true, amountCents: true, reviewedAt: true },
      orderBy: [{ date: "asc" }, { id: "asc" }],
    });
    const titles = FUNDING_TITLES.filter((t) => budgets.some((b) => b.fundingTitle === t)).map((t) => {
      const f = sumFigures(
        budgets.filter((b) => b.fundingTitle === t).map((b) => bFigures.get(b.id) ?? emptyFigures(b.amountCents)),
      );
      return { fundingTitle: t, budgetCents: f.plannedCents, allocatedCents: f.allocatedCents, approvedCents: f.approvedCents };
    });
    const closed = !!(await tx.budgetYearClosure.findFirst({ where: { regionId: region.id, insurerId: insurer.id, year } }));
    return {
      insurer,
      region: { slug: region.slug, name: region.name },
      year,
      closed,
      generatedAt: now,
      titles,
      lines,
      expenditures: approved.map((e) => ({
        ...allocationInfo.get(e.allocationId)!,
        date: e.date,
        category: e.category,
        description: e.description,
        amountCents: e.amountCents,
        reviewedAt: e.reviewedAt,
      })),
      totals: {
        budgetCents: titles.reduce((s, t) => s + t.budgetCents, 0),
        allocatedCents: titles.reduce((s, t) => s + t.allocatedCents, 0),
        approvedCents: titles.reduce((s, t) => s + t.approvedCents, 0),
      },
    };
  });
}

const euros = (cents: number) => cents / 100;

/** The verantwoording as tables (also the XLSX sheets) in the reader's language; amounts in euros as numbers. */
export function verantwoordingTables(v: Verantwoording, locale: Locale): Table[] {
  const t = MESSAGES[locale];
  const c = t.exports.verantwoording;
  const title = (f: FundingTitle) => t.money.title[f];
  const theme = (name: string | null) => name ?? c.noTheme;
  return [
    {
      name: c.summarySheet,
      columns: [c.fundingTitle, c.budgetEuro, c.allocatedEuro, c.approvedEuro],
      rows: [
        ...v.titles.map((x) => [title(x.fundingTitle), euros(x.budgetCents), euros(x.allocatedCents), euros(x.approvedCents)]),
        [t.exports.total, euros(v.totals.budgetCents), euros(v.totals.allocatedCents), euros(v.totals.approvedCents)],
      ],
    },
    {
      name: c.perInitiativeSheet,
      columns: [c.fundingTitle, c.theme, c.target, c.allocatedEuro, c.approvedEuro],
      rows: [
        ...v.lines.map((l) => [title(l.fundingTitle), theme(l.theme), l.target, euros(l.allocatedCents), euros(l.approvedCents)]),
        [t.exports.total, null, null, euros(v.totals.allocatedCents), euros(v.totals.approvedCents)],
      ],
    },
    {
      name: c.expendituresSheet,
      columns: [c.date, c.fundingTitle, c.theme, c.target, c.category, c.description, c.amountEuro, c.approvedOn],
      rows: [
        ...v.expenditures.map((e) => [
          e.date,
          title(e.fundingTitle),
          theme(e.theme),
          e.target,
          (t.money.category as Record<string, string>)[e.category] ?? e.category,
          e.description,
          euros(e.amountCents),
          e.reviewedAt,
        ]),
        [t.exports.total, null, null, null, null, null, euros(v.totals.approvedCents), null],
      ],
    },
  ];
}

export function verantwoordingXlsx(v: Verantwoording, locale: Locale): Promise<Buffer> {
  return toXlsx(verantwoordingTables(v, locale));
}

/** The file name without extension: verantwoording-<region>-<year> (accountability-report-… in English). */
export function verantwoordingFileBase(v: Verantwoording, locale: Locale): string {
  return `${MESSAGES[locale].exports.verantwoording.file}-${v.region.slug}-${v.year}`;
}

/** A4 PDF in the reader's language: title, region, insurer, year, the three tables, totals, page numbers. */
export function verantwoordingPdf(v: Verantwoording, locale: Locale): Promise<Buffer> {
  const t = MESSAGES[locale];
  const c = t.exports.verantwoording;
  const p = c.pdf;
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    bufferPages: true,
    info: {
      Title: fill(p.documentTitle, { year: v.year, region: v.region.name }),
      Author: v.insurer.name,
      Creator: "Wijkkracht",
    },
    lang: locale === "en" ? "en-GB" : "nl-NL",
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom - 20;

  doc
    .font("Helvetica-Bold")
    .fontSize(18)
    .text(fill(p.title, { year: v.year }));
  doc.moveDown(0.3).font("Helvetica").fontSize(11);
  doc.text(fill(p.region, { name: v.region.name }));
  doc.text(fill(p.insurer, { name: v.insurer.name, uzovi: v.insurer.uzovi }));
  doc.text(`${fill(p.generated, { date: formatDateTime(v.generatedAt, locale) })}${v.closed ? p.closed : ""}`);
  doc.moveDown();

  type Col = { header: string; width: number; align?: "left" | "right" };
  const table = (title: string, cols: Col[], rows: string[][], totalRow?: string[]) => {
    if (doc.y > bottom() - 60) doc.addPage();
    doc.font("Helvetica-Bold").fontSize(13).text(title, left, doc.y);
    doc.moveDown(0.3);
    const scale = width / cols.reduce((s, c) => s + c.width, 0);
    const drawRow = (cells: string[], bold: boolean) => {
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
      const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: cols[i]!.width * scale - 6 }));
      const h = Math.max(...heights, 10) + 4;
      if (doc.y + h > bottom()) {
        doc.addPage();
        drawRow(
          cols.map((c) => c.header),
          true,
        );
        doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
      }
      const y = doc.y;
      let x = left;
      cells.forEach((cell, i) => {
        const w = cols[i]!.width * scale;
        doc.text(cell, x + 3, y + 2, { width: w - 6, align: cols[i]!.align ?? "left" });
        x += w;
      });
      doc
        .moveTo(left, y + h)
        .lineTo(left + width, y + h)
        .lineWidth(0.5)
        .strokeColor("#94a3b8")
        .stroke();
      doc.y = y + h;
      doc.x = left;
    };
    drawRow(
      cols.map((c) => c.header),
      true,
    );
    for (const r of rows) drawRow(r, false);
    if (totalRow) drawRow(totalRow, true);
    doc.moveDown();
  };

  const money = (cents: number) => formatCents(cents);
  const title = (f: FundingTitle) => t.money.title[f];
  const total = t.exports.total;
  table(
    p.summary,
    [
      { header: c.fundingTitle, width: 3 },
      { header: p.budget, width: 2, align: "right" },
      { header: p.allocated, width: 2, align: "right" },
      { header: p.approved, width: 2, align: "right" },
    ],
    v.titles.map((x) => [title(x.fundingTitle), money(x.budgetCents), money(x.allocatedCents), money(x.approvedCents)]),
    [total, money(v.totals.budgetCents), money(v.totals.allocatedCents), money(v.totals.approvedCents)],
  );
  table(
    p.perInitiative,
    [
      { header: p.titleShort, width: 2 },
      { header: c.theme, width: 2.5 },
      { header: c.target, width: 3 },
      { header: p.allocated, width: 1.8, align: "right" },
      { header: p.approved, width: 1.8, align: "right" },
    ],
    v.lines.map((l) => [title(l.fundingTitle), l.theme ?? c.noTheme, l.target, money(l.allocatedCents), money(l.approvedCents)]),
    [total, "", "", money(v.totals.allocatedCents), money(v.totals.approvedCents)],
  );
  table(
    p.expenditures,
    [
      { header: c.date, width: 1.6 },
      { header: p.titleShort, width: 1.8 },
      { header: c.target, width: 2.4 },
      { header: c.description, width: 3.6 },
      { header: p.amount, width: 1.6, align: "right" },
    ],
    v.expenditures.map((e) => [formatDate(e.date, locale), title(e.fundingTitle), e.target, e.description, money(e.amountCents)]),
    [total, "", "", "", money(v.totals.approvedCents)],
  );

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the margin; keep pdfkit from adding a page for it
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#334155")
      .text(
        fill(p.footer, { region: v.region.name, year: v.year, page: i + 1, pages: range.count }),
        left,
        doc.page.height - 40,
        { width, align: "center", lineBreak: false },
      );
  }
  doc.end();
  return done;
}

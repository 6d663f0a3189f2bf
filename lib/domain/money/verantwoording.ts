// The verantwoording of an insurer's O&I budgets in one region and year: per funding title, theme
// and initiative (or wijkverband) the allocated and approved amounts, and the approved expenditures.
// The same figures as the pages (lib/domain/money/figures.ts), as XLSX (exceljs) or as a PDF made
// on the server with pdfkit (pure JavaScript, the standard Helvetica font; no browser).
import PDFDocument from "pdfkit";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor } from "@/lib/db/with-actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FundingTitle } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/domain/errors";
import { insurerInTx, type InsurerRef } from "@/lib/domain/money/context";
import { allocationFigures, budgetFigures } from "@/lib/domain/money/figures";
import { CATEGORY_LABEL, emptyFigures, FUNDING_TITLE_LABEL, FUNDING_TITLES, sumFigures } from "@/lib/domain/money/rules";
import { findRegionInTx } from "@/lib/domain/regions/service";
import { toXlsx, type Table } from "@/lib/domain/shared/spreadsheet";
import { formatCents, formatDate, formatDateTime } from "@/lib/format";
import { msg } from "@/lib/i18n/keys";

export type VerantwoordingLine = {
  fundingTitle: FundingTitle;
  theme: string;
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
    theme: string;
    target: string;
    category: string;
    description: string;
    amountCents: number;
    reviewedAt: Date | null;
  }[];
  totals: { budgetCents: number; allocatedCents: number; approvedCents: number };
};

const NO_THEME = "Wijkverbanden (geen opgave)";

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
      return { theme: NO_THEME, target: wijkverbanden.find((w) => w.id === a.wijkverbandId)?.name ?? "–" };
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
        x.theme.localeCompare(y.theme, "nl") ||
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

/** The verantwoording as tables (also the XLSX sheets); amounts in euros as numbers. */
export function verantwoordingTables(v: Verantwoording): Table[] {
  return [
    {
      name: "Samenvatting",
      columns: ["Financieringstitel", "Budget (€)", "Toegewezen (€)", "Goedgekeurd (€)"],
      rows: [
        ...v.titles.map((t) => [
          FUNDING_TITLE_LABEL[t.fundingTitle],
          euros(t.budgetCents),
          euros(t.allocatedCents),
          euros(t.approvedCents),
        ]),
        ["Totaal", euros(v.totals.budgetCents), euros(v.totals.allocatedCents), euros(v.totals.approvedCents)],
      ],
    },
    {
      name: "Per initiatief",
      columns: ["Financieringstitel", "Opgave", "Initiatief of wijkverband", "Toegewezen (€)", "Goedgekeurd (€)"],
      rows: [
        ...v.lines.map((l) => [
          FUNDING_TITLE_LABEL[l.fundingTitle],
          l.theme,
          l.target,
          euros(l.allocatedCents),
          euros(l.approvedCents),
        ]),
        ["Totaal", null, null, euros(v.totals.allocatedCents), euros(v.totals.approvedCents)],
      ],
    },
    {
      name: "Goedgekeurde uitgaven",
      columns: [
        "Datum",
        "Financieringstitel",
        "Opgave",
        "Initiatief of wijkverband",
        "Categorie",
        "Omschrijving",
        "Bedrag (€)",
        "Goedgekeurd op",
      ],
      rows: [
        ...v.expenditures.map((e) => [
          e.date,
          FUNDING_TITLE_LABEL[e.fundingTitle],
          e.theme,
          e.target,
          CATEGORY_LABEL[e.category] ?? e.category,
          e.description,
          euros(e.amountCents),
          e.reviewedAt,
        ]),
        ["Totaal", null, null, null, null, null, euros(v.totals.approvedCents), null],
      ],
    },
  ];
}

export function verantwoordingXlsx(v: Verantwoording): Promise<Buffer> {
  return toXlsx(verantwoordingTables(v));
}

/** A4 PDF in Dutch: title, region, insurer, year, the three tables, totals, page numbers. */
export function verantwoordingPdf(v: Verantwoording): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    bufferPages: true,
    info: { Title: `Verantwoording O&I ${v.year} – ${v.region.name}`, Author: v.insurer.name, Creator: "Wijkkracht" },
    lang: "nl-NL",
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

  doc.font("Helvetica-Bold").fontSize(18).text(`Verantwoording O&I-gelden ${v.year}`);
  doc.moveDown(0.3).font("Helvetica").fontSize(11);
  doc.text(`Regio: ${v.region.name}`);
  doc.text(`Zorgverzekeraar: ${v.insurer.name} (UZOVI ${v.insurer.uzovi})`);
  doc.text(`Opgesteld: ${formatDateTime(v.generatedAt)}${v.closed ? " — het jaar is afgesloten" : ""}`);
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
  table(
    "Samenvatting per financieringstitel",
    [
      { header: "Financieringstitel", width: 3 },
      { header: "Budget", width: 2, align: "right" },
      { header: "Toegewezen", width: 2, align: "right" },
      { header: "Goedgekeurd", width: 2, align: "right" },
    ],
    v.titles.map((t) => [
      FUNDING_TITLE_LABEL[t.fundingTitle],
      money(t.budgetCents),
      money(t.allocatedCents),
      money(t.approvedCents),
    ]),
    ["Totaal", money(v.totals.budgetCents), money(v.totals.allocatedCents), money(v.totals.approvedCents)],
  );
  table(
    "Per financieringstitel, opgave en initiatief",
    [
      { header: "Titel", width: 2 },
      { header: "Opgave", width: 2.5 },
      { header: "Initiatief of wijkverband", width: 3 },
      { header: "Toegewezen", width: 1.8, align: "right" },
      { header: "Goedgekeurd", width: 1.8, align: "right" },
    ],
    v.lines.map((l) => [FUNDING_TITLE_LABEL[l.fundingTitle], l.theme, l.target, money(l.allocatedCents), money(l.approvedCents)]),
    ["Totaal", "", "", money(v.totals.allocatedCents), money(v.totals.approvedCents)],
  );
  table(
    "Goedgekeurde uitgaven",
    [
      { header: "Datum", width: 1.6 },
      { header: "Titel", width: 1.8 },
      { header: "Initiatief of wijkverband", width: 2.4 },
      { header: "Omschrijving", width: 3.6 },
      { header: "Bedrag", width: 1.6, align: "right" },
    ],
    v.expenditures.map((e) => [
      formatDate(e.date),
      FUNDING_TITLE_LABEL[e.fundingTitle],
      e.target,
      e.description,
      money(e.amountCents),
    ]),
    ["Totaal", "", "", "", money(v.totals.approvedCents)],
  );

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the margin; keep pdfkit from adding a page for it
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#334155")
      .text(`${v.region.name} — verantwoording ${v.year} — pagina ${i + 1} van ${range.count}`, left, doc.page.height - 40, {
        width,
        align: "center",
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}

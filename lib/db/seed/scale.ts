// National-scale data on top of the demo seed (`npm run seed:scale`, scripts/seed-scale.ts): 38
// regions, 342 municipalities, 6,000 practices, 400 wijkverbanden, 10 insurers, 1,500 initiatives,
// 20,000 measurements, 5,000 users, 500,000 expenditures, agreements with acknowledgements for every
// wijkverband and social links with eight quarters of referrals. The demo region
// zaanstreek-waterland grows to 300 practices and gets a second plan with 60 initiatives, so the
// demo accounts (coordinator@, huisarts@, verzekeraar@, gemeente@) are the benchmark's accounts.
//
// Set-based SQL (INSERT … SELECT over generate_series) as the schema owner, in one transaction:
// nothing half-written, minutes not hours. Deterministic: every id is md5(<kind>:<number>)::uuid
// and every choice a hash of the row number, so two runs give the same database.
import type pg from "pg";
import { DISCIPLINES, INSURERS, REGIONS } from "@/lib/db/seed/demo-data";

export const SCALE = {
  regions: 38,
  municipalities: 342,
  practices: 6_000,
  /** Practices of the demo region zaanstreek-waterland (the benchmark's region). */
  bigRegionPractices: 300,
  wijkverbanden: 400,
  insurers: 10,
  initiatives: 1_500,
  /** The demo region's second plan. */
  bigPlanInitiatives: 60,
  measurements: 20_000,
  users: 5_000,
  expenditures: 500_000,
} as const;

/** The region every generated row of `scale` marks (first generated region's slug). */
export const SCALE_MARKER_SLUG = "schaalregio-03";
export const BIG_REGION_SLUG = REGIONS[0].slug;
/** The demo insurer (verzekeraar@wijkkracht.test) funds every region: its portfolio spans 38. */
export const BENCH_INSURER_UZOVI = INSURERS.find((i) => i.key === "noordwest")?.uzovi ?? "3311";
export const BIG_PLAN_TITLE = "Regioplan 2027–2030 (schaal)";

type Step = { name: string; sql: string };

// A deterministic uuid for row n of a kind; a deterministic "random" number in [0, 1) per key.
const ID = (kind: string, n: string) => `md5('${kind}:' || ${n})::uuid`;
const RND = (key: string) => `(('x' || substr(md5(${key}), 1, 8))::bit(32)::bigint / 4294967296.0)`;

export function scaleSteps(options: { passwordHash: string; today: Date }): Step[] {
  const extraRegions = SCALE.regions - REGIONS.length;
  const todayIso = options.today.toISOString().slice(0, 10);
  const disciplineValues = DISCIPLINES.map(
    (d, i) => `('${d.code}', '${d.wijkverbandRole.replace(/'/g, "''")}', '${d.agbPrefix}', ${i})`,
  ).join(", ");
  return [
    {
      name: "hulptabellen",
      sql: `
CREATE TEMP TABLE s_discipline ON COMMIT DROP AS
  SELECT d.id, v.code, v.role, v.agb_prefix, v.n
  FROM (VALUES ${disciplineValues}) AS v(code, role, agb_prefix, n) JOIN "Discipline" d ON d.code = v.code;
CREATE TEMP TABLE s_region ON COMMIT DROP AS
  SELECT g AS n, ${ID("region", "g")} AS id, 'schaalregio-' || lpad(g::text, 2, '0') AS slug
  FROM generate_series(3, ${SCALE.regions}) g;`,
    },
    {
      name: "verzekeraars",
      sql: `
INSERT INTO "Organisation" (id, kind, name, uzovi, kvk, city, "updatedAt")
SELECT ${ID("insurer", "g")}, 'insurer', 'Zorgverzekeraar Schaal ' || g, (9000 + g)::text,
       (80000000 + g)::text, 'Utrecht', now()
FROM generate_series(1, ${SCALE.insurers - 2}) g;
CREATE TEMP TABLE s_insurer ON COMMIT DROP AS
  SELECT row_number() OVER (ORDER BY uzovi) - 1 AS n, id, uzovi FROM "Organisation" WHERE kind = 'insurer';`,
    },
    {
      name: "gemeenten",
      // The demo municipalities stay with the demo regions; the rest are spread over the new regions.
      sql: `
CREATE TEMP TABLE s_municipality ON COMMIT DROP AS
  SELECT g AS n, 'GM' || lpad((5000 + g)::text, 4, '0') AS code,
         ${ID("region", `(3 + (g - 1) % ${extraRegions})`)} AS region_id
  FROM generate_series(1, (${SCALE.municipalities} - (SELECT count(*) FROM "Organisation" WHERE kind = 'municipality'))::int) g;
INSERT INTO "Organisation" (id, kind, name, "municipalityCode", city, website, "updatedAt")
SELECT ${ID("municipality", "n")}, 'municipality', 'Gemeente Schaal ' || n, code, 'Schaalstad ' || n,
       'https://www.schaal' || n || '.test', now()
FROM s_municipality;`,
    },
    {
      name: "regio's",
      sql: `
INSERT INTO "Region" (id, slug, name, code, "legalForm", kvk, "municipalityCodes", "preferentInsurerId", "brandName", "updatedAt")
SELECT r.id, r.slug, 'Coöperatie Eerstelijn Schaalregio ' || r.n, 'SR' || lpad(r.n::text, 2, '0'), 'coöperatie',
       (70000000 + r.n)::text,
       (SELECT array_agg(m.code ORDER BY m.n) FROM s_municipality m WHERE m.region_id = r.id),
       (SELECT i.id FROM s_insurer i WHERE i.n = r.n % ${SCALE.insurers}), 'Schaalregio ' || r.n, now()
FROM s_region r;
-- Every region the benchmark's insurer (the demo insurer Noordwest) and two others fund.
CREATE TEMP TABLE s_all_region ON COMMIT DROP AS
  SELECT row_number() OVER (ORDER BY slug) AS n, id, slug, "municipalityCodes" AS codes FROM "Region";`,
    },
    {
      name: "praktijken",
      sql: `
CREATE TEMP TABLE s_practice_plan ON COMMIT DROP AS
  SELECT r.id AS region_id, r.slug, r.codes,
         CASE WHEN r.slug = '${BIG_REGION_SLUG}'
              THEN ${SCALE.bigRegionPractices} - (SELECT count(*) FROM "Practice" p WHERE p."regionId" = r.id)
              WHEN r.slug LIKE 'schaalregio-%' THEN 0 ELSE 0 END AS extra
  FROM s_all_region r;
UPDATE s_practice_plan SET extra = (
  (${SCALE.practices} - (SELECT count(*) FROM "Practice") - (SELECT sum(extra) FROM s_practice_plan))
  / ${extraRegions}) WHERE slug LIKE 'schaalregio-%';
-- the remainder goes to the first generated region
UPDATE s_practice_plan SET extra = extra + (
  ${SCALE.practices} - (SELECT count(*) FROM "Practice") - (SELECT sum(extra) FROM s_practice_plan))
  WHERE slug = '${SCALE_MARKER_SLUG}';
CREATE TEMP TABLE s_practice ON COMMIT DROP AS
  SELECT ${ID("practice", "(pp.slug || ':' || g)")} AS id, pp.region_id, pp.slug, g AS n,
         pp.codes[1 + (g % array_length(pp.codes, 1))] AS municipality_code,
         (SELECT d FROM s_discipline d WHERE d.n = CASE WHEN g % 3 = 0 THEN 0 ELSE (g * 7) % 13 END) AS discipline
  FROM s_practice_plan pp, generate_series(1, pp.extra::int) g;
INSERT INTO "Practice" (id, "regionId", name, "disciplineId", agb, street, "houseNumber", postcode, city,
  "municipalityCode", "wijkCode", phone, email, "registeredPatients", "registeredPatientsAsOf", "updatedAt")
SELECT p.id, p.region_id,
       (ARRAY['Gezondheidscentrum','Praktijk','Zorggroep','Centrum','Huisartsenpraktijk'])[1 + p.n % 5] || ' '
         || (ARRAY['De Linde','Het Anker','De Brug','Noord','Zuid','Oost','West','Centrum','De Haven','Het Park'])[1 + (p.n / 5) % 10]
         || ' ' || p.n,
       (p.discipline).id, (p.discipline).agb_prefix || lpad((500000 + p.n)::text, 6, '0'),
       'Schaalstraat', (1 + p.n % 200)::text, lpad((1000 + p.n % 8999)::text, 4, '0') || ' AB', 'Schaalstad',
       p.municipality_code, p.municipality_code || lpad((p.n % 8)::text, 2, '0'), '030 123 4567',
       'praktijk' || p.n || '@' || p.slug || '.test',
       CASE WHEN (p.discipline).code = 'huisartsenzorg' THEN 2000 + (p.n * 37) % 4000 END,
       CASE WHEN (p.discipline).code = 'huisartsenzorg' THEN DATE '2026-01-01' END, now()
FROM s_practice p;`,
    },
    {
      name: "wijkverbanden",
      sql: `
CREATE TEMP TABLE s_wijkverband ON COMMIT DROP AS
  SELECT ${ID("wijkverband", "g")} AS id, g AS n,
         (SELECT r FROM s_region r WHERE r.n = 3 + (g - 1) % ${extraRegions}) AS region
  FROM generate_series(1, (${SCALE.wijkverbanden} - (SELECT count(*) FROM "Wijkverband"))::int) g;
INSERT INTO "Wijkverband" (id, "regionId", name, "municipalityCode", "wijkCodes", inhabitants, "coordinatorName", "coordinatorEmail", "updatedAt")
SELECT w.id, (w.region).id, 'Wijkverband Schaal ' || w.n, rg."municipalityCodes"[1 + (w.n / ${extraRegions}) % array_length(rg."municipalityCodes", 1)],
       ARRAY[rg."municipalityCodes"[1 + (w.n / ${extraRegions}) % array_length(rg."municipalityCodes", 1)] || '00'],
       8000 + (w.n * 131) % 20000, 'Wijkcoördinator ' || w.n, 'wijk' || w.n || '@schaal.test', now()
FROM s_wijkverband w JOIN "Region" rg ON rg.id = (w.region).id;
-- Members: every generated practice joins a wijkverband of its region (same municipality when there is
-- one); the extra practices of the big region join its existing wijkverbanden in turn.
INSERT INTO "WijkverbandMember" (id, "regionId", "wijkverbandId", "practiceId", role)
SELECT ${ID("member", "p.id::text")}, p.region_id, w.id, p.id, (p.discipline).role
FROM s_practice p
CROSS JOIN LATERAL (
  SELECT wv.id FROM "Wijkverband" wv WHERE wv."regionId" = p.region_id
  ORDER BY (wv."municipalityCode" = p.municipality_code) DESC, md5(wv.id::text || p.id::text) LIMIT 1
) w;`,
    },
    {
      name: "regioplannen, thema's en initiatieven",
      sql: `
CREATE TEMP TABLE s_plan ON COMMIT DROP AS
  SELECT ${ID("plan", "r.slug")} AS id, r.id AS region_id, r.slug, 0 AS initiatives
  FROM s_all_region r WHERE r.slug LIKE 'schaalregio-%' OR r.slug = '${BIG_REGION_SLUG}';
UPDATE s_plan SET initiatives = ${SCALE.bigPlanInitiatives} WHERE slug = '${BIG_REGION_SLUG}';
UPDATE s_plan SET initiatives = (${SCALE.initiatives} - (SELECT count(*) FROM "Initiative") - ${SCALE.bigPlanInitiatives}) / ${extraRegions}
  WHERE slug <> '${BIG_REGION_SLUG}';
UPDATE s_plan SET initiatives = initiatives + (${SCALE.initiatives} - (SELECT count(*) FROM "Initiative") - (SELECT sum(initiatives) FROM s_plan))
  WHERE slug = '${SCALE_MARKER_SLUG}';
INSERT INTO "Regioplan" (id, "regionId", title, "periodStart", "periodEnd", status, summary, "updatedAt")
SELECT id, region_id, CASE WHEN slug = '${BIG_REGION_SLUG}' THEN '${BIG_PLAN_TITLE}' ELSE 'Regioplan 2025–2028' END,
       CASE WHEN slug = '${BIG_REGION_SLUG}' THEN 2027 ELSE 2025 END,
       CASE WHEN slug = '${BIG_REGION_SLUG}' THEN 2030 ELSE 2028 END,
       CASE WHEN slug = '${BIG_REGION_SLUG}' THEN 'concept'::"PlanStatus" ELSE 'vastgesteld'::"PlanStatus" END,
       'Gegenereerd regioplan voor de schaaltest.', now()
FROM s_plan;
CREATE TEMP TABLE s_theme ON COMMIT DROP AS
  SELECT ${ID("theme", "(p.slug || ':' || t)")} AS id, p.id AS plan_id, p.region_id, p.slug, t AS n
  FROM s_plan p, generate_series(0, 5) t;
INSERT INTO "Theme" (id, "regionId", "planId", name, type, "clientGroup", "izaGoals", priority, "updatedAt")
SELECT id, region_id, plan_id,
       (ARRAY['Ouderen thuis','Mentale gezondheid','Chronische zorg','Kwetsbare gezinnen','Digitale zorg','Arbeidsmarkt'])[1 + n],
       CASE WHEN n < 4 THEN 'doelgroep'::"ThemeType" ELSE 'randvoorwaardelijk'::"ThemeType" END,
       CASE WHEN n < 4 THEN (ARRAY['gezond','hulpvraag','zorgvraag','zorg_en_hulpvraag'])[1 + n]::"ClientGroup" END,
       ARRAY[]::text[], 1 + n % 5, now()
FROM s_theme;
CREATE TEMP TABLE s_initiative ON COMMIT DROP AS
  SELECT ${ID("initiative", "(p.slug || ':' || g)")} AS id, p.region_id, p.slug, g AS n,
         ${ID("theme", "(p.slug || ':' || (g % 6))")} AS theme_id
  FROM s_plan p, generate_series(1, p.initiatives::int) g;
INSERT INTO "Initiative" (id, "regionId", "themeId", title, description, "ownerName", phase, "startDate", "endDate", "updatedAt")
SELECT id, region_id, theme_id, 'Initiatief ' || n || ' ' ||
       (ARRAY['valpreventie','samenwerking wijkverpleging','welzijn op recept','medicatiebeoordeling','ketenzorg COPD','jeugd en gezin','digitale triage','dementienetwerk'])[1 + n % 8],
       'Gegenereerd initiatief voor de schaaltest.', 'Trekker ' || n,
       (ARRAY['ontwikkelen','opschalen','borgen','stoppen'])[1 + (n * 7) % 4]::"InitiativePhase",
       DATE '2025-01-01' + (n % 365), DATE '2027-06-30' + (n % 365), now()
FROM s_initiative;
INSERT INTO "InitiativeParticipant" (id, "regionId", "initiativeId", "wijkverbandId")
SELECT ${ID("participant", "i.id::text")}, i.region_id, i.id, w.id
FROM s_initiative i
CROSS JOIN LATERAL (SELECT wv.id FROM "Wijkverband" wv WHERE wv."regionId" = i.region_id ORDER BY md5(wv.id::text || i.id::text) LIMIT 1) w;`,
    },
    {
      name: "indicatoren, metingen en mijlpalen",
      sql: `
CREATE TEMP TABLE s_indicator ON COMMIT DROP AS
  SELECT ${ID("indicator", "(i.id::text || ':' || k)")} AS id, i.id AS initiative_id, i.region_id, i.n, k
  FROM s_initiative i, generate_series(1, 2) k;
INSERT INTO "Indicator" (id, "regionId", "initiativeId", name, unit, baseline, target, direction)
SELECT id, region_id, initiative_id, CASE WHEN k = 1 THEN 'Bereikte inwoners' ELSE 'Deelnemende praktijken' END,
       CASE WHEN k = 1 THEN 'inwoners' ELSE 'praktijken' END, 10 + n % 40, 100 + n % 200,
       (ARRAY['increase','decrease','maintain'])[1 + (n + k) % 3]::"IndicatorDirection"
FROM s_indicator;
INSERT INTO "Measurement" (id, "regionId", "indicatorId", period, "periodEnd", value)
SELECT ${ID("measurement", "(s.id::text || ':' || q)")}, s.region_id, s.id,
       (2025 + q / 4)::text || '-Q' || (1 + q % 4),
       (make_date(2025 + q / 4, 3 * (1 + q % 4), 1) + interval '1 month' - interval '1 day')::date,
       round((10 + (s.n % 40) + q * (5 + s.n % 11))::numeric, 1)
FROM (SELECT s.*, row_number() OVER (ORDER BY s.id) AS rn FROM s_indicator s) s, generate_series(0, 6) q
WHERE (s.rn - 1) * 7 + q < ${SCALE.measurements} - (SELECT count(*) FROM "Measurement");
INSERT INTO "Milestone" (id, "regionId", "initiativeId", title, "dueDate", "doneAt")
SELECT ${ID("milestone", "(i.id::text || ':' || m)")}, i.region_id, i.id,
       (ARRAY['Plan van aanpak','Pilot gestart','Evaluatie'])[m],
       DATE '2025-06-30' + (i.n * 17 + m * 200) % 900,
       CASE WHEN DATE '2025-06-30' + (i.n * 17 + m * 200) % 900 < DATE '${todayIso}' AND (i.n + m) % 4 <> 0
            THEN (DATE '2025-06-30' + (i.n * 17 + m * 200) % 900)::timestamp END
FROM s_initiative i, generate_series(1, 3) m;`,
    },
    {
      name: "gebruikers en lidmaatschappen",
      // Coordinators (two per new region), insurer reviewers (three per insurer), one officer per
      // new municipality, and practice holders for the rest, each on a generated practice.
      sql: `
CREATE TEMP TABLE s_user ON COMMIT DROP AS
  SELECT ${ID("user", "('c:' || r.slug || ':' || k)")} AS id, 'coordinator-' || k || '@' || r.slug || '.test' AS email,
         'Coördinator ' || k || ' ' || r.slug AS name, 'coordinator'::"Role" AS role, r.id AS region_id,
         NULL::uuid AS organisation_id, NULL::uuid AS practice_id
  FROM s_region r, generate_series(1, 2) k
  UNION ALL
  SELECT ${ID("user", "('i:' || i.uzovi || ':' || k)")}, 'beoordelaar-' || k || '@uzovi' || i.uzovi || '.test',
         'Beoordelaar ' || k || ' ' || i.uzovi, 'insurer_reviewer', NULL, i.id, NULL
  FROM s_insurer i, generate_series(1, 3) k
  UNION ALL
  SELECT ${ID("user", "('m:' || m.code)")}, 'ambtenaar@' || lower(m.code) || '.test', 'Ambtenaar ' || m.code,
         'municipality_officer', NULL, ${ID("municipality", "m.n")}, NULL
  FROM s_municipality m;
INSERT INTO s_user
  SELECT ${ID("user", "('p:' || p.id::text)")}, 'praktijkhouder-' || p.slug || '-' || p.n || '@schaal.test',
         'Praktijkhouder ' || p.n, 'practice_holder', p.region_id, NULL, p.id
  FROM (SELECT p.*, row_number() OVER (ORDER BY p.slug, p.n) AS rn FROM s_practice p) p
  WHERE p.rn <= ${SCALE.users} - (SELECT count(*) FROM "User") - (SELECT count(*) FROM s_user);
INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
SELECT id, email, name, '${options.passwordHash.replace(/'/g, "''")}', now() FROM s_user;
INSERT INTO "Membership" (id, "userId", role, "regionId", "organisationId", "practiceId")
SELECT ${ID("membership", "id::text")}, id, role, region_id, organisation_id, practice_id FROM s_user;`,
    },
    {
      name: "O&I-budgetten en toewijzingen",
      // Per new region three insurers (Noordwest, the benchmark's insurer, always one of them), two
      // years, three funding titles; six allocations per budget (initiatives and wijkverbanden).
      sql: `
CREATE TEMP TABLE s_budget ON COMMIT DROP AS
  SELECT ${ID("budget", "(r.slug || ':' || ins.n || ':' || y || ':' || t)")} AS id, r.id AS region_id, r.slug, r.n AS region_n,
         ins.id AS insurer_id, y AS year, t AS title_n, ins.n AS insurer_n
  FROM s_region r
  CROSS JOIN LATERAL (
    SELECT i.* FROM s_insurer i
    WHERE i.uzovi = '${BENCH_INSURER_UZOVI}' OR i.n IN ((r.n * 3) % ${SCALE.insurers}, (r.n * 3 + 1) % ${SCALE.insurers})
    ORDER BY i.uzovi = '${BENCH_INSURER_UZOVI}' DESC, i.n LIMIT 3
  ) ins, generate_series(2025, 2026) y, generate_series(0, 2) t;
INSERT INTO "OiBudget" (id, "regionId", "insurerId", year, "fundingTitle", "amountCents", "rateCents", "basisPatients",
  "contractReference", "periodStart", "periodEnd", preferent, "updatedAt")
SELECT b.id, b.region_id, b.insurer_id, b.year,
       (ARRAY['regiomanagement','wijkmanagement','praktijkmanagement'])[1 + b.title_n]::"FundingTitle",
       400000000, 350, 114285, 'OI-' || b.year || '-' || b.region_n || '-' || b.insurer_n || '-' || b.title_n,
       make_date(b.year, 1, 1), make_date(b.year, 12, 31),
       rg."preferentInsurerId" = b.insurer_id, now()
FROM s_budget b JOIN "Region" rg ON rg.id = b.region_id;
CREATE TEMP TABLE s_allocation ON COMMIT DROP AS
  SELECT ${ID("allocation", "(b.id::text || ':' || k)")} AS id, b.id AS budget_id, b.region_id, b.year, k,
         row_number() OVER (ORDER BY b.id, k) AS n
  FROM s_budget b, generate_series(1, 6) k;
INSERT INTO "Allocation" (id, "regionId", "budgetId", "initiativeId", "wijkverbandId", "amountCents", note)
SELECT a.id, a.region_id, a.budget_id,
       CASE WHEN a.k <= 4 THEN (SELECT i.id FROM s_initiative i WHERE i.region_id = a.region_id ORDER BY md5(i.id::text || a.id::text) LIMIT 1) END,
       CASE WHEN a.k > 4 THEN (SELECT w.id FROM "Wijkverband" w WHERE w."regionId" = a.region_id ORDER BY md5(w.id::text || a.id::text) LIMIT 1) END,
       60000000, 'Toewijzing ' || a.k
FROM s_allocation a;`,
    },
    {
      name: "uitgaven",
      // Spread evenly over the allocations: at most 60,000,000 cents each, well within the allocation.
      sql: `
INSERT INTO "Expenditure" (id, "regionId", "allocationId", date, "amountCents", description, category, status,
  "createdById", "submittedById", "submittedAt", "reviewerId", "reviewedAt", "reviewerRemarks", "updatedAt")
SELECT ${ID("expenditure", "g")}, a.region_id, a.id,
       make_date(a.year, 1, 1) + (g % 330),
       1000 + (g::bigint * 7919) % 200000,
       'Uitgave ' || g, (ARRAY['personeel','inhuur','materiaal','scholing','ict'])[1 + g % 5],
       e.status, c.id,
       CASE WHEN e.status <> 'concept' THEN c.id END,
       CASE WHEN e.status <> 'concept' THEN make_date(a.year, 1, 1) + (g % 330) + interval '2 days' END,
       CASE WHEN e.status IN ('goedgekeurd', 'afgewezen', 'vraag_gesteld') THEN rv.id END,
       CASE WHEN e.status IN ('goedgekeurd', 'afgewezen', 'vraag_gesteld') THEN make_date(a.year, 1, 1) + (g % 330) + interval '9 days' END,
       CASE WHEN e.status = 'vraag_gesteld' THEN 'Graag een toelichting.' WHEN e.status = 'afgewezen' THEN 'Valt buiten de afspraken.' END,
       now()
FROM generate_series(1, (${SCALE.expenditures} - (SELECT count(*) FROM "Expenditure"))::int) g
JOIN s_allocation a ON a.n = 1 + (g - 1) % (SELECT count(*) FROM s_allocation)
JOIN s_budget b ON b.id = a.budget_id
CROSS JOIN LATERAL (SELECT CASE WHEN a.year = 2025 THEN
      (CASE WHEN g % 50 = 0 THEN 'afgewezen' ELSE 'goedgekeurd' END)
    ELSE (CASE g % 20 WHEN 0 THEN 'concept' WHEN 1 THEN 'ingediend' WHEN 2 THEN 'vraag_gesteld' WHEN 3 THEN 'afgewezen'
                      WHEN 4 THEN 'ingediend' ELSE 'goedgekeurd' END) END::"ExpenditureStatus" AS status) e
JOIN s_user c ON c.region_id = a.region_id AND c.role = 'coordinator' AND c.email LIKE 'coordinator-1@%'
JOIN s_user rv ON rv.organisation_id = b.insurer_id AND rv.email LIKE 'beoordelaar-1@%';`,
    },
    {
      name: "samenwerkingsafspraken en bevestigingen",
      // Two agreements per generated wijkverband, each with a published version; the member practices
      // confirm it (one in twenty objects, one in ten has not answered yet).
      sql: `
CREATE TEMP TABLE s_agreement ON COMMIT DROP AS
  SELECT ${ID("agreement", "(w.id::text || ':' || k)")} AS id, ${ID("agreementversion", "(w.id::text || ':' || k)")} AS version_id,
         w.id AS wijkverband_id, (w.region).id AS region_id, k
  FROM s_wijkverband w, generate_series(1, 2) k;
INSERT INTO "Agreement" (id, "regionId", "wijkverbandId", title, topic, "updatedAt")
SELECT id, region_id, wijkverband_id, CASE WHEN k = 1 THEN 'Overdracht bij ontslag uit het ziekenhuis' ELSE 'Medicatieoverdracht in de wijk' END,
       CASE WHEN k = 1 THEN 'transmurale zorg' ELSE 'medicatie' END, now()
FROM s_agreement;
INSERT INTO "AgreementVersion" (id, "regionId", "agreementId", "versionNumber", body, "effectiveDate", "reviewDate", status, "publishedAt", "updatedAt")
SELECT version_id, region_id, id, 1, 'Wij spreken af dat de overdracht binnen een werkdag plaatsvindt.',
       DATE '2026-01-01', DATE '2027-01-01', 'gepubliceerd', TIMESTAMP '2025-12-15 10:00', now()
FROM s_agreement;
INSERT INTO "Acknowledgement" (id, "regionId", "agreementVersionId", "practiceId", decision, reason, "userId", "decidedAt")
SELECT ${ID("ack", "(a.version_id::text || ':' || m.\"practiceId\"::text)")}, a.region_id, a.version_id, m."practiceId",
       CASE WHEN ${RND('a.version_id::text || m."practiceId"::text')} < 0.05 THEN 'objection' ELSE 'accepted' END::"AcknowledgementDecision",
       CASE WHEN ${RND('a.version_id::text || m."practiceId"::text')} < 0.05 THEN 'De termijn is voor ons niet haalbaar.' END,
       coalesce(h.id, c.id), TIMESTAMP '2026-01-10 09:00'
FROM s_agreement a
JOIN "WijkverbandMember" m ON m."regionId" = a.region_id AND m."wijkverbandId" = a.wijkverband_id AND m."practiceId" IS NOT NULL
LEFT JOIN s_user h ON h.practice_id = m."practiceId"
JOIN s_user c ON c.region_id = a.region_id AND c.role = 'coordinator' AND c.email LIKE 'coordinator-1@%'
WHERE ${RND('a.version_id::text || m."practiceId"::text')} < 0.9;`,
    },
    {
      name: "sociaal domein",
      // Two social-domain organisations per new municipality; two links per generated wijkverband
      // with referral counts for the last eight quarters.
      sql: `
INSERT INTO "Organisation" (id, kind, name, city, "socialMunicipalityCode", "socialKind", contact, "updatedAt")
SELECT ${ID("socialorg", "(m.code || ':' || k)")}, 'social_domain',
       CASE WHEN k = 1 THEN 'Welzijn ' ELSE 'Sociaal wijkteam ' END || m.code, 'Schaalstad', m.code,
       CASE WHEN k = 1 THEN 'welzijnsorganisatie' ELSE 'sociaal_wijkteam' END::"SocialOrganisationKind",
       'info@' || lower(m.code) || '-' || k || '.test', now()
FROM s_municipality m, generate_series(1, 2) k;
CREATE TEMP TABLE s_link ON COMMIT DROP AS
  SELECT ${ID("sociallink", "(w.id::text || ':' || k)")} AS id, (w.region).id AS region_id, w.id AS wijkverband_id,
         wv."municipalityCode" AS code, k, w.n
  FROM s_wijkverband w JOIN "Wijkverband" wv ON wv.id = w.id, generate_series(1, 2) k;
INSERT INTO "SocialLink" (id, "regionId", "organisationId", "wijkverbandId", "municipalityCode", kind, status,
  "exploringSince", "startDate", "contactRole", "updatedAt")
SELECT l.id, l.region_id, ${ID("socialorg", "(l.code || ':' || l.k)")}, l.wijkverband_id, l.code,
       CASE WHEN l.k = 1 THEN 'welzijn_op_recept' ELSE 'sociaal_wijkteam' END::"SocialLinkKind",
       CASE WHEN l.n % 7 = 0 THEN 'verkenning' ELSE 'actief' END::"SocialLinkStatus",
       DATE '2024-06-01', CASE WHEN l.n % 7 <> 0 THEN DATE '2024-10-01' END, 'welzijnscoach', now()
FROM s_link l;
INSERT INTO "ReferralCount" (id, "regionId", "socialLinkId", period, count)
SELECT ${ID("referral", "(l.id::text || ':' || q.period)")}, l.region_id, l.id, q.period, 3 + (l.n * 13 + q.i * 5) % 40
FROM s_link l
CROSS JOIN LATERAL (
  SELECT i, to_char(date_trunc('quarter', DATE '${todayIso}') - (interval '3 months' * (8 - i)), 'YYYY') || '-Q' ||
            to_char(date_trunc('quarter', DATE '${todayIso}') - (interval '3 months' * (8 - i)), 'Q') AS period
  FROM generate_series(0, 7) i
) q
WHERE l.n % 7 <> 0;`,
    },
    {
      name: "auditlog",
      // A little history per generated region, so the audit page and "recent activity" have rows.
      sql: `
INSERT INTO "AuditEvent" ("occurredAt", "regionId", "userId", "userEmail", role, action, "entityType", "entityId")
SELECT TIMESTAMP '2026-01-01' + (g * interval '37 minutes'), r.id, c.id, c.email, 'coordinator',
       (ARRAY['practice.update','initiative.update','wijkverband.update','measurement.create'])[1 + g % 4],
       (ARRAY['Practice','Initiative','Wijkverband','Measurement'])[1 + g % 4], NULL
FROM s_region r JOIN s_user c ON c.region_id = r.id AND c.role = 'coordinator' AND c.email LIKE 'coordinator-1@%',
     generate_series(1, 200) g;`,
    },
  ];
}

/** Runs the steps in one transaction on the owner's connection; returns the seconds per step. */
export async function seedScale(
  client: pg.Client,
  options: { passwordHash: string; today?: Date; log?: (line: string) => void },
): Promise<{ created: boolean }> {
  const log = options.log ?? (() => {});
  const { rows } = await client.query(`SELECT 1 FROM "Region" WHERE slug = $1`, [SCALE_MARKER_SLUG]);
  if (rows.length > 0) return { created: false };
  await client.query("BEGIN");
  try {
    for (const step of scaleSteps({ passwordHash: options.passwordHash, today: options.today ?? new Date() })) {
      const started = performance.now();
      await client.query(step.sql);
      log(`  ${step.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // VACUUM also marks the pages all-visible, so index-only scans work at once.
  await client.query("VACUUM ANALYZE");
  return { created: true };
}

// Every dynamic route under app/ with the URLs that must answer 404 for a malformed or foreign id.
// tests/unit/crawl-routes.test.ts fails when app/ gains a dynamic route that is not listed here;
// tests/e2e/not-found-crawl.spec.ts requests every URL against the real server.

/** Ids found by crawling the demo data: the signed-in coordinator's region and a foreign one. */
export type CrawlIds = {
  own: { region: string; practice: string; wijkverband: string; partner: string; plan: string; initiative: string };
  foreign: { region: string; practice: string; wijkverband: string; partner: string; plan: string; initiative: string };
  discipline: string;
  ownUzovi: string;
  ownGemeente: string;
};

export type CrawlCase = {
  /** Who asks: the region coordinator, or the platform admin for the admin pages. */
  as: "coordinator" | "admin";
  /** URLs that must answer 404 (pages: the not-found page; routes: problem+json). */
  notFound: (ids: CrawlIds) => string[];
  /** URLs that must work, so the crawl is known to reach the route at all. */
  ok?: (ids: CrawlIds) => string[];
};

/** Ids that can never be found: not a uuid, an SQL-ish string, a well-formed random uuid. */
export const MALFORMED_IDS = ["niet-een-id", "1'%20OR%20'1'='1", "00000000-0000-0000-0000-00000000000g", "%00", "12345"];
export const UNKNOWN_UUID = "3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d";

const bad = (make: (id: string) => string) => [...MALFORMED_IDS, UNKNOWN_UUID].map(make);

/** Region-scoped page under /r/<region>: malformed region, foreign region, and the rest via `more`. */
const inRegion = (suffix: string) => (ids: CrawlIds) => [
  `/r/bestaat-niet${suffix}`,
  `/r/%20${suffix}`,
  `/r/%00${suffix}`,
  `/r/ZAANSTREEK-WATERLAND${suffix}`,
  `/r/${ids.foreign.region}${suffix}`,
];

/** A page with an id of kind `kind`: malformed and unknown ids, the foreign region's id in the own
 * region, and the foreign id in the foreign region (which the coordinator cannot see). */
const byId =
  (kind: keyof CrawlIds["own"], path: (id: string) => string) =>
  (ids: CrawlIds): string[] => [
    ...bad((id) => `/r/${ids.own.region}${path(id)}`),
    `/r/${ids.own.region}${path(ids.foreign[kind])}`,
    `/r/${ids.foreign.region}${path(ids.foreign[kind])}`,
    `/r/bestaat-niet${path(ids.own[kind])}`,
  ];

export const CRAWL: Record<string, CrawlCase> = {
  "/admin/afspraaksjablonen/[templateId]": {
    as: "admin",
    notFound: () => bad((id) => `/admin/afspraaksjablonen/${id}`),
  },
  "/r/[region]/afspraken": {
    as: "coordinator",
    notFound: inRegion("/afspraken"),
    ok: (ids) => [`/r/${ids.own.region}/afspraken`],
  },
  "/r/[region]/wijkverbanden/[wijkverbandId]/afspraken": {
    as: "coordinator",
    notFound: byId("wijkverband", (id) => `/wijkverbanden/${id}/afspraken`),
    ok: (ids) => [`/r/${ids.own.region}/wijkverbanden/${ids.own.wijkverband}/afspraken`],
  },
  "/r/[region]/wijkverbanden/[wijkverbandId]/afspraken/nieuw": {
    as: "coordinator",
    notFound: byId("wijkverband", (id) => `/wijkverbanden/${id}/afspraken/nieuw`),
    // An unknown or malformed template starts an empty text.
    ok: (ids) => [`/r/${ids.own.region}/wijkverbanden/${ids.own.wijkverband}/afspraken/nieuw?sjabloon=%00`],
  },
  "/r/[region]/wijkverbanden/[wijkverbandId]/afspraken/[agreementId]": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/wijkverbanden/${ids.own.wijkverband}/afspraken/${id}`),
      ...byId("wijkverband", (id) => `/wijkverbanden/${id}/afspraken/${UNKNOWN_UUID}`)(ids),
    ],
  },
  "/r/[region]/wijkverbanden/[wijkverbandId]/afspraken/[agreementId]/vergelijk": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/wijkverbanden/${ids.own.wijkverband}/afspraken/${id}/vergelijk?van=1&naar=2`),
      ...byId("wijkverband", (id) => `/wijkverbanden/${id}/afspraken/${UNKNOWN_UUID}/vergelijk`)(ids),
    ],
  },
  "/admin/disciplines/[disciplineId]": {
    as: "admin",
    notFound: () => bad((id) => `/admin/disciplines/${id}`),
    ok: (ids) => [`/admin/disciplines/${ids.discipline}`],
  },
  "/gemeente/[code]": {
    as: "coordinator",
    notFound: (ids) => ["/gemeente/xx", "/gemeente/GM99999", "/gemeente/%00", `/gemeente/${ids.ownGemeente}`],
  },
  "/verzekeraar/[uzovi]": {
    as: "coordinator",
    notFound: (ids) => [
      "/verzekeraar/abc",
      "/verzekeraar/99999999999999999999",
      "/verzekeraar/%00",
      `/verzekeraar/${ids.ownUzovi}`,
    ],
  },
  "/r/[region]/budget": {
    as: "coordinator",
    notFound: inRegion("/budget"),
    ok: (ids) => [`/r/${ids.own.region}/budget?jaar=abc`, `/r/${ids.own.region}/budget?jaar=99999999999`],
  },
  "/r/[region]/budget/toewijzingen/[allocationId]": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/budget/toewijzingen/${id}`),
      `/r/${ids.foreign.region}/budget/toewijzingen/${UNKNOWN_UUID}`,
    ],
  },
  "/r/[region]/budget/uitgaven/[expenditureId]": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/budget/uitgaven/${id}`),
      `/r/${ids.foreign.region}/budget/uitgaven/${UNKNOWN_UUID}`,
    ],
  },
  "/r/[region]/budget/uitgaven/[expenditureId]/bewijs": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/budget/uitgaven/${id}/bewijs`),
      `/r/${ids.foreign.region}/budget/uitgaven/${UNKNOWN_UUID}/bewijs`,
    ],
  },
  "/verzekeraar/[uzovi]/beoordelen": {
    as: "coordinator",
    notFound: (ids) => ["/verzekeraar/abc/beoordelen", "/verzekeraar/%00/beoordelen", `/verzekeraar/${ids.ownUzovi}/beoordelen`],
  },
  "/verzekeraar/[uzovi]/budgetten": {
    as: "coordinator",
    notFound: (ids) => ["/verzekeraar/abc/budgetten", `/verzekeraar/${ids.ownUzovi}/budgetten`],
  },
  "/verzekeraar/[uzovi]/budgetten/[budgetId]": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/verzekeraar/${ids.ownUzovi}/budgetten/${id}`),
      `/verzekeraar/abc/budgetten/${UNKNOWN_UUID}`,
    ],
  },
  "/verzekeraar/[uzovi]/portefeuille": {
    as: "coordinator",
    notFound: (ids) => ["/verzekeraar/abc/portefeuille", `/verzekeraar/${ids.ownUzovi}/portefeuille?jaar=2026`],
  },
  "/verzekeraar/[uzovi]/portefeuille/[region]": {
    as: "coordinator",
    notFound: (ids) => [
      `/verzekeraar/abc/portefeuille/${ids.own.region}`,
      `/verzekeraar/${ids.ownUzovi}/portefeuille/${ids.own.region}?jaar=2026`,
      `/verzekeraar/${ids.ownUzovi}/portefeuille/%00`,
      `/verzekeraar/${ids.ownUzovi}/portefeuille/bestaat-niet`,
    ],
  },
  "/verzekeraar/[uzovi]/sociaal-domein": {
    as: "coordinator",
    notFound: (ids) => [
      "/verzekeraar/abc/sociaal-domein",
      "/verzekeraar/%00/sociaal-domein?regio=%00",
      `/verzekeraar/${ids.ownUzovi}/sociaal-domein?regio=${ids.own.region}`,
    ],
  },
  "/verzekeraar/[uzovi]/verantwoording": {
    as: "coordinator",
    notFound: (ids) => [
      `/verzekeraar/abc/verantwoording?regio=${ids.own.region}&jaar=2026&format=pdf`,
      `/verzekeraar/${ids.ownUzovi}/verantwoording?regio=${ids.own.region}&jaar=2026&format=xlsx`,
    ],
  },
  "/r/[region]": { as: "coordinator", notFound: inRegion(""), ok: (ids) => [`/r/${ids.own.region}`] },
  "/r/[region]/audit": {
    as: "coordinator",
    notFound: inRegion("/audit"),
    // A malformed or out-of-range cursor counts as no cursor.
    ok: (ids) =>
      ["99999999999999999999", "9223372036854775808", "9223372036854775807", "abc", "-1", "1.5", ""].map(
        (c) => `/r/${ids.own.region}/audit?voor=${c}`,
      ),
  },
  "/r/[region]/initiatieven": {
    as: "coordinator",
    notFound: inRegion("/initiatieven"),
    ok: (ids) => [
      `/r/${ids.own.region}/initiatieven?plan=niet-een-id&opgave=x&q=%00&gemeente=%00`,
      `/r/${ids.own.region}/initiatieven?plan=${ids.foreign.plan}`,
    ],
  },
  "/r/[region]/initiatieven/[initiativeId]": {
    as: "coordinator",
    notFound: byId("initiative", (id) => `/initiatieven/${id}`),
    ok: (ids) => [`/r/${ids.own.region}/initiatieven/${ids.own.initiative}`],
  },
  "/r/[region]/instellingen": { as: "coordinator", notFound: inRegion("/instellingen") },
  "/r/[region]/partners": { as: "coordinator", notFound: inRegion("/partners") },
  "/r/[region]/partners/[partnerId]/bewerken": {
    as: "coordinator",
    notFound: byId("partner", (id) => `/partners/${id}/bewerken`),
    ok: (ids) => [`/r/${ids.own.region}/partners/${ids.own.partner}/bewerken`],
  },
  "/r/[region]/partners/export": {
    as: "coordinator",
    notFound: inRegion("/partners/export?format=csv"),
    ok: (ids) => [`/r/${ids.own.region}/partners/export`],
  },
  "/r/[region]/praktijken": {
    as: "coordinator",
    notFound: inRegion("/praktijken"),
    ok: (ids) => [
      `/r/${ids.own.region}/praktijken?wijkverband=niet-een-id&pagina=99999999999999999999`,
      `/r/${ids.own.region}/praktijken?q=%00&discipline=%00&gemeente=%00&sort=%00`,
    ],
  },
  "/r/[region]/praktijken/[practiceId]": {
    as: "coordinator",
    notFound: byId("practice", (id) => `/praktijken/${id}`),
    ok: (ids) => [`/r/${ids.own.region}/praktijken/${ids.own.practice}`],
  },
  "/r/[region]/praktijken/[practiceId]/bewerken": {
    as: "coordinator",
    notFound: byId("practice", (id) => `/praktijken/${id}/bewerken`),
    ok: (ids) => [`/r/${ids.own.region}/praktijken/${ids.own.practice}/bewerken`],
  },
  "/gemeente/[code]/export": {
    as: "coordinator",
    notFound: (ids) => ["/gemeente/xx/export", "/gemeente/%00/export", `/gemeente/${ids.ownGemeente}/export?format=xlsx`],
  },
  "/gemeente/[code]/sociaal-domein": {
    as: "coordinator",
    notFound: (ids) => [
      "/gemeente/xx/sociaal-domein",
      "/gemeente/GM99999/sociaal-domein",
      `/gemeente/${ids.ownGemeente}/sociaal-domein`,
    ],
  },
  "/gemeente/[code]/sociaal-domein/export": {
    as: "coordinator",
    notFound: (ids) => ["/gemeente/%00/sociaal-domein/export", `/gemeente/${ids.ownGemeente}/sociaal-domein/export?format=csv`],
  },
  "/gemeente/[code]/sociaal-domein/import": {
    as: "coordinator",
    notFound: (ids) => ["/gemeente/xx/sociaal-domein/import", `/gemeente/${ids.ownGemeente}/sociaal-domein/import`],
  },
  "/gemeente/[code]/sociaal-domein/import/[jobId]": {
    as: "coordinator",
    notFound: (ids) => bad((id) => `/gemeente/${ids.ownGemeente}/sociaal-domein/import/${id}`),
  },
  "/gemeente/[code]/sociaal-domein/verbindingen/[linkId]": {
    as: "coordinator",
    notFound: (ids) => bad((id) => `/gemeente/${ids.ownGemeente}/sociaal-domein/verbindingen/${id}`),
  },
  "/verzekeraar/[uzovi]/sociaal-domein/export": {
    as: "coordinator",
    notFound: (ids) => [
      "/verzekeraar/abc/sociaal-domein/export",
      `/verzekeraar/${ids.ownUzovi}/sociaal-domein/export?format=csv`,
    ],
  },
  "/r/[region]/sociaal-domein": {
    as: "coordinator",
    notFound: inRegion("/sociaal-domein"),
    ok: (ids) => [`/r/${ids.own.region}/sociaal-domein`],
  },
  "/r/[region]/sociaal-domein/export": {
    as: "coordinator",
    notFound: inRegion("/sociaal-domein/export?format=xlsx"),
    ok: (ids) => [`/r/${ids.own.region}/sociaal-domein/export?format=csv&tabel=%00`],
  },
  "/r/[region]/sociaal-domein/import": { as: "coordinator", notFound: inRegion("/sociaal-domein/import") },
  "/r/[region]/sociaal-domein/import/[jobId]": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/sociaal-domein/import/${id}`),
      `/r/${ids.foreign.region}/sociaal-domein/import/${UNKNOWN_UUID}`,
    ],
  },
  "/r/[region]/sociaal-domein/verbindingen/[linkId]": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/sociaal-domein/verbindingen/${id}`),
      `/r/${ids.foreign.region}/sociaal-domein/verbindingen/${UNKNOWN_UUID}`,
    ],
  },
  "/r/[region]/praktijken/export": {
    as: "coordinator",
    notFound: inRegion("/praktijken/export?format=xlsx"),
    ok: (ids) => [`/r/${ids.own.region}/praktijken/export?wijkverband=niet-een-id&q=%00&gemeente=%00`],
  },
  "/r/[region]/praktijken/import": { as: "coordinator", notFound: inRegion("/praktijken/import") },
  "/r/[region]/praktijken/import/[jobId]": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/praktijken/import/${id}`),
      `/r/${ids.foreign.region}/praktijken/import/${UNKNOWN_UUID}`,
    ],
  },
  "/r/[region]/praktijken/nieuw": { as: "coordinator", notFound: inRegion("/praktijken/nieuw") },
  "/r/[region]/regiobeeld": {
    as: "coordinator",
    notFound: inRegion("/regiobeeld"),
    ok: (ids) => [`/r/${ids.own.region}/regiobeeld?jaar=99999999999`, `/r/${ids.own.region}/regiobeeld?jaar=%00`],
  },
  "/r/[region]/regiobeeld/import": { as: "coordinator", notFound: inRegion("/regiobeeld/import") },
  "/r/[region]/regiobeeld/import/[jobId]": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/regiobeeld/import/${id}`),
      `/r/${ids.foreign.region}/regiobeeld/import/${UNKNOWN_UUID}`,
    ],
  },
  "/r/[region]/regioplan": { as: "coordinator", notFound: inRegion("/regioplan") },
  "/r/[region]/regioplan/[planId]": {
    as: "coordinator",
    notFound: byId("plan", (id) => `/regioplan/${id}`),
    ok: (ids) => [`/r/${ids.own.region}/regioplan/${ids.own.plan}`],
  },
  "/r/[region]/regioplan/[planId]/afdrukken": {
    as: "coordinator",
    notFound: byId("plan", (id) => `/regioplan/${id}/afdrukken`),
  },
  "/r/[region]/regioplan/[planId]/nieuw-initiatief": {
    as: "coordinator",
    notFound: byId("plan", (id) => `/regioplan/${id}/nieuw-initiatief`),
  },
  "/r/[region]/regioplan/[planId]/opgave/[themeId]": {
    as: "coordinator",
    notFound: (ids) => [
      ...bad((id) => `/r/${ids.own.region}/regioplan/${ids.own.plan}/opgave/${id}`),
      ...byId("plan", (id) => `/regioplan/${id}/opgave/${UNKNOWN_UUID}`)(ids),
    ],
  },
  "/r/[region]/regioplan/[planId]/tijdlijn": {
    as: "coordinator",
    notFound: byId("plan", (id) => `/regioplan/${id}/tijdlijn`),
  },
  "/r/[region]/regioplan/[planId]/versies": {
    as: "coordinator",
    notFound: byId("plan", (id) => `/regioplan/${id}/versies`),
    ok: (ids) => [`/r/${ids.own.region}/regioplan/${ids.own.plan}/versies?van=2147483648&naar=abc`],
  },
  "/r/[region]/regioplan/[planId]/versies/[version]": {
    as: "coordinator",
    notFound: (ids) => [
      ...["abc", "1.5", "-1", "0", "01", "1e3", "2147483648", "99999999999999999999", "9999"].map(
        (v) => `/r/${ids.own.region}/regioplan/${ids.own.plan}/versies/${v}`,
      ),
      ...byId("plan", (id) => `/regioplan/${id}/versies/1`)(ids),
    ],
  },
  "/r/[region]/regioplan/[planId]/werkagenda": {
    as: "coordinator",
    notFound: byId("plan", (id) => `/regioplan/${id}/werkagenda?format=csv`),
    ok: (ids) => [
      `/r/${ids.own.region}/regioplan/${ids.own.plan}/werkagenda?format=xlsx`,
      `/r/${ids.own.region}/regioplan/${ids.own.plan}/werkagenda?formaat=csv`,
    ],
  },
  "/r/[region]/wijkverbanden": {
    as: "coordinator",
    notFound: inRegion("/wijkverbanden"),
    ok: (ids) => [`/r/${ids.own.region}/wijkverbanden?gemeente=%00&archief=%00`],
  },
  "/r/[region]/wijkverbanden/[wijkverbandId]": {
    as: "coordinator",
    notFound: byId("wijkverband", (id) => `/wijkverbanden/${id}`),
    ok: (ids) => [`/r/${ids.own.region}/wijkverbanden/${ids.own.wijkverband}`],
  },
  "/r/[region]/wijkverbanden/[wijkverbandId]/bewerken": {
    as: "coordinator",
    notFound: byId("wijkverband", (id) => `/wijkverbanden/${id}/bewerken`),
  },
  "/r/[region]/wijkverbanden/export": {
    as: "coordinator",
    notFound: inRegion("/wijkverbanden/export"),
    ok: (ids) => [`/r/${ids.own.region}/wijkverbanden/export?format=xlsx&gemeente=%00`],
  },
  "/r/[region]/wijkverbanden/nieuw": { as: "coordinator", notFound: inRegion("/wijkverbanden/nieuw") },
  "/api/v1/regions/[slug]/fhir/Organization": {
    as: "coordinator",
    notFound: (ids) => [
      "/api/v1/regions/bestaat-niet/fhir/Organization",
      "/api/v1/regions/%00/fhir/Organization",
      `/api/v1/regions/${ids.foreign.region}/fhir/Organization`,
    ],
    ok: (ids) => [`/api/v1/regions/${ids.own.region}/fhir/Organization`],
  },
};

/** Dynamic routes that take no id of ours, with the reason. */
export const NOT_CRAWLED: Record<string, string> = {
  "/api/auth/[...nextauth]": "next-auth's own endpoints (sign-in, session, CSRF); no ids of ours",
};

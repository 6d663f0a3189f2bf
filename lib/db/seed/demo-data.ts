// Demo data for Wijkkracht: two fictional regional primary-care organisations in real Dutch
// municipalities (real CBS gemeentecodes; wijk names real, 2-digit wijk suffixes approximate).
// All organisations, practices, people, addresses, phone numbers, AGB and KvK numbers are
// fictional. Organisational and aggregate data only — never anything about patients.
// Plain constants: lib/db/seed/demo.ts turns them into rows.
import type {
  ClientGroup,
  DisciplineCategory,
  ExpenditureStatus,
  FundingTitle,
  IndicatorDirection,
  InitiativePhase,
  OrganisationKind,
  PlanStatus,
  Role,
  ThemeType,
} from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "demo-wachtwoord";
/** The moment the registered-patient counts refer to. */
export const DEMO_PATIENTS_AS_OF = "2025-10-01";

// ───────────────────────── disciplines (global catalogue) ─────────────────────────

export const DISCIPLINE_CODES = [
  "huisartsenzorg",
  "wijkverpleging",
  "farmacie",
  "fysiotherapie",
  "oefentherapie",
  "ergotherapie",
  "logopedie",
  "dietetiek",
  "verloskunde",
  "ggz",
  "specialist_ouderengeneeskunde",
  "sociaal_werk",
  "podotherapie",
] as const;
export type DisciplineCode = (typeof DISCIPLINE_CODES)[number];

export type DisciplineSeed = {
  code: DisciplineCode;
  name: string;
  nameEn: string;
  category: DisciplineCategory;
  sortOrder: number;
  /** First two digits of the demo AGB codes (plausible zorgverlenerssoort prefix). */
  agbPrefix: string;
  /** Role of a practice of this discipline in a wijkverband. */
  wijkverbandRole: string;
};

export const DISCIPLINES: readonly DisciplineSeed[] = [
  {
    code: "huisartsenzorg",
    name: "Huisartsenzorg",
    nameEn: "General practice",
    category: "medical",
    sortOrder: 10,
    agbPrefix: "01",
    wijkverbandRole: "huisarts",
  },
  {
    code: "wijkverpleging",
    name: "Wijkverpleging",
    nameEn: "District nursing",
    category: "medical",
    sortOrder: 20,
    agbPrefix: "75",
    wijkverbandRole: "wijkverpleging",
  },
  {
    code: "farmacie",
    name: "Farmacie (apotheek)",
    nameEn: "Pharmacy",
    category: "medical",
    sortOrder: 30,
    agbPrefix: "06",
    wijkverbandRole: "apotheek",
  },
  {
    code: "fysiotherapie",
    name: "Fysiotherapie",
    nameEn: "Physiotherapy",
    category: "paramedical",
    sortOrder: 40,
    agbPrefix: "04",
    wijkverbandRole: "fysiotherapie",
  },
  {
    code: "oefentherapie",
    name: "Oefentherapie",
    nameEn: "Exercise therapy (Cesar/Mensendieck)",
    category: "paramedical",
    sortOrder: 50,
    agbPrefix: "84",
    wijkverbandRole: "oefentherapie",
  },
  {
    code: "ergotherapie",
    name: "Ergotherapie",
    nameEn: "Occupational therapy",
    category: "paramedical",
    sortOrder: 60,
    agbPrefix: "26",
    wijkverbandRole: "ergotherapie",
  },
  {
    code: "logopedie",
    name: "Logopedie",
    nameEn: "Speech and language therapy",
    category: "paramedical",
    sortOrder: 70,
    agbPrefix: "05",
    wijkverbandRole: "logopedie",
  },
  {
    code: "dietetiek",
    name: "Diëtetiek",
    nameEn: "Dietetics",
    category: "paramedical",
    sortOrder: 80,
    agbPrefix: "24",
    wijkverbandRole: "diëtetiek",
  },
  {
    code: "verloskunde",
    name: "Verloskunde",
    nameEn: "Midwifery",
    category: "medical",
    sortOrder: 90,
    agbPrefix: "03",
    wijkverbandRole: "verloskunde",
  },
  {
    code: "ggz",
    name: "GGZ (incl. POH-GGZ)",
    nameEn: "Mental health care (incl. mental health practice nurse)",
    category: "medical",
    sortOrder: 100,
    agbPrefix: "94",
    wijkverbandRole: "ggz",
  },
  {
    code: "specialist_ouderengeneeskunde",
    name: "Specialist ouderengeneeskunde",
    nameEn: "Elderly care medicine",
    category: "medical",
    sortOrder: 110,
    agbPrefix: "93",
    wijkverbandRole: "specialist ouderengeneeskunde",
  },
  {
    code: "sociaal_werk",
    name: "Sociaal werk",
    nameEn: "Social work",
    category: "social",
    sortOrder: 120,
    agbPrefix: "90",
    wijkverbandRole: "sociaal domein",
  },
  {
    code: "podotherapie",
    name: "Podotherapie",
    nameEn: "Podiatry",
    category: "paramedical",
    sortOrder: 130,
    agbPrefix: "87",
    wijkverbandRole: "podotherapie",
  },
];

// ───────────────────────── organisations (global) ─────────────────────────

export type InsurerKey = "noordwest" | "amstelzorg";

export const INSURERS: readonly { key: InsurerKey; name: string; uzovi: string; kvk: string; city: string }[] = [
  { key: "noordwest", name: "Zorgverzekeraar Noordwest", uzovi: "3311", kvk: "39481726", city: "Amsterdam" },
  { key: "amstelzorg", name: "Verzekeraar Amstel Zorg", uzovi: "7095", kvk: "34172905", city: "Amstelveen" },
];

export type RegionKey = "zw" | "aa";

/** Real municipalities (CBS gemeentecodes), one municipality organisation each. */
export const MUNICIPALITIES: readonly { code: string; name: string; city: string; website: string; region: RegionKey }[] = [
  { code: "GM0479", name: "Gemeente Zaanstad", city: "Zaandam", website: "https://www.zaanstad.nl", region: "zw" },
  { code: "GM0439", name: "Gemeente Purmerend", city: "Purmerend", website: "https://www.purmerend.nl", region: "zw" },
  { code: "GM0385", name: "Gemeente Edam-Volendam", city: "Volendam", website: "https://www.edam-volendam.nl", region: "zw" },
  { code: "GM0415", name: "Gemeente Landsmeer", city: "Landsmeer", website: "https://www.landsmeer.nl", region: "zw" },
  { code: "GM0431", name: "Gemeente Oostzaan", city: "Oostzaan", website: "https://www.oostzaan.nl", region: "zw" },
  { code: "GM0880", name: "Gemeente Wormerland", city: "Wormer", website: "https://www.wormerland.nl", region: "zw" },
  { code: "GM0362", name: "Gemeente Amstelveen", city: "Amstelveen", website: "https://www.amstelveen.nl", region: "aa" },
  { code: "GM0358", name: "Gemeente Aalsmeer", city: "Aalsmeer", website: "https://www.aalsmeer.nl", region: "aa" },
  {
    code: "GM0437",
    name: "Gemeente Ouder-Amstel",
    city: "Ouderkerk aan de Amstel",
    website: "https://www.ouder-amstel.nl",
    region: "aa",
  },
  { code: "GM0451", name: "Gemeente Uithoorn", city: "Uithoorn", website: "https://www.uithoorn.nl", region: "aa" },
];

export type PartnerKey =
  | "welzijn_zaanstad"
  | "swt_zaanstad"
  | "swt_purmerend"
  | "welzijn_purmerend"
  | "schuldhulp_zw"
  | "jeugd_zaanstad"
  | "thuiszorg_waterland"
  | "ziekenhuis_zaanland"
  | "welzijn_amstelland"
  | "swt_amstelveen"
  | "loket_aalsmeer_uithoorn"
  | "jeugd_amstelland"
  | "schuldhulp_amstelland"
  | "thuiszorg_amstelland"
  | "ziekenhuis_amstelpoort";

/** Fictional social-domain, welfare, care and hospital organisations, each a partner of one region. */
export const PARTNER_ORGANISATIONS: readonly {
  key: PartnerKey;
  kind: OrganisationKind;
  name: string;
  city: string;
  kvk: string;
  region: RegionKey;
  description: string;
}[] = [
  {
    key: "welzijn_zaanstad",
    kind: "welfare",
    name: "Welzijn Zaanstad (fictief)",
    city: "Zaandam",
    kvk: "41237790",
    region: "zw",
    description: "Welzijnscoaches voor Welzijn op Recept en ouderenwerk in Zaanstad.",
  },
  {
    key: "swt_zaanstad",
    kind: "social_domain",
    name: "Sociaal Wijkteam Zaanstad",
    city: "Zaandam",
    kvk: "62110984",
    region: "zw",
    description: "Sociale wijkteams in de Zaanse wijken (Wmo, zorg en ondersteuning).",
  },
  {
    key: "swt_purmerend",
    kind: "social_domain",
    name: "Sociaal Wijkteam Purmerend",
    city: "Purmerend",
    kvk: "62110985",
    region: "zw",
    description: "Sociaal wijkteam voor Purmerend en Beemster.",
  },
  {
    key: "welzijn_purmerend",
    kind: "welfare",
    name: "Welzijnskompas Purmerend (fictief)",
    city: "Purmerend",
    kvk: "58830216",
    region: "zw",
    description: "Welzijnswerk, mantelzorgondersteuning en Welzijn op Recept.",
  },
  {
    key: "schuldhulp_zw",
    kind: "social_domain",
    name: "Schuldhulp Zaanstreek-Waterland (fictief)",
    city: "Zaandam",
    kvk: "70015532",
    region: "zw",
    description: "Vroegsignalering en hulp bij geldzorgen.",
  },
  {
    key: "jeugd_zaanstad",
    kind: "social_domain",
    name: "Jeugdteam Zaanstad (fictief)",
    city: "Zaandam",
    kvk: "65520471",
    region: "zw",
    description: "Jeugd- en gezinsondersteuning, ook in de huisartsenpraktijk.",
  },
  {
    key: "thuiszorg_waterland",
    kind: "care",
    name: "Thuiszorg Waterland",
    city: "Purmerend",
    kvk: "41239916",
    region: "zw",
    description: "Wijkverpleging in de wijken zonder eigen wijkverpleegteam.",
  },
  {
    key: "ziekenhuis_zaanland",
    kind: "hospital",
    name: "Ziekenhuis Zaanland",
    city: "Zaandam",
    kvk: "41238801",
    region: "zw",
    description: "Regionaal ziekenhuis; partner in transmurale afspraken.",
  },
  {
    key: "welzijn_amstelland",
    kind: "welfare",
    name: "Welzijn Amstelland (fictief)",
    city: "Amstelveen",
    kvk: "34260177",
    region: "aa",
    description: "Welzijnswerk en Welzijn op Recept in Amstelveen en Ouder-Amstel.",
  },
  {
    key: "swt_amstelveen",
    kind: "social_domain",
    name: "Sociaal Wijkteam Amstelveen",
    city: "Amstelveen",
    kvk: "34260178",
    region: "aa",
    description: "Sociale wijkteams van Amstelveen.",
  },
  {
    key: "loket_aalsmeer_uithoorn",
    kind: "social_domain",
    name: "Sociaal Loket Aalsmeer-Uithoorn (fictief)",
    city: "Aalsmeer",
    kvk: "34260312",
    region: "aa",
    description: "Toegang tot Wmo, schuldhulp en welzijn voor Aalsmeer en Uithoorn.",
  },
  {
    key: "jeugd_amstelland",
    kind: "social_domain",
    name: "Jeugd- en Gezinsteam Amstelland (fictief)",
    city: "Amstelveen",
    kvk: "61190284",
    region: "aa",
    description: "Jeugd- en gezinsteams in de vier Amstelland-gemeenten.",
  },
  {
    key: "schuldhulp_amstelland",
    kind: "social_domain",
    name: "Schuldhulp Amstelland (fictief)",
    city: "Amstelveen",
    kvk: "61190285",
    region: "aa",
    description: "Schuldhulpverlening en budgetcoaching.",
  },
  {
    key: "thuiszorg_amstelland",
    kind: "care",
    name: "Thuiszorg Amstelland (fictief)",
    city: "Amstelveen",
    kvk: "34260401",
    region: "aa",
    description: "Wijkverpleging in Aalsmeer en Ouder-Amstel.",
  },
  {
    key: "ziekenhuis_amstelpoort",
    kind: "hospital",
    name: "Ziekenhuis Amstelpoort (fictief)",
    city: "Amstelveen",
    kvk: "34260450",
    region: "aa",
    description: "Regionaal ziekenhuis; partner in ouderenzorg en thuismonitoring.",
  },
];

// ───────────────────────── regions (tenants) ─────────────────────────

export type RegionSeed = {
  key: RegionKey;
  slug: string;
  name: string;
  code: string;
  legalForm: string;
  kvk: string;
  municipalityCodes: string[];
  brandName: string;
  /** Dark enough for white text (contrast ≥ 4.5:1). */
  brandColor: string;
  preferentInsurer: InsurerKey;
};

export const REGIONS: readonly [RegionSeed, RegionSeed] = [
  {
    key: "zw",
    slug: "zaanstreek-waterland",
    name: "Coöperatie Eerstelijn Zaanstreek-Waterland",
    code: "ZW01",
    legalForm: "coöperatie",
    kvk: "74125836",
    municipalityCodes: ["GM0479", "GM0439", "GM0385", "GM0415", "GM0431", "GM0880"],
    brandName: "Eerstelijn Zaanstreek-Waterland",
    brandColor: "#0f5e6e",
    preferentInsurer: "noordwest",
  },
  {
    key: "aa",
    slug: "amstelland-meerlanden",
    name: "Stichting Zorgnetwerk Amstelland",
    code: "AM01",
    legalForm: "stichting",
    kvk: "69347215",
    municipalityCodes: ["GM0362", "GM0358", "GM0437", "GM0451"],
    brandName: "Zorgnetwerk Amstelland",
    brandColor: "#7a2e8a",
    preferentInsurer: "amstelzorg",
  },
];

// ───────────────────────── wijken (regiobeeld) ─────────────────────────

export type WijkSeed = {
  code: string;
  name: string;
  municipalityCode: string;
  region: RegionKey;
  city: string;
  /** PC4 areas of the wijk (real for the municipality). */
  pc4: string[];
  streets: string[];
  phoneAreaCode: string;
  inhabitants: number;
  aged65Plus: number;
  aged80Plus: number;
  households: number;
};

export const WIJKEN: readonly WijkSeed[] = [
  // Zaanstad (GM0479)
  {
    code: "WK047901",
    name: "Zaandam-Zuid",
    municipalityCode: "GM0479",
    region: "zw",
    city: "Zaandam",
    pc4: ["1506", "1507"],
    streets: ["Vincent van Goghweg", "Rembrandtlaan", "Zuiddijk", "Heijermansstraat"],
    phoneAreaCode: "075",
    inhabitants: 24_800,
    aged65Plus: 4_560,
    aged80Plus: 1_240,
    households: 11_900,
  },
  {
    code: "WK047902",
    name: "Zaandam-Noord",
    municipalityCode: "GM0479",
    region: "zw",
    city: "Zaandam",
    pc4: ["1503", "1504"],
    streets: ["Ebbehout", "Heiligeweg", "Vermiljoenweg", "Kogerveldweg"],
    phoneAreaCode: "075",
    inhabitants: 15_300,
    aged65Plus: 2_870,
    aged80Plus: 760,
    households: 7_100,
  },
  {
    code: "WK047903",
    name: "Zaandam-Oost",
    municipalityCode: "GM0479",
    region: "zw",
    city: "Zaandam",
    pc4: ["1502", "1505"],
    streets: ["Ankersmidplein", "Oostzijde", "Pelikaanweg", "Poelenburgstraat"],
    phoneAreaCode: "075",
    inhabitants: 13_900,
    aged65Plus: 1_950,
    aged80Plus: 420,
    households: 6_100,
  },
  {
    code: "WK047904",
    name: "Koog aan de Zaan",
    municipalityCode: "GM0479",
    region: "zw",
    city: "Koog aan de Zaan",
    pc4: ["1541"],
    streets: ["Hoogstraat", "Museumlaan", "Boschjesstraat"],
    phoneAreaCode: "075",
    inhabitants: 11_300,
    aged65Plus: 2_400,
    aged80Plus: 640,
    households: 5_200,
  },
  {
    code: "WK047905",
    name: "Zaandijk",
    municipalityCode: "GM0479",
    region: "zw",
    city: "Zaandijk",
    pc4: ["1544"],
    streets: ["Lagedijk", "Guisweg", "Stationsstraat"],
    phoneAreaCode: "075",
    inhabitants: 8_600,
    aged65Plus: 1_800,
    aged80Plus: 510,
    households: 3_900,
  },
  {
    code: "WK047906",
    name: "Wormerveer",
    municipalityCode: "GM0479",
    region: "zw",
    city: "Wormerveer",
    pc4: ["1521"],
    streets: ["Zaanweg", "Marktstraat", "Krommenieërweg"],
    phoneAreaCode: "075",
    inhabitants: 11_800,
    aged65Plus: 2_600,
    aged80Plus: 730,
    households: 5_500,
  },
  {
    code: "WK047907",
    name: "Krommenie",
    municipalityCode: "GM0479",
    region: "zw",
    city: "Krommenie",
    pc4: ["1561", "1562"],
    streets: ["Zuiderhoofdstraat", "Noorderhoofdstraat", "Rosariumlaan"],
    phoneAreaCode: "075",
    inhabitants: 17_600,
    aged65Plus: 4_100,
    aged80Plus: 1_150,
    households: 7_900,
  },
  {
    code: "WK047908",
    name: "Assendelft",
    municipalityCode: "GM0479",
    region: "zw",
    city: "Assendelft",
    pc4: ["1566", "1567"],
    streets: ["Dorpsstraat", "Saendelverlaan", "Kaaikhof"],
    phoneAreaCode: "075",
    inhabitants: 24_700,
    aged65Plus: 2_900,
    aged80Plus: 610,
    households: 9_400,
  },
  {
    code: "WK047909",
    name: "Westzaan",
    municipalityCode: "GM0479",
    region: "zw",
    city: "Westzaan",
    pc4: ["1551"],
    streets: ["J.J. Allanstraat", "Kerkbuurt"],
    phoneAreaCode: "075",
    inhabitants: 4_200,
    aged65Plus: 900,
    aged80Plus: 230,
    households: 1_800,
  },
  // Purmerend (GM0439)
  {
    code: "WK043901",
    name: "Centrum",
    municipalityCode: "GM0439",
    region: "zw",
    city: "Purmerend",
    pc4: ["1441"],
    streets: ["Kaasmarkt", "Koestraat", "Hoogstraat"],
    phoneAreaCode: "0299",
    inhabitants: 9_800,
    aged65Plus: 2_300,
    aged80Plus: 720,
    households: 5_400,
  },
  {
    code: "WK043902",
    name: "Overwhere",
    municipalityCode: "GM0439",
    region: "zw",
    city: "Purmerend",
    pc4: ["1442", "1443"],
    streets: ["Purmersteenweg", "Waterlandlaan", "Nieuwe Gouw"],
    phoneAreaCode: "0299",
    inhabitants: 11_500,
    aged65Plus: 2_600,
    aged80Plus: 700,
    households: 5_300,
  },
  {
    code: "WK043903",
    name: "Wheermolen",
    municipalityCode: "GM0439",
    region: "zw",
    city: "Purmerend",
    pc4: ["1444"],
    streets: ["Zuiderweg", "Jaagweg", "Westerweg"],
    phoneAreaCode: "0299",
    inhabitants: 8_900,
    aged65Plus: 1_500,
    aged80Plus: 380,
    households: 3_900,
  },
  {
    code: "WK043904",
    name: "Weidevenne",
    municipalityCode: "GM0439",
    region: "zw",
    city: "Purmerend",
    pc4: ["1448"],
    streets: ["Laan der Continenten", "Europaweg", "Afrikaweg"],
    phoneAreaCode: "0299",
    inhabitants: 23_700,
    aged65Plus: 2_100,
    aged80Plus: 340,
    households: 9_300,
  },
  {
    code: "WK043905",
    name: "Gors",
    municipalityCode: "GM0439",
    region: "zw",
    city: "Purmerend",
    pc4: ["1445", "1446"],
    streets: ["Gorslaan", "Wormerplein", "Karel Doormanstraat"],
    phoneAreaCode: "0299",
    inhabitants: 9_000,
    aged65Plus: 1_700,
    aged80Plus: 430,
    households: 4_200,
  },
  // Edam-Volendam (GM0385), Wormerland (GM0880), Oostzaan (GM0431)
  {
    code: "WK038501",
    name: "Volendam",
    municipalityCode: "GM0385",
    region: "zw",
    city: "Volendam",
    pc4: ["1131"],
    streets: ["Julianaweg", "Zeestraat"],
    phoneAreaCode: "0299",
    inhabitants: 22_800,
    aged65Plus: 4_200,
    aged80Plus: 1_050,
    households: 9_100,
  },
  {
    code: "WK088001",
    name: "Wormer",
    municipalityCode: "GM0880",
    region: "zw",
    city: "Wormer",
    pc4: ["1531"],
    streets: ["Dorpsstraat", "Pieter Ruijgweg"],
    phoneAreaCode: "075",
    inhabitants: 12_100,
    aged65Plus: 2_700,
    aged80Plus: 720,
    households: 5_300,
  },
  {
    code: "WK043101",
    name: "Oostzaan",
    municipalityCode: "GM0431",
    region: "zw",
    city: "Oostzaan",
    pc4: ["1511"],
    streets: ["Kerkbuurt", "Lorentzweg"],
    phoneAreaCode: "075",
    inhabitants: 9_800,
    aged65Plus: 2_200,
    aged80Plus: 560,
    households: 4_200,
  },
  // Amstelveen (GM0362)
  {
    code: "WK036201",
    name: "Elsrijk",
    municipalityCode: "GM0362",
    region: "aa",
    city: "Amstelveen",
    pc4: ["1181", "1182"],
    streets: ["Van der Veerelaan", "Rembrandtweg", "Keizer Karelweg"],
    phoneAreaCode: "020",
    inhabitants: 12_600,
    aged65Plus: 3_100,
    aged80Plus: 1_020,
    households: 6_100,
  },
  {
    code: "WK036202",
    name: "Randwijck",
    municipalityCode: "GM0362",
    region: "aa",
    city: "Amstelveen",
    pc4: ["1182"],
    streets: ["Amsterdamseweg", "Handweg", "Randwijcksingel"],
    phoneAreaCode: "020",
    inhabitants: 9_800,
    aged65Plus: 2_300,
    aged80Plus: 700,
    households: 4_600,
  },
  {
    code: "WK036203",
    name: "Westwijk",
    municipalityCode: "GM0362",
    region: "aa",
    city: "Amstelveen",
    pc4: ["1187"],
    streets: ["Westwijkplein", "Noorddammerlaan", "Westelijk Halfrond"],
    phoneAreaCode: "020",
    inhabitants: 17_800,
    aged65Plus: 2_900,
    aged80Plus: 560,
    households: 7_600,
  },
  {
    code: "WK036204",
    name: "Middenhoven",
    municipalityCode: "GM0362",
    region: "aa",
    city: "Amstelveen",
    pc4: ["1188"],
    streets: ["Sportlaan", "Lindenlaan", "Startbaan"],
    phoneAreaCode: "020",
    inhabitants: 14_900,
    aged65Plus: 2_700,
    aged80Plus: 650,
    households: 6_300,
  },
  {
    code: "WK036205",
    name: "Bankras-Kostverloren",
    municipalityCode: "GM0362",
    region: "aa",
    city: "Amstelveen",
    pc4: ["1183"],
    streets: ["Bankrashof", "Kostverlorenhof", "Bovenkerkerweg"],
    phoneAreaCode: "020",
    inhabitants: 10_200,
    aged65Plus: 2_400,
    aged80Plus: 720,
    households: 4_900,
  },
  // Aalsmeer (GM0358)
  {
    code: "WK035801",
    name: "Aalsmeer-Centrum",
    municipalityCode: "GM0358",
    region: "aa",
    city: "Aalsmeer",
    pc4: ["1431", "1432"],
    streets: ["Zijdstraat", "Stationsweg", "Ophelialaan"],
    phoneAreaCode: "0297",
    inhabitants: 17_900,
    aged65Plus: 3_600,
    aged80Plus: 1_010,
    households: 7_800,
  },
  {
    code: "WK035802",
    name: "Kudelstaart",
    municipalityCode: "GM0358",
    region: "aa",
    city: "Kudelstaart",
    pc4: ["1433"],
    streets: ["Bilderdammerweg", "Kudelstaartseweg"],
    phoneAreaCode: "0297",
    inhabitants: 10_700,
    aged65Plus: 2_100,
    aged80Plus: 480,
    households: 4_300,
  },
  // Uithoorn (GM0451)
  {
    code: "WK045101",
    name: "Uithoorn",
    municipalityCode: "GM0451",
    region: "aa",
    city: "Uithoorn",
    pc4: ["1421", "1422"],
    streets: ["Zijdelveld", "Prins Bernhardlaan", "Amstelplein"],
    phoneAreaCode: "0297",
    inhabitants: 24_200,
    aged65Plus: 5_400,
    aged80Plus: 1_480,
    households: 11_000,
  },
  {
    code: "WK045102",
    name: "De Kwakel",
    municipalityCode: "GM0451",
    region: "aa",
    city: "De Kwakel",
    pc4: ["1424"],
    streets: ["Vuurlijn", "Drechtdijk"],
    phoneAreaCode: "0297",
    inhabitants: 5_500,
    aged65Plus: 1_100,
    aged80Plus: 270,
    households: 2_200,
  },
  // Ouder-Amstel (GM0437)
  {
    code: "WK043701",
    name: "Ouderkerk aan de Amstel",
    municipalityCode: "GM0437",
    region: "aa",
    city: "Ouderkerk aan de Amstel",
    pc4: ["1191"],
    streets: ["Dorpsstraat", "Amstelzijde", "Achterdijk"],
    phoneAreaCode: "020",
    inhabitants: 8_900,
    aged65Plus: 2_300,
    aged80Plus: 680,
    households: 4_000,
  },
  {
    code: "WK043702",
    name: "Duivendrecht",
    municipalityCode: "GM0437",
    region: "aa",
    city: "Duivendrecht",
    pc4: ["1115"],
    streets: ["Rijksstraatweg", "Van der Madeweg"],
    phoneAreaCode: "020",
    inhabitants: 6_900,
    aged65Plus: 980,
    aged80Plus: 230,
    households: 3_200,
  },
];

export const WIJK_STATISTICS_YEAR = 2024;

// ───────────────────────── practices and wijkverbanden ─────────────────────────

export type PracticeSeed = {
  discipline: DisciplineCode;
  name: string;
  wijk: string;
  /** false: the practice lies in the wijk but has not (yet) joined the wijkverband. */
  member?: boolean;
};

export type WijkverbandSeed = {
  key: string;
  region: RegionKey;
  name: string;
  municipalityCode: string;
  wijkCodes: string[];
  inhabitants: number;
  coordinatorName: string;
  coordinatorEmail: string;
  /** Organisation filling the "sociaal domein" role; omitted = gap in the core team. */
  socialDomain?: PartnerKey;
  /** Organisation filling the "wijkverpleging" role when there is no wijkverpleging team practice. */
  districtNursing?: PartnerKey;
  practices: PracticeSeed[];
};

const p = (discipline: DisciplineCode, name: string, wijk: string, member?: boolean): PracticeSeed =>
  member === undefined ? { discipline, name, wijk } : { discipline, name, wijk, member };

export const DEMO_HUISARTS_PRACTICE = "Huisartsenpraktijk De Zaan";

export const WIJKVERBANDEN: readonly WijkverbandSeed[] = [
  // ── Zaanstreek-Waterland ──
  {
    key: "zaandam-zuid",
    region: "zw",
    name: "Wijkverband Zaandam-Zuid",
    municipalityCode: "GM0479",
    wijkCodes: ["WK047901"],
    inhabitants: 24_800,
    coordinatorName: "Marieke Koster",
    coordinatorEmail: "m.koster@zaandam-zuid.wijkkracht.test",
    socialDomain: "swt_zaanstad",
    practices: [
      p("huisartsenzorg", DEMO_HUISARTS_PRACTICE, "WK047901"),
      p("huisartsenzorg", "Huisartsen Rosmolen", "WK047901"),
      p("huisartsenzorg", "Gezondheidscentrum Zaandam-Zuid", "WK047901"),
      p("huisartsenzorg", "Huisartsenpraktijk Vincent van Gogh", "WK047901"),
      p("farmacie", "Apotheek Zaandam-Zuid", "WK047901"),
      p("fysiotherapie", "Fysiotherapie Zaans Zuid", "WK047901"),
      p("wijkverpleging", "Wijkverpleegteam Zaandam-Zuid", "WK047901"),
    ],
  },
  {
    key: "zaandam-noord-oost",
    region: "zw",
    name: "Wijkverband Zaandam-Noord en -Oost",
    municipalityCode: "GM0479",
    wijkCodes: ["WK047902", "WK047903"],
    inhabitants: 29_200,
    coordinatorName: "Erik Mulder",
    coordinatorEmail: "e.mulder@zaandam-noord.wijkkracht.test",
    socialDomain: "swt_zaanstad",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Kogerveld", "WK047902"),
      p("huisartsenzorg", "Huisartsenpraktijk Hoornseveld", "WK047902"),
      p("huisartsenzorg", "Huisartsen Poelenburg", "WK047903"),
      p("huisartsenzorg", "Huisartsenpraktijk Peldersveld", "WK047903"),
      p("farmacie", "Apotheek Poelenburg", "WK047903"),
      p("fysiotherapie", "Fysiotherapie Kogerveld", "WK047902"),
      p("wijkverpleging", "Wijkverpleegteam Zaandam-Noord", "WK047902"),
      p("logopedie", "Logopediepraktijk Zaandam-Oost", "WK047903"),
    ],
  },
  {
    key: "koog-zaandijk",
    region: "zw",
    name: "Wijkverband Koog-Zaandijk",
    municipalityCode: "GM0479",
    wijkCodes: ["WK047904", "WK047905"],
    inhabitants: 19_900,
    coordinatorName: "Linda Smit",
    coordinatorEmail: "l.smit@koog-zaandijk.wijkkracht.test",
    socialDomain: "welzijn_zaanstad",
    districtNursing: "thuiszorg_waterland",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Koog aan de Zaan", "WK047904"),
      p("huisartsenzorg", "Huisartsen Zaandijk", "WK047905"),
      p("huisartsenzorg", "Huisartsenpraktijk De Lagedijk", "WK047905"),
      p("farmacie", "Apotheek Koog-Zaandijk", "WK047904"),
      p("fysiotherapie", "Fysiotherapie Zaandijk", "WK047905"),
    ],
  },
  {
    key: "wormerveer-krommenie",
    region: "zw",
    name: "Wijkverband Wormerveer-Krommenie",
    municipalityCode: "GM0479",
    wijkCodes: ["WK047906", "WK047907"],
    inhabitants: 29_400,
    coordinatorName: "Bas van Dijk",
    coordinatorEmail: "b.vandijk@wormerveer-krommenie.wijkkracht.test",
    socialDomain: "welzijn_zaanstad",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Wormerveer", "WK047906"),
      p("huisartsenzorg", "Huisartsen Krommenie-Noord", "WK047907"),
      p("huisartsenzorg", "Gezondheidscentrum Krommenie", "WK047907"),
      p("farmacie", "Apotheek Krommenie", "WK047907"),
      p("fysiotherapie", "Fysiotherapie Wormerveer", "WK047906"),
      p("wijkverpleging", "Wijkverpleegteam Krommenie-Wormerveer", "WK047907"),
      p("dietetiek", "Diëtistenpraktijk Zaanstreek", "WK047906"),
    ],
  },
  {
    // Incomplete on purpose: the local pharmacy has not joined yet (no "apotheek" member).
    key: "assendelft-westzaan",
    region: "zw",
    name: "Wijkverband Assendelft-Westzaan",
    municipalityCode: "GM0479",
    wijkCodes: ["WK047908", "WK047909"],
    inhabitants: 28_900,
    coordinatorName: "Femke de Boer",
    coordinatorEmail: "f.deboer@assendelft.wijkkracht.test",
    socialDomain: "swt_zaanstad",
    districtNursing: "thuiszorg_waterland",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Saendelft", "WK047908"),
      p("huisartsenzorg", "Huisartsen Assendelft-Dorp", "WK047908"),
      p("huisartsenzorg", "Huisartsenpraktijk Westzaan", "WK047909"),
      p("fysiotherapie", "Fysiotherapie Assendelft", "WK047908"),
      p("farmacie", "Apotheek Saendelft", "WK047908", false),
    ],
  },
  {
    key: "purmerend-centrum-overwhere",
    region: "zw",
    name: "Wijkverband Purmerend Centrum-Overwhere",
    municipalityCode: "GM0439",
    wijkCodes: ["WK043901", "WK043902"],
    inhabitants: 21_300,
    coordinatorName: "Annemiek Schouten",
    coordinatorEmail: "a.schouten@purmerend-centrum.wijkkracht.test",
    socialDomain: "swt_purmerend",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Kaasmarkt", "WK043901"),
      p("huisartsenzorg", "Huisartsen Overwhere", "WK043902"),
      p("huisartsenzorg", "Gezondheidscentrum Purmerend-Centrum", "WK043901"),
      p("farmacie", "Apotheek Purmerend-Centrum", "WK043901"),
      p("fysiotherapie", "Fysiotherapie Overwhere", "WK043902"),
      p("wijkverpleging", "Wijkverpleegteam Purmerend-Centrum", "WK043901"),
      p("verloskunde", "Verloskundigenpraktijk Waterland", "WK043902"),
    ],
  },
  {
    // Incomplete on purpose: no social-domain partner yet.
    key: "weidevenne",
    region: "zw",
    name: "Wijkverband Weidevenne",
    municipalityCode: "GM0439",
    wijkCodes: ["WK043904"],
    inhabitants: 23_700,
    coordinatorName: "Youssef Benali",
    coordinatorEmail: "y.benali@weidevenne.wijkkracht.test",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Weidevenne", "WK043904"),
      p("huisartsenzorg", "Huisartsen Laan der Continenten", "WK043904"),
      p("farmacie", "Apotheek Weidevenne", "WK043904"),
      p("wijkverpleging", "Wijkverpleegteam Weidevenne", "WK043904"),
      p("oefentherapie", "Oefentherapie Weidevenne", "WK043904"),
    ],
  },
  {
    key: "wheermolen-gors",
    region: "zw",
    name: "Wijkverband Wheermolen-Gors",
    municipalityCode: "GM0439",
    wijkCodes: ["WK043903", "WK043905"],
    inhabitants: 17_900,
    coordinatorName: "Ingrid Pronk",
    coordinatorEmail: "i.pronk@wheermolen-gors.wijkkracht.test",
    socialDomain: "welzijn_purmerend",
    districtNursing: "thuiszorg_waterland",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Wheermolen", "WK043903"),
      p("huisartsenzorg", "Huisartsen De Gors", "WK043905"),
      p("farmacie", "Apotheek Wheermolen", "WK043903"),
      p("fysiotherapie", "Fysiotherapie De Gors", "WK043905"),
      p("ggz", "Praktijk voor Psychologie Purmer", "WK043905"),
    ],
  },
  // ── Amstelland ──
  {
    key: "elsrijk-randwijck",
    region: "aa",
    name: "Wijkverband Elsrijk-Randwijck",
    municipalityCode: "GM0362",
    wijkCodes: ["WK036201", "WK036202"],
    inhabitants: 22_400,
    coordinatorName: "Judith Verhoeven",
    coordinatorEmail: "j.verhoeven@elsrijk.wijkkracht.test",
    socialDomain: "swt_amstelveen",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Elsrijk", "WK036201"),
      p("huisartsenzorg", "Huisartsen Randwijck", "WK036202"),
      p("huisartsenzorg", "Huisartsenpraktijk Oude Dorp", "WK036201"),
      p("farmacie", "Apotheek Elsrijk", "WK036201"),
      p("fysiotherapie", "Fysiotherapie Randwijck", "WK036202"),
      p("wijkverpleging", "Wijkverpleegteam Amstelveen-Noord", "WK036201"),
    ],
  },
  {
    key: "westwijk",
    region: "aa",
    name: "Wijkverband Westwijk",
    municipalityCode: "GM0362",
    wijkCodes: ["WK036203"],
    inhabitants: 17_800,
    coordinatorName: "Ricardo Martens",
    coordinatorEmail: "r.martens@westwijk.wijkkracht.test",
    socialDomain: "swt_amstelveen",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Westwijk-Zuid", "WK036203"),
      p("huisartsenzorg", "Huisartsen Westwijkplein", "WK036203"),
      p("huisartsenzorg", "Gezondheidscentrum Westwijk", "WK036203"),
      p("farmacie", "Apotheek Westwijk", "WK036203"),
      p("fysiotherapie", "Fysiotherapie Westwijk", "WK036203"),
      p("wijkverpleging", "Wijkverpleegteam Westwijk", "WK036203"),
    ],
  },
  {
    key: "middenhoven-bankras",
    region: "aa",
    name: "Wijkverband Middenhoven-Bankras",
    municipalityCode: "GM0362",
    wijkCodes: ["WK036204", "WK036205"],
    inhabitants: 25_100,
    coordinatorName: "Esther Kok",
    coordinatorEmail: "e.kok@middenhoven.wijkkracht.test",
    socialDomain: "welzijn_amstelland",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Middenhoven", "WK036204"),
      p("huisartsenzorg", "Huisartsen Bankras-Kostverloren", "WK036205"),
      p("farmacie", "Apotheek Middenhoven", "WK036204"),
      p("wijkverpleging", "Wijkverpleegteam Amstelveen-Zuid", "WK036205"),
      p("podotherapie", "Podotherapie Amstelveen", "WK036204"),
    ],
  },
  {
    key: "aalsmeer-kudelstaart",
    region: "aa",
    name: "Wijkverband Aalsmeer-Kudelstaart",
    municipalityCode: "GM0358",
    wijkCodes: ["WK035801", "WK035802"],
    inhabitants: 28_600,
    coordinatorName: "Wouter Maarse",
    coordinatorEmail: "w.maarse@aalsmeer.wijkkracht.test",
    socialDomain: "loket_aalsmeer_uithoorn",
    districtNursing: "thuiszorg_amstelland",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Aalsmeer-Centrum", "WK035801"),
      p("huisartsenzorg", "Huisartsen Zijdstraat", "WK035801"),
      p("huisartsenzorg", "Huisartsenpraktijk Kudelstaart", "WK035802"),
      p("farmacie", "Apotheek Aalsmeer", "WK035801"),
      p("fysiotherapie", "Fysiotherapie Kudelstaart", "WK035802"),
    ],
  },
  {
    // Incomplete on purpose: no social-domain partner yet.
    key: "uithoorn-de-kwakel",
    region: "aa",
    name: "Wijkverband Uithoorn-De Kwakel",
    municipalityCode: "GM0451",
    wijkCodes: ["WK045101", "WK045102"],
    inhabitants: 29_700,
    coordinatorName: "Sandra Bos",
    coordinatorEmail: "s.bos@uithoorn.wijkkracht.test",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Zijdelwaard", "WK045101"),
      p("huisartsenzorg", "Huisartsen De Kwakel", "WK045102"),
      p("farmacie", "Apotheek Uithoorn", "WK045101"),
      p("fysiotherapie", "Fysiotherapie Thamerdal", "WK045101"),
      p("wijkverpleging", "Wijkverpleegteam Uithoorn", "WK045101"),
    ],
  },
  {
    key: "ouder-amstel",
    region: "aa",
    name: "Wijkverband Ouder-Amstel",
    municipalityCode: "GM0437",
    wijkCodes: ["WK043701", "WK043702"],
    inhabitants: 15_800,
    coordinatorName: "Hans Blom",
    coordinatorEmail: "h.blom@ouder-amstel.wijkkracht.test",
    socialDomain: "welzijn_amstelland",
    districtNursing: "thuiszorg_amstelland",
    practices: [
      p("huisartsenzorg", "Huisartsenpraktijk Ouderkerk", "WK043701"),
      p("huisartsenzorg", "Huisartsen Duivendrecht", "WK043702"),
      p("farmacie", "Apotheek Ouderkerk aan de Amstel", "WK043701"),
      p("ergotherapie", "Ergotherapie Amstelland", "WK043702"),
    ],
  },
];

/** Practices that belong to no wijkverband (yet). */
export const UNAFFILIATED_PRACTICES: readonly (PracticeSeed & { region: RegionKey })[] = [
  { region: "zw", ...p("huisartsenzorg", "Huisartsenpraktijk Volendam-Oost", "WK038501") },
  { region: "zw", ...p("huisartsenzorg", "Huisartsen Wormer", "WK088001") },
  { region: "zw", ...p("huisartsenzorg", "Huisartsenpraktijk Oostzaan", "WK043101") },
  { region: "aa", ...p("specialist_ouderengeneeskunde", "Eerstelijns Specialist Ouderengeneeskunde Amstelveen", "WK036204") },
  { region: "aa", ...p("ggz", "Psychologenpraktijk Amstelveen", "WK036201") },
];

// ───────────────────────── users ─────────────────────────

export type DemoUserKey = "coordinator" | "huisarts" | "verzekeraar" | "gemeente" | "beheer" | "coordinator2";

export type DemoUserSeed = {
  key: DemoUserKey;
  email: string;
  name: string;
  role: Role;
  region?: RegionKey;
  /** Practice name (practice holders). */
  practice?: string;
  insurer?: InsurerKey;
  municipalityCode?: string;
};

export const DEMO_USERS: readonly DemoUserSeed[] = [
  { key: "coordinator", email: "coordinator@wijkkracht.test", name: "Sanne de Vries", role: "coordinator", region: "zw" },
  {
    key: "huisarts",
    email: "huisarts@wijkkracht.test",
    name: "Dr. Pieter Bakker",
    role: "practice_holder",
    region: "zw",
    practice: DEMO_HUISARTS_PRACTICE,
  },
  {
    key: "verzekeraar",
    email: "verzekeraar@wijkkracht.test",
    name: "Fatima El Amrani",
    role: "insurer_reviewer",
    insurer: "noordwest",
  },
  {
    key: "gemeente",
    email: "gemeente@wijkkracht.test",
    name: "Joost Visser",
    role: "municipality_officer",
    municipalityCode: "GM0479",
  },
  { key: "beheer", email: "beheer@wijkkracht.test", name: "Platformbeheer", role: "platform_admin" },
  { key: "coordinator2", email: "coordinator2@wijkkracht.test", name: "Ahmed Yilmaz", role: "coordinator", region: "aa" },
];

// ───────────────────────── O&I budgets ─────────────────────────

export type BudgetSeed = {
  region: RegionKey;
  insurer: InsurerKey;
  year: number;
  fundingTitle: FundingTitle;
  rateCents: number;
  basisPatients: number;
  contractReference: string;
};

/** Per insurer and region: insured registered patients per year and the rate per patient per title. */
const BUDGET_BASES: readonly {
  region: RegionKey;
  insurer: InsurerKey;
  contractReference: string;
  patients: Record<2025 | 2026, number>;
  rates: Record<"regiomanagement" | "wijkmanagement" | "praktijkmanagement" | "digitalisering", Record<2025 | 2026, number>>;
}[] = [
  {
    region: "zw",
    insurer: "noordwest",
    contractReference: "ZN-2025-ZW-01",
    patients: { 2025: 248_000, 2026: 250_000 },
    rates: {
      regiomanagement: { 2025: 190, 2026: 194 },
      wijkmanagement: { 2025: 120, 2026: 128 },
      praktijkmanagement: { 2025: 80, 2026: 84 },
      digitalisering: { 2025: 45, 2026: 50 },
    },
  },
  {
    region: "aa",
    insurer: "amstelzorg",
    contractReference: "AZ-2025-AM-01",
    patients: { 2025: 88_000, 2026: 89_500 },
    rates: {
      regiomanagement: { 2025: 185, 2026: 190 },
      wijkmanagement: { 2025: 115, 2026: 122 },
      praktijkmanagement: { 2025: 78, 2026: 82 },
      digitalisering: { 2025: 40, 2026: 46 },
    },
  },
  {
    region: "aa",
    insurer: "noordwest",
    contractReference: "ZN-2025-AM-02",
    patients: { 2025: 41_000, 2026: 41_600 },
    rates: {
      regiomanagement: { 2025: 190, 2026: 194 },
      wijkmanagement: { 2025: 120, 2026: 128 },
      praktijkmanagement: { 2025: 80, 2026: 84 },
      digitalisering: { 2025: 45, 2026: 50 },
    },
  },
];

export const BUDGETS: readonly BudgetSeed[] = BUDGET_BASES.flatMap((base) =>
  ([2025, 2026] as const).flatMap((year) =>
    (["regiomanagement", "wijkmanagement", "praktijkmanagement", "digitalisering"] as const).map((fundingTitle) => ({
      region: base.region,
      insurer: base.insurer,
      year,
      fundingTitle,
      rateCents: base.rates[fundingTitle][year],
      basisPatients: base.patients[year],
      contractReference: base.contractReference,
    })),
  ),
);

export type ExpenditureSeed = {
  date: string;
  amountCents: number;
  description: string;
  category: string;
  evidenceReference?: string;
  status: ExpenditureStatus;
  /** Set for statuses other than concept. */
  submittedAt?: string;
  /** Set for reviewed statuses (goedgekeurd, vraag_gesteld, afgewezen). */
  reviewedAt?: string;
  reviewerRemarks?: string;
};

export type AllocationSeed = {
  region: RegionKey;
  insurer: InsurerKey;
  year: number;
  fundingTitle: FundingTitle;
  amountCents: number;
  note: string;
  /** Exactly one of these two. */
  wijkverband?: string;
  initiative?: string;
  expenditures: ExpenditureSeed[];
};

export const ALLOCATIONS: readonly AllocationSeed[] = [
  // ── Zaanstreek-Waterland, 2025 ──
  {
    region: "zw",
    insurer: "noordwest",
    year: 2025,
    fundingTitle: "wijkmanagement",
    amountCents: 6_000_000,
    wijkverband: "zaandam-zuid",
    note: "Wijkcoördinatie en MDO-voorzitterschap 2025",
    expenditures: [
      {
        date: "2025-06-30",
        amountCents: 2_850_000,
        description: "Wijkcoördinator 0,4 fte, eerste halfjaar",
        category: "personeel",
        evidenceReference: "Urenverantwoording H1 2025",
        status: "goedgekeurd",
        submittedAt: "2025-07-08T10:15:00Z",
        reviewedAt: "2025-07-22T13:40:00Z",
      },
      {
        date: "2025-12-31",
        amountCents: 2_900_000,
        description: "Wijkcoördinator 0,4 fte, tweede halfjaar",
        category: "personeel",
        evidenceReference: "Urenverantwoording H2 2025",
        status: "goedgekeurd",
        submittedAt: "2026-01-12T09:05:00Z",
        reviewedAt: "2026-01-28T15:20:00Z",
      },
    ],
  },
  {
    region: "zw",
    insurer: "noordwest",
    year: 2025,
    fundingTitle: "wijkmanagement",
    amountCents: 6_000_000,
    wijkverband: "zaandam-noord-oost",
    note: "Wijkcoördinatie 2025",
    expenditures: [
      {
        date: "2025-12-31",
        amountCents: 5_400_000,
        description: "Wijkcoördinator en secretariële ondersteuning 2025",
        category: "personeel",
        evidenceReference: "Factuur WNO-2025-12",
        status: "goedgekeurd",
        submittedAt: "2026-01-15T11:00:00Z",
        reviewedAt: "2026-02-03T10:30:00Z",
      },
    ],
  },
  {
    region: "zw",
    insurer: "noordwest",
    year: 2025,
    fundingTitle: "wijkmanagement",
    amountCents: 5_500_000,
    wijkverband: "wormerveer-krommenie",
    note: "Wijkcoördinatie 2025",
    expenditures: [
      {
        date: "2025-12-31",
        amountCents: 5_200_000,
        description: "Wijkcoördinator 0,35 fte en wijkbijeenkomsten",
        category: "personeel",
        evidenceReference: "Urenverantwoording 2025",
        status: "goedgekeurd",
        submittedAt: "2026-01-20T08:45:00Z",
        reviewedAt: "2026-02-10T14:00:00Z",
      },
    ],
  },
  {
    region: "zw",
    insurer: "noordwest",
    year: 2025,
    fundingTitle: "wijkmanagement",
    amountCents: 5_500_000,
    wijkverband: "purmerend-centrum-overwhere",
    note: "Wijkcoördinatie 2025",
    expenditures: [],
  },
  {
    region: "zw",
    insurer: "noordwest",
    year: 2025,
    fundingTitle: "regiomanagement",
    amountCents: 4_000_000,
    initiative: "welzijn-op-recept",
    note: "Projectleiding uitrol Welzijn op Recept",
    expenditures: [
      {
        date: "2025-09-30",
        amountCents: 1_800_000,
        description: "Projectleider Welzijn op Recept, Q2–Q3",
        category: "inhuur",
        evidenceReference: "Factuur 2025-0142",
        status: "goedgekeurd",
        submittedAt: "2025-10-06T09:30:00Z",
        reviewedAt: "2025-10-21T11:10:00Z",
      },
      {
        date: "2025-12-31",
        amountCents: 1_450_000,
        description: "Projectleider Welzijn op Recept, Q4, en scholing welzijnscoaches",
        category: "inhuur",
        evidenceReference: "Factuur 2025-0217",
        status: "goedgekeurd",
        submittedAt: "2026-01-09T10:00:00Z",
        reviewedAt: "2026-01-26T16:45:00Z",
      },
    ],
  },
  {
    region: "zw",
    insurer: "noordwest",
    year: 2025,
    fundingTitle: "digitalisering",
    amountCents: 6_500_000,
    initiative: "digitale-triage",
    note: "Licenties en implementatie e-consult",
    expenditures: [
      {
        date: "2025-11-30",
        amountCents: 4_100_000,
        description: "Licenties triagemodule en e-consult, 24 praktijken",
        category: "ict-licenties",
        evidenceReference: "Factuur LIC-25-0881",
        status: "goedgekeurd",
        submittedAt: "2025-12-05T13:00:00Z",
        reviewedAt: "2025-12-19T09:15:00Z",
      },
      {
        date: "2025-12-31",
        amountCents: 1_900_000,
        description: "Implementatiebegeleiding en training assistenten",
        category: "scholing",
        evidenceReference: "Factuur IMP-25-112",
        status: "afgewezen",
        submittedAt: "2026-01-14T10:20:00Z",
        reviewedAt: "2026-02-02T12:00:00Z",
        reviewerRemarks:
          "Training valt onder de praktijkvoering en niet onder O&I digitalisering; graag opnemen in de begroting praktijkmanagement.",
      },
    ],
  },
  // ── Zaanstreek-Waterland, 2026 ──
  {
    region: "zw",
    insurer: "noordwest",
    year: 2026,
    fundingTitle: "wijkmanagement",
    amountCents: 6_500_000,
    wijkverband: "zaandam-zuid",
    note: "Wijkcoördinatie 2026",
    expenditures: [
      {
        date: "2026-06-30",
        amountCents: 3_100_000,
        description: "Wijkcoördinator 0,4 fte, eerste halfjaar",
        category: "personeel",
        evidenceReference: "Urenverantwoording H1 2026",
        status: "goedgekeurd",
        submittedAt: "2026-07-06T09:00:00Z",
        reviewedAt: "2026-07-20T10:45:00Z",
      },
      {
        date: "2026-09-30",
        amountCents: 1_550_000,
        description: "Wijkcoördinator 0,4 fte, derde kwartaal",
        category: "personeel",
        evidenceReference: "Urenverantwoording Q3 2026",
        status: "ingediend",
        submittedAt: "2026-10-07T08:30:00Z",
      },
    ],
  },
  {
    region: "zw",
    insurer: "noordwest",
    year: 2026,
    fundingTitle: "wijkmanagement",
    amountCents: 4_500_000,
    wijkverband: "weidevenne",
    note: "Opbouw wijkverband Weidevenne en werving sociaal-domeinpartner",
    expenditures: [
      {
        date: "2026-09-30",
        amountCents: 1_200_000,
        description: "Kwartiermaker wijkverband Weidevenne",
        category: "inhuur",
        evidenceReference: "Factuur KW-2026-03",
        status: "vraag_gesteld",
        submittedAt: "2026-10-02T14:10:00Z",
        reviewedAt: "2026-10-16T09:50:00Z",
        reviewerRemarks:
          "Kunt u de urenspecificatie per maand toevoegen? Het factuurbedrag wijkt af van het afgesproken uurtarief.",
      },
    ],
  },
  {
    region: "zw",
    insurer: "noordwest",
    year: 2026,
    fundingTitle: "regiomanagement",
    amountCents: 8_000_000,
    initiative: "proactieve-zorgplanning",
    note: "Programmaleiding ouderenzorg",
    expenditures: [
      {
        date: "2026-06-30",
        amountCents: 3_600_000,
        description: "Programmaleider ouderenzorg, eerste halfjaar",
        category: "personeel",
        evidenceReference: "Urenverantwoording H1 2026",
        status: "goedgekeurd",
        submittedAt: "2026-07-03T11:30:00Z",
        reviewedAt: "2026-07-17T13:05:00Z",
      },
      {
        date: "2026-10-31",
        amountCents: 1_250_000,
        description: "Scholing proactieve zorgplanning voor POH-ouderen",
        category: "scholing",
        evidenceReference: "Factuur SCH-2026-044",
        status: "ingediend",
        submittedAt: "2026-11-04T10:00:00Z",
      },
      {
        date: "2026-11-15",
        amountCents: 480_000,
        description: "Zaalhuur en catering regionale ouderenzorgdag",
        category: "bijeenkomsten",
        status: "concept",
      },
    ],
  },
  {
    region: "zw",
    insurer: "noordwest",
    year: 2026,
    fundingTitle: "praktijkmanagement",
    amountCents: 12_000_000,
    initiative: "praktijkmanagement-pool",
    note: "Pool van praktijkmanagers voor kleine praktijken",
    expenditures: [
      {
        date: "2026-03-31",
        amountCents: 2_700_000,
        description: "Praktijkmanagers pool, Q1 (3 fte)",
        category: "personeel",
        evidenceReference: "Urenverantwoording Q1 2026",
        status: "goedgekeurd",
        submittedAt: "2026-04-08T09:20:00Z",
        reviewedAt: "2026-04-22T10:00:00Z",
      },
      {
        date: "2026-06-30",
        amountCents: 2_750_000,
        description: "Praktijkmanagers pool, Q2 (3 fte)",
        category: "personeel",
        evidenceReference: "Urenverantwoording Q2 2026",
        status: "goedgekeurd",
        submittedAt: "2026-07-07T09:10:00Z",
        reviewedAt: "2026-07-21T15:30:00Z",
      },
      {
        date: "2026-09-30",
        amountCents: 2_950_000,
        description: "Praktijkmanagers pool, Q3 (3,2 fte)",
        category: "personeel",
        evidenceReference: "Urenverantwoording Q3 2026",
        status: "vraag_gesteld",
        submittedAt: "2026-10-06T09:00:00Z",
        reviewedAt: "2026-10-19T11:25:00Z",
        reviewerRemarks: "De uitbreiding naar 3,2 fte staat niet in de afspraak. Graag een toelichting.",
      },
      {
        date: "2026-10-31",
        amountCents: 980_000,
        description: "Praktijkmanagers pool, oktober",
        category: "personeel",
        status: "concept",
      },
    ],
  },
  {
    region: "zw",
    insurer: "noordwest",
    year: 2026,
    fundingTitle: "digitalisering",
    amountCents: 5_000_000,
    initiative: "gegevensuitwisseling",
    note: "Koppeling wijkverpleging–huisarts",
    expenditures: [
      {
        date: "2026-08-31",
        amountCents: 1_750_000,
        description: "Koppelvlak overdracht wijkverpleging, fase 1",
        category: "ict-ontwikkeling",
        evidenceReference: "Factuur ICT-26-0310",
        status: "ingediend",
        submittedAt: "2026-09-10T13:45:00Z",
      },
    ],
  },
  // ── Amstelland ──
  {
    region: "aa",
    insurer: "amstelzorg",
    year: 2025,
    fundingTitle: "wijkmanagement",
    amountCents: 4_000_000,
    wijkverband: "elsrijk-randwijck",
    note: "Wijkcoördinatie 2025",
    expenditures: [
      {
        date: "2025-12-31",
        amountCents: 3_850_000,
        description: "Wijkcoördinator 0,3 fte en MDO-ondersteuning",
        category: "personeel",
        evidenceReference: "Urenverantwoording 2025",
        status: "goedgekeurd",
        submittedAt: "2026-01-16T10:00:00Z",
        reviewedAt: "2026-01-30T09:30:00Z",
      },
    ],
  },
  {
    region: "aa",
    insurer: "amstelzorg",
    year: 2026,
    fundingTitle: "wijkmanagement",
    amountCents: 3_800_000,
    wijkverband: "aalsmeer-kudelstaart",
    note: "Wijkcoördinatie 2026",
    expenditures: [
      {
        date: "2026-06-30",
        amountCents: 1_850_000,
        description: "Wijkcoördinator, eerste halfjaar",
        category: "personeel",
        evidenceReference: "Urenverantwoording H1 2026",
        status: "goedgekeurd",
        submittedAt: "2026-07-09T10:30:00Z",
        reviewedAt: "2026-07-24T14:00:00Z",
      },
    ],
  },
  {
    region: "aa",
    insurer: "noordwest",
    year: 2026,
    fundingTitle: "regiomanagement",
    amountCents: 2_500_000,
    initiative: "hechte-wijkverbanden-amstelveen",
    note: "Aandeel Zorgverzekeraar Noordwest in programmaleiding wijkverbanden",
    expenditures: [
      {
        date: "2026-06-30",
        amountCents: 1_100_000,
        description: "Programmaleider wijkverbanden, eerste halfjaar (aandeel Noordwest)",
        category: "personeel",
        evidenceReference: "Urenverantwoording H1 2026",
        status: "vraag_gesteld",
        submittedAt: "2026-07-10T09:00:00Z",
        reviewedAt: "2026-07-28T10:15:00Z",
        reviewerRemarks: "Welke verdeelsleutel tussen de verzekeraars is gebruikt?",
      },
      {
        date: "2026-09-30",
        amountCents: 560_000,
        description: "Programmaleider wijkverbanden, derde kwartaal (aandeel Noordwest)",
        category: "personeel",
        evidenceReference: "Urenverantwoording Q3 2026",
        status: "ingediend",
        submittedAt: "2026-10-08T11:40:00Z",
      },
    ],
  },
  {
    region: "aa",
    insurer: "amstelzorg",
    year: 2026,
    fundingTitle: "digitalisering",
    amountCents: 3_000_000,
    initiative: "thuismonitoring",
    note: "Pilot thuismonitoring",
    expenditures: [
      {
        date: "2026-10-31",
        amountCents: 900_000,
        description: "Licenties thuismonitoringplatform, pilotjaar",
        category: "ict-licenties",
        status: "concept",
      },
    ],
  },
];

// ───────────────────────── regioplan ─────────────────────────

export type IndicatorSeed = {
  name: string;
  unit: string;
  baseline?: number;
  target: number;
  direction: IndicatorDirection;
  /** [period label, value]; the period end date is derived from the label. */
  measurements: [string, number][];
};

export type ParticipantSeed = { wijkverband: string } | { practice: string } | { organisation: PartnerKey };

export type InitiativeSeed = {
  key: string;
  theme: string;
  title: string;
  description: string;
  ownerName: string;
  phase: InitiativePhase;
  startDate: string;
  endDate: string;
  indicators: IndicatorSeed[];
  /** [title, due date, done at (ISO timestamp) or null]. */
  milestones: [string, string, string | null][];
  participants?: ParticipantSeed[];
};

export type ThemeSeed = {
  key: string;
  name: string;
  type: ThemeType;
  clientGroup?: ClientGroup;
  izaGoals: string[];
  priority: number;
  rationale: string;
};

export type PlanSeed = {
  region: RegionKey;
  title: string;
  periodStart: number;
  periodEnd: number;
  status: PlanStatus;
  currentVersion: number;
  summary: string;
  themes: ThemeSeed[];
  initiatives: InitiativeSeed[];
};

export const PLANS: readonly PlanSeed[] = [
  {
    region: "zw",
    title: "Regioplan 2025–2028",
    periodStart: 2025,
    periodEnd: 2028,
    status: "ter_consultatie",
    currentVersion: 0,
    summary:
      "Samen met huisartsen, wijkverpleging, apotheken, het sociaal domein en het ziekenhuis werken we aan hechte wijkverbanden in de Zaanstreek en Waterland. De vijf opgaven volgen uit het regiobeeld: een snel groeiende groep kwetsbare ouderen, toenemende mentale en sociale hulpvragen, en krapte op de arbeidsmarkt.",
    themes: [
      {
        key: "ouderen",
        name: "Kwetsbare ouderen langer goed thuis",
        type: "doelgroep",
        clientGroup: "zorg_en_hulpvraag",
        izaGoals: ["passende-zorg", "wijkverbanden", "sociaal-domein"],
        priority: 1,
        rationale:
          "Het aantal 80-plussers in Zaanstad en Purmerend groeit tot 2030 met ruim een derde; acute opnames en crisisplaatsingen nemen toe.",
      },
      {
        key: "mentaal",
        name: "Mentale gezondheid en sociale hulpvragen",
        type: "doelgroep",
        clientGroup: "hulpvraag",
        izaGoals: ["sociaal-domein", "passende-zorg"],
        priority: 2,
        rationale:
          "Een kwart van de consulten in de huisartsenpraktijk heeft een sociale of psychische achtergrond; verwijzing naar welzijn en wijkteam kan beter.",
      },
      {
        key: "chronisch",
        name: "Chronische zorg en leefstijl",
        type: "doelgroep",
        clientGroup: "zorgvraag",
        izaGoals: ["passende-zorg", "capaciteit"],
        priority: 3,
        rationale:
          "Ketenzorg is goed georganiseerd, maar leefstijlinterventies bereiken te weinig mensen in de wijken met de grootste gezondheidsachterstand.",
      },
      {
        key: "capaciteit",
        name: "Arbeidsmarkt en capaciteit",
        type: "randvoorwaardelijk",
        izaGoals: ["capaciteit"],
        priority: 2,
        rationale:
          "Twaalf praktijken hebben een openstaande vacature voor assistent of POH; drie praktijkhouders gaan binnen vijf jaar met pensioen.",
      },
      {
        key: "digitaal",
        name: "Digitalisering en gegevensuitwisseling",
        type: "randvoorwaardelijk",
        izaGoals: ["passende-zorg", "capaciteit", "wijkverbanden"],
        priority: 3,
        rationale: "Digitale triage en overdracht tussen huisarts en wijkverpleging besparen tijd en voorkomen fouten.",
      },
    ],
    initiatives: [
      {
        key: "proactieve-zorgplanning",
        theme: "ouderen",
        title: "Proactieve zorgplanning bij kwetsbare ouderen",
        description:
          "Huisarts, POH-ouderen en wijkverpleegkundige voeren met kwetsbare ouderen een gesprek over wensen en grenzen, en leggen de afspraken vast in een gedeeld zorgplan.",
        ownerName: "Marieke Koster",
        phase: "opschalen",
        startDate: "2025-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Kwetsbare ouderen met vastgelegde proactieve zorgplanning",
            unit: "%",
            baseline: 18,
            target: 60,
            direction: "increase",
            measurements: [
              ["2025-Q2", 24],
              ["2025-Q4", 33],
              ["2026-Q2", 41],
              ["2026-Q3", 45],
            ],
          },
          {
            name: "Praktijken die werken met het gedeelde zorgplan",
            unit: "aantal",
            baseline: 6,
            target: 27,
            direction: "increase",
            measurements: [
              ["2025-Q4", 11],
              ["2026-Q2", 16],
              ["2026-Q3", 19],
            ],
          },
        ],
        milestones: [
          ["Scholing POH-ouderen afgerond", "2025-06-30", "2025-06-24T15:00:00Z"],
          ["Gedeeld zorgplan in alle Zaanse wijkverbanden", "2026-09-30", null],
          ["Evaluatie met ziekenhuis en VVT", "2027-03-31", null],
        ],
        participants: [
          { wijkverband: "zaandam-zuid" },
          { wijkverband: "koog-zaandijk" },
          { organisation: "thuiszorg_waterland" },
          { organisation: "ziekenhuis_zaanland" },
        ],
      },
      {
        key: "mdo-ouderen",
        theme: "ouderen",
        title: "Multidisciplinair overleg ouderen in elk wijkverband",
        description:
          "Een vast maandelijks MDO per wijkverband met huisarts, wijkverpleging, apotheek, specialist ouderengeneeskunde en sociaal wijkteam.",
        ownerName: "Sanne de Vries",
        phase: "borgen",
        startDate: "2024-09-01",
        endDate: "2026-12-31",
        indicators: [
          {
            name: "Wijkverbanden met maandelijks MDO",
            unit: "aantal",
            baseline: 2,
            target: 8,
            direction: "increase",
            measurements: [
              ["2025-Q1", 3],
              ["2025-Q3", 5],
              ["2026-Q1", 6],
              ["2026-Q3", 7],
            ],
          },
        ],
        milestones: [
          ["MDO-format en verslaglegging vastgesteld", "2024-12-31", "2024-12-12T10:00:00Z"],
          ["MDO in Weidevenne gestart", "2026-06-30", null],
        ],
        participants: [
          { wijkverband: "zaandam-noord-oost" },
          { wijkverband: "wormerveer-krommenie" },
          { wijkverband: "weidevenne" },
        ],
      },
      {
        key: "valpreventie",
        theme: "ouderen",
        title: "Valpreventie in de wijk",
        description:
          "Fysiotherapeuten en welzijnswerk bieden in buurthuizen een valpreventietraining aan voor thuiswonende ouderen met een verhoogd valrisico.",
        ownerName: "Tom Hendriks",
        phase: "ontwikkelen",
        startDate: "2026-01-01",
        endDate: "2027-06-30",
        indicators: [
          {
            name: "Deelnemers valpreventietraining",
            unit: "aantal",
            baseline: 0,
            target: 240,
            direction: "increase",
            measurements: [
              ["2026-Q2", 36],
              ["2026-Q3", 58],
            ],
          },
        ],
        milestones: [
          ["Trainers opgeleid", "2026-03-31", "2026-03-27T16:00:00Z"],
          ["Training in vier buurthuizen", "2026-09-30", null],
        ],
        participants: [
          { practice: "Fysiotherapie Zaans Zuid" },
          { practice: "Fysiotherapie Wormerveer" },
          { organisation: "welzijn_zaanstad" },
        ],
      },
      {
        key: "medicatiebeoordeling",
        theme: "ouderen",
        title: "Medicatiebeoordeling bij thuiswonende ouderen",
        description:
          "Apotheker en huisarts beoordelen samen de medicatie van ouderen met polyfarmacie, met extra aandacht voor valrisicoverhogende middelen.",
        ownerName: "Lotte van Leeuwen",
        phase: "opschalen",
        startDate: "2025-03-01",
        endDate: "2026-12-31",
        indicators: [
          {
            name: "Uitgevoerde medicatiebeoordelingen",
            unit: "aantal per kwartaal",
            baseline: 60,
            target: 180,
            direction: "increase",
            measurements: [
              ["2025-Q2", 72],
              ["2025-Q4", 110],
              ["2026-Q2", 138],
              ["2026-Q3", 151],
            ],
          },
        ],
        milestones: [["Afspraken huisarts-apotheek per wijkverband", "2025-09-30", "2025-10-14T09:00:00Z"]],
        participants: [
          { practice: "Apotheek Zaandam-Zuid" },
          { practice: "Apotheek Krommenie" },
          { practice: "Apotheek Purmerend-Centrum" },
        ],
      },
      {
        key: "welzijn-op-recept",
        theme: "mentaal",
        title: "Welzijn op Recept in alle wijkverbanden",
        description:
          "De huisarts of POH verwijst mensen met psychosociale klachten naar een welzijnscoach. We breiden uit van twee naar alle wijkverbanden.",
        ownerName: "Nadia Ouali",
        phase: "opschalen",
        startDate: "2025-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Verwijzingen naar een welzijnscoach",
            unit: "aantal per kwartaal",
            baseline: 40,
            target: 150,
            direction: "increase",
            measurements: [
              ["2025-Q1", 44],
              ["2025-Q3", 71],
              ["2026-Q1", 96],
              ["2026-Q3", 118],
            ],
          },
          {
            name: "Wijkverbanden met Welzijn op Recept",
            unit: "aantal",
            baseline: 2,
            target: 8,
            direction: "increase",
            measurements: [
              ["2025-Q4", 4],
              ["2026-Q3", 5],
            ],
          },
        ],
        milestones: [
          ["Welzijnscoaches in Purmerend beschikbaar", "2025-09-01", "2025-08-28T12:00:00Z"],
          ["Welzijn op Recept in Weidevenne", "2026-06-30", null],
        ],
        participants: [
          { organisation: "welzijn_zaanstad" },
          { organisation: "welzijn_purmerend" },
          { wijkverband: "wormerveer-krommenie" },
          { wijkverband: "zaandam-zuid" },
        ],
      },
      {
        key: "poh-ggz-jeugd",
        theme: "mentaal",
        title: "POH-GGZ Jeugd in de huisartsenpraktijk",
        description:
          "Een POH-GGZ jeugd in de praktijk voor lichte psychische klachten bij kinderen en jongeren, in samenwerking met het jeugdteam.",
        ownerName: "Dr. Pieter Bakker",
        phase: "ontwikkelen",
        startDate: "2026-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Huisartsenpraktijken met POH-GGZ Jeugd",
            unit: "%",
            baseline: 10,
            target: 50,
            direction: "increase",
            measurements: [
              ["2026-Q1", 12],
              ["2026-Q2", 15],
              ["2026-Q3", 19],
            ],
          },
        ],
        milestones: [
          ["Financiering met gemeente Zaanstad rond", "2026-03-31", "2026-04-15T10:30:00Z"],
          ["Eerste vijf praktijken gestart", "2026-09-30", null],
        ],
        participants: [{ organisation: "jeugd_zaanstad" }, { practice: DEMO_HUISARTS_PRACTICE }],
      },
      {
        key: "stepped-care-wijkteam",
        theme: "mentaal",
        title: "Samenwerking huisarts en sociaal wijkteam",
        description:
          "Vaste contactpersoon van het sociaal wijkteam per praktijk en een gezamenlijk spreekuur, zodat hulpvragen sneller bij de juiste partij terechtkomen.",
        ownerName: "Erik Mulder",
        phase: "ontwikkelen",
        startDate: "2025-09-01",
        endDate: "2027-06-30",
        indicators: [
          {
            name: "Praktijken met vaste contactpersoon sociaal wijkteam",
            unit: "aantal",
            baseline: 4,
            target: 24,
            direction: "increase",
            measurements: [
              ["2025-Q4", 7],
              ["2026-Q2", 12],
              ["2026-Q3", 14],
            ],
          },
        ],
        milestones: [
          ["Werkafspraken met sociaal wijkteam vastgesteld", "2025-12-31", "2025-12-18T14:00:00Z"],
          ["Gezamenlijk spreekuur in Zaandam-Noord en -Oost", "2026-04-30", null],
        ],
        participants: [{ organisation: "swt_zaanstad" }, { wijkverband: "zaandam-noord-oost" }],
      },
      {
        key: "geldzorgen",
        theme: "mentaal",
        title: "Geldzorgen signaleren in de praktijk",
        description:
          "Assistenten en POH's leren geldzorgen te herkennen en bespreekbaar te maken, met een warme overdracht naar schuldhulpverlening.",
        ownerName: "Nadia Ouali",
        phase: "ontwikkelen",
        startDate: "2026-02-01",
        endDate: "2027-01-31",
        indicators: [
          {
            name: "Praktijken getraind in signaleren van geldzorgen",
            unit: "aantal",
            baseline: 0,
            target: 20,
            direction: "increase",
            measurements: [
              ["2026-Q2", 5],
              ["2026-Q3", 9],
            ],
          },
        ],
        milestones: [["Trainingsprogramma met schuldhulp ontwikkeld", "2026-04-30", "2026-04-29T11:00:00Z"]],
        participants: [{ organisation: "schuldhulp_zw" }, { wijkverband: "koog-zaandijk" }],
      },
      {
        key: "gli",
        theme: "chronisch",
        title: "Gecombineerde leefstijlinterventie dichtbij",
        description:
          "Meer GLI-aanbieders in de wijken met de grootste gezondheidsachterstand, en een eenvoudige verwijsroute vanuit de praktijk.",
        ownerName: "Tom Hendriks",
        phase: "opschalen",
        startDate: "2025-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Deelnemers GLI",
            unit: "aantal",
            baseline: 120,
            target: 400,
            direction: "increase",
            measurements: [
              ["2025-Q2", 150],
              ["2025-Q4", 196],
              ["2026-Q2", 241],
              ["2026-Q3", 262],
            ],
          },
        ],
        milestones: [
          ["GLI-aanbod in Poelenburg en Peldersveld", "2025-12-31", "2025-11-20T09:00:00Z"],
          ["Verwijsroute in alle HIS-en beschikbaar", "2026-06-30", null],
        ],
        participants: [{ practice: "Diëtistenpraktijk Zaanstreek" }, { practice: "Fysiotherapie Kogerveld" }],
      },
      {
        key: "diabetes-dichtbij",
        theme: "chronisch",
        title: "Diabeteszorg dichtbij met de POH",
        description:
          "Behoud van de kwaliteit van de diabetesketenzorg, met minder verwijzingen naar de tweede lijn door consultatie van de internist.",
        ownerName: "Dr. Anouk Vermeer",
        phase: "borgen",
        startDate: "2024-01-01",
        endDate: "2026-12-31",
        indicators: [
          {
            name: "Patiënten in ketenzorg met HbA1c binnen streefwaarde",
            unit: "%",
            baseline: 72,
            target: 72,
            direction: "maintain",
            measurements: [
              ["2025-Q2", 73],
              ["2025-Q4", 71],
              ["2026-Q2", 72],
            ],
          },
        ],
        milestones: [["Consultatieafspraken met internisten Ziekenhuis Zaanland", "2025-03-31", "2025-03-20T13:00:00Z"]],
        participants: [{ organisation: "ziekenhuis_zaanland" }],
      },
      {
        key: "kansrijke-start",
        theme: "chronisch",
        title: "Kansrijke Start in Purmerend",
        description:
          "Verloskundigen, huisartsen en jeugdgezondheidszorg signaleren kwetsbare zwangeren eerder en bieden samen ondersteuning.",
        ownerName: "Annemiek Schouten",
        phase: "ontwikkelen",
        startDate: "2026-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Zwangeren met een gesprek over leefomstandigheden",
            unit: "%",
            baseline: 30,
            target: 80,
            direction: "increase",
            measurements: [
              ["2026-Q1", 34],
              ["2026-Q2", 41],
              ["2026-Q3", 47],
            ],
          },
        ],
        milestones: [["Verwijsafspraken verloskunde–sociaal wijkteam", "2026-03-31", null]],
        participants: [{ practice: "Verloskundigenpraktijk Waterland" }, { organisation: "swt_purmerend" }],
      },
      {
        key: "praktijkmanagement-pool",
        theme: "capaciteit",
        title: "Pool van praktijkmanagers voor kleine praktijken",
        description:
          "Kleine praktijken delen een praktijkmanager uit een regionale pool, zodat praktijkhouders meer tijd hebben voor patiëntenzorg.",
        ownerName: "Sanne de Vries",
        phase: "opschalen",
        startDate: "2025-06-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Praktijken aangesloten bij de pool",
            unit: "aantal",
            baseline: 3,
            target: 15,
            direction: "increase",
            measurements: [
              ["2025-Q3", 5],
              ["2025-Q4", 7],
              ["2026-Q2", 10],
              ["2026-Q3", 11],
            ],
          },
        ],
        milestones: [
          ["Pool operationeel met drie praktijkmanagers", "2025-09-01", "2025-09-01T08:00:00Z"],
          ["Tevredenheidsmeting praktijkhouders", "2026-06-30", null],
        ],
      },
      {
        key: "opleiden",
        theme: "capaciteit",
        title: "Regionaal opleiden van assistenten en POH's",
        description: "Meer stageplaatsen en een regionale opleidingscoördinator, in samenwerking met het ROC en de hogeschool.",
        ownerName: "Karin Dekker",
        phase: "borgen",
        startDate: "2024-09-01",
        endDate: "2027-08-31",
        indicators: [
          {
            name: "Stageplaatsen doktersassistent",
            unit: "aantal",
            baseline: 14,
            target: 30,
            direction: "increase",
            measurements: [
              ["2025-Q1", 17],
              ["2025-Q3", 22],
              ["2026-Q1", 25],
              ["2026-Q3", 28],
            ],
          },
          {
            name: "Openstaande vacatures assistent en POH",
            unit: "aantal",
            baseline: 12,
            target: 4,
            direction: "decrease",
            measurements: [
              ["2025-Q2", 11],
              ["2025-Q4", 9],
              ["2026-Q2", 8],
            ],
          },
        ],
        milestones: [["Opleidingscoördinator aangesteld", "2024-12-01", "2024-11-25T09:00:00Z"]],
      },
      {
        key: "taakherschikking",
        theme: "capaciteit",
        title: "Verpleegkundig specialist in de huisartsenpraktijk",
        description: "Drie praktijken experimenteren met een verpleegkundig specialist voor ouderen en chronische zorg.",
        ownerName: "Dr. Anouk Vermeer",
        phase: "ontwikkelen",
        startDate: "2026-03-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Praktijken met verpleegkundig specialist",
            unit: "aantal",
            baseline: 0,
            target: 3,
            direction: "increase",
            measurements: [
              ["2026-Q2", 1],
              ["2026-Q3", 1],
            ],
          },
        ],
        milestones: [
          ["Werving verpleegkundig specialisten", "2026-06-30", null],
          ["Tussenevaluatie", "2027-01-31", null],
        ],
        participants: [{ practice: "Gezondheidscentrum Krommenie" }, { practice: "Huisartsenpraktijk Kaasmarkt" }],
      },
      {
        key: "digitale-triage",
        theme: "digitaal",
        title: "Digitale triage en e-consult",
        description:
          "Alle praktijken bieden e-consult en digitale triage aan; assistenten worden getraind in het afhandelen van digitale vragen.",
        ownerName: "Jeroen Vos",
        phase: "opschalen",
        startDate: "2025-01-01",
        endDate: "2026-12-31",
        indicators: [
          {
            name: "Aandeel contacten via e-consult",
            unit: "%",
            baseline: 8,
            target: 20,
            direction: "increase",
            measurements: [
              ["2025-Q1", 9],
              ["2025-Q3", 12],
              ["2026-Q1", 15],
              ["2026-Q3", 17],
            ],
          },
          {
            name: "Telefonische wachttijd ochtendspits",
            unit: "minuten",
            baseline: 14,
            target: 6,
            direction: "decrease",
            measurements: [
              ["2025-Q2", 12],
              ["2025-Q4", 10],
              ["2026-Q2", 9],
            ],
          },
        ],
        milestones: [
          ["Aanbesteding triagemodule afgerond", "2025-04-30", "2025-04-22T10:00:00Z"],
          ["Alle praktijken live", "2026-03-31", null],
        ],
      },
      {
        key: "gegevensuitwisseling",
        theme: "digitaal",
        title: "Gegevensuitwisseling wijkverpleging en huisarts",
        description:
          "Digitale overdracht en een gedeeld dossier voor wijkverpleging en huisarts, volgens de landelijke afspraken voor gegevensuitwisseling.",
        ownerName: "Jeroen Vos",
        phase: "ontwikkelen",
        startDate: "2026-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Wijkverbanden met digitale overdracht",
            unit: "aantal",
            baseline: 0,
            target: 8,
            direction: "increase",
            measurements: [
              ["2026-Q2", 1],
              ["2026-Q3", 2],
            ],
          },
        ],
        milestones: [
          ["Koppeling getest in Zaandam-Zuid", "2026-06-30", "2026-07-08T14:00:00Z"],
          ["Uitrol naar Purmerend", "2026-10-31", null],
        ],
        participants: [
          { wijkverband: "zaandam-zuid" },
          { organisation: "thuiszorg_waterland" },
          { practice: "Wijkverpleegteam Zaandam-Zuid" },
        ],
      },
      {
        key: "regio-app",
        theme: "digitaal",
        title: "Eigen regionale afspraken-app",
        description:
          "De regionale app voor afspraken wordt uitgefaseerd: de landelijke apps van de huisartsinformatiesystemen bieden dezelfde functies.",
        ownerName: "Jeroen Vos",
        phase: "stoppen",
        startDate: "2023-01-01",
        endDate: "2025-12-31",
        indicators: [
          {
            name: "Actieve gebruikers regionale app",
            unit: "aantal",
            baseline: 5200,
            target: 0,
            direction: "decrease",
            measurements: [
              ["2025-Q1", 4100],
              ["2025-Q3", 1900],
              ["2025-Q4", 600],
            ],
          },
        ],
        milestones: [
          ["Gebruikers geïnformeerd over overstap", "2025-06-30", "2025-06-15T09:00:00Z"],
          ["App uit de stores gehaald", "2025-12-31", "2025-12-30T16:00:00Z"],
        ],
      },
    ],
  },
  {
    region: "aa",
    title: "Regioplan 2025–2028",
    periodStart: 2025,
    periodEnd: 2028,
    status: "vastgesteld",
    currentVersion: 1,
    summary:
      "Het regioplan van Zorgnetwerk Amstelland richt zich op ouderen, jeugd en gezin, en hechte wijkverbanden in Amstelveen, Aalsmeer, Ouder-Amstel en Uithoorn. Vastgesteld door de ledenraad, met instemming van de preferente zorgverzekeraar en de vier gemeenten.",
    themes: [
      {
        key: "ouderen",
        name: "Ouderen en dementie",
        type: "doelgroep",
        clientGroup: "zorg_en_hulpvraag",
        izaGoals: ["passende-zorg", "wijkverbanden"],
        priority: 1,
        rationale:
          "Amstelveen en Uithoorn hebben een bovengemiddeld aandeel 80-plussers; het aantal mensen met dementie verdubbelt tot 2040.",
      },
      {
        key: "jeugd",
        name: "Jeugd en gezin",
        type: "doelgroep",
        clientGroup: "hulpvraag",
        izaGoals: ["sociaal-domein", "passende-zorg"],
        priority: 2,
        rationale: "Lange wachttijden in de jeugd-GGZ; veel hulpvragen kunnen eerder en lichter worden opgevangen.",
      },
      {
        key: "wijkaanpak",
        name: "Integrale wijkaanpak",
        type: "randvoorwaardelijk",
        izaGoals: ["wijkverbanden", "sociaal-domein"],
        priority: 2,
        rationale: "Twee van de zes wijkverbanden missen nog een vaste partner uit het sociaal domein of de wijkverpleging.",
      },
      {
        key: "digitaal",
        name: "Digitalisering en capaciteit",
        type: "randvoorwaardelijk",
        izaGoals: ["capaciteit", "passende-zorg"],
        priority: 3,
        rationale: "Zorg op afstand kan capaciteit vrijmaken bij huisarts en wijkverpleging.",
      },
    ],
    initiatives: [
      {
        key: "zorgleefplan",
        theme: "ouderen",
        title: "Eén zorgleefplan voor thuiswonende ouderen",
        description:
          "Huisarts, wijkverpleging en casemanager dementie werken vanuit één zorgleefplan dat de oudere zelf ook kan inzien.",
        ownerName: "Judith Verhoeven",
        phase: "borgen",
        startDate: "2024-06-01",
        endDate: "2026-12-31",
        indicators: [
          {
            name: "Kwetsbare ouderen met een gedeeld zorgleefplan",
            unit: "%",
            baseline: 25,
            target: 70,
            direction: "increase",
            measurements: [
              ["2025-Q2", 39],
              ["2025-Q4", 52],
              ["2026-Q2", 61],
              ["2026-Q3", 64],
            ],
          },
        ],
        milestones: [
          ["Zorgleefplan-format vastgesteld", "2024-10-31", "2024-10-30T10:00:00Z"],
          ["Evaluatie met ziekenhuis", "2026-10-31", null],
        ],
        participants: [
          { wijkverband: "elsrijk-randwijck" },
          { wijkverband: "westwijk" },
          { organisation: "ziekenhuis_amstelpoort" },
        ],
      },
      {
        key: "dementienetwerk",
        theme: "ouderen",
        title: "Dementienetwerk Aalsmeer-Uithoorn",
        description: "Een netwerk van casemanagers, huisartsen en welzijn voor mensen met dementie en hun mantelzorgers.",
        ownerName: "Wouter Maarse",
        phase: "opschalen",
        startDate: "2025-04-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Deelnemende huisartsenpraktijken",
            unit: "aantal",
            baseline: 2,
            target: 5,
            direction: "increase",
            measurements: [
              ["2025-Q3", 3],
              ["2026-Q1", 4],
              ["2026-Q3", 4],
            ],
          },
        ],
        milestones: [["Casemanager dementie in Uithoorn", "2026-03-31", null]],
        participants: [
          { wijkverband: "aalsmeer-kudelstaart" },
          { wijkverband: "uithoorn-de-kwakel" },
          { organisation: "thuiszorg_amstelland" },
        ],
      },
      {
        key: "jeugd-ggz-consultatie",
        theme: "jeugd",
        title: "Jeugd-GGZ-consultatie in de huisartsenpraktijk",
        description:
          "Huisartsen kunnen een jeugdpsycholoog consulteren voordat zij verwijzen; het jeugd- en gezinsteam sluit aan bij het praktijkoverleg.",
        ownerName: "Ahmed Yilmaz",
        phase: "ontwikkelen",
        startDate: "2026-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Verwijzingen naar jeugd-GGZ",
            unit: "aantal per kwartaal",
            baseline: 210,
            target: 160,
            direction: "decrease",
            measurements: [
              ["2026-Q1", 205],
              ["2026-Q2", 196],
              ["2026-Q3", 188],
            ],
          },
        ],
        milestones: [
          ["Consultatieafspraken met jeugd-GGZ", "2026-03-31", "2026-03-26T11:00:00Z"],
          ["Aansluiting jeugd- en gezinsteam in alle praktijken", "2026-09-30", null],
        ],
        participants: [{ organisation: "jeugd_amstelland" }, { practice: "Psychologenpraktijk Amstelveen" }],
      },
      {
        key: "wor-amstelland",
        theme: "jeugd",
        title: "Welzijn op Recept Amstelland",
        description: "Welzijn op Recept voor jongvolwassenen en gezinnen, uitgebreid naar Aalsmeer en Ouder-Amstel.",
        ownerName: "Esther Kok",
        phase: "opschalen",
        startDate: "2025-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Verwijzingen naar een welzijnscoach",
            unit: "aantal per kwartaal",
            baseline: 25,
            target: 90,
            direction: "increase",
            measurements: [
              ["2025-Q2", 31],
              ["2025-Q4", 44],
              ["2026-Q2", 58],
              ["2026-Q3", 63],
            ],
          },
        ],
        milestones: [["Welzijnscoach in Aalsmeer", "2025-09-30", "2025-09-15T09:00:00Z"]],
        participants: [{ organisation: "welzijn_amstelland" }, { organisation: "loket_aalsmeer_uithoorn" }],
      },
      {
        key: "hechte-wijkverbanden-amstelveen",
        theme: "wijkaanpak",
        title: "Hechte wijkverbanden Amstelveen",
        description:
          "Programmaleiding voor de drie Amstelveense wijkverbanden: jaarplan, samenwerkingsafspraken en wijkbijeenkomsten.",
        ownerName: "Ahmed Yilmaz",
        phase: "opschalen",
        startDate: "2025-01-01",
        endDate: "2028-12-31",
        indicators: [
          {
            name: "Wijkverbanden met vastgesteld jaarplan",
            unit: "aantal",
            baseline: 1,
            target: 6,
            direction: "increase",
            measurements: [
              ["2025-Q2", 2],
              ["2025-Q4", 3],
              ["2026-Q2", 4],
            ],
          },
        ],
        milestones: [
          ["Jaarplannen 2026 vastgesteld", "2026-01-31", "2026-02-12T10:00:00Z"],
          ["Jaarplannen 2027 vastgesteld", "2027-01-31", null],
        ],
        participants: [{ wijkverband: "elsrijk-randwijck" }, { wijkverband: "westwijk" }, { wijkverband: "middenhoven-bankras" }],
      },
      {
        key: "sociaal-domein-uithoorn",
        theme: "wijkaanpak",
        title: "Sociaal-domeinpartner voor wijkverband Uithoorn",
        description:
          "Met de gemeente Uithoorn zoeken we een vaste partner uit het sociaal domein voor het wijkverband Uithoorn-De Kwakel.",
        ownerName: "Sandra Bos",
        phase: "ontwikkelen",
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        indicators: [
          {
            name: "Gezamenlijke casusbesprekingen met sociaal domein",
            unit: "aantal per kwartaal",
            baseline: 0,
            target: 6,
            direction: "increase",
            measurements: [
              ["2026-Q2", 1],
              ["2026-Q3", 2],
            ],
          },
        ],
        milestones: [
          ["Verkenning met gemeente Uithoorn afgerond", "2026-05-31", "2026-06-04T15:00:00Z"],
          ["Partner gekozen", "2026-10-31", null],
        ],
        participants: [{ wijkverband: "uithoorn-de-kwakel" }, { organisation: "loket_aalsmeer_uithoorn" }],
      },
      {
        key: "thuismonitoring",
        theme: "digitaal",
        title: "Thuismonitoring bij COPD en hartfalen",
        description: "Pilot met thuismeting van zuurstofsaturatie en gewicht, met opvolging door POH en wijkverpleging.",
        ownerName: "Hans Blom",
        phase: "ontwikkelen",
        startDate: "2026-04-01",
        endDate: "2027-09-30",
        indicators: [
          {
            name: "Deelnemers thuismonitoring",
            unit: "aantal",
            baseline: 0,
            target: 150,
            direction: "increase",
            measurements: [
              ["2026-Q2", 18],
              ["2026-Q3", 41],
            ],
          },
          {
            name: "Praktijken in de pilot",
            unit: "aantal",
            baseline: 0,
            target: 6,
            direction: "increase",
            measurements: [
              ["2026-Q2", 2],
              ["2026-Q3", 3],
            ],
          },
        ],
        milestones: [
          ["Leverancier gekozen", "2026-03-31", "2026-03-18T10:00:00Z"],
          ["Eerste evaluatie", "2026-10-31", null],
        ],
        participants: [{ practice: "Huisartsenpraktijk Middenhoven" }, { organisation: "ziekenhuis_amstelpoort" }],
      },
      {
        key: "casemanagement-dementie",
        theme: "ouderen",
        title: "Casemanagement dementie binnen zes weken",
        description:
          "Iedere nieuwe diagnose dementie krijgt binnen zes weken een casemanager; huisarts en casemanager spreken één vast aanspreekpunt af.",
        ownerName: "Wouter Maarse",
        phase: "borgen",
        startDate: "2024-09-01",
        endDate: "2026-12-31",
        indicators: [
          {
            name: "Nieuwe diagnoses met casemanager binnen zes weken",
            unit: "%",
            baseline: 55,
            target: 90,
            direction: "increase",
            measurements: [
              ["2025-H1", 68],
              ["2025-H2", 79],
              ["2026-H1", 86],
            ],
          },
        ],
        milestones: [
          ["Werkafspraken huisarts–casemanager", "2024-12-31", "2024-12-10T10:00:00Z"],
          ["Wachtlijst casemanagement opgeheven", "2026-06-30", "2026-06-22T09:00:00Z"],
        ],
        participants: [
          { organisation: "thuiszorg_amstelland" },
          { wijkverband: "aalsmeer-kudelstaart" },
          { wijkverband: "uithoorn-de-kwakel" },
        ],
      },
      {
        key: "valpreventie-amstelland",
        theme: "ouderen",
        title: "Valpreventie met fysiotherapie en wijkverpleging",
        description: "Signalering van valrisico bij het jaarlijkse ouderengesprek en een beweegprogramma in de wijk.",
        ownerName: "Judith Verhoeven",
        phase: "ontwikkelen",
        startDate: "2026-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Ouderen met valrisicoscreening",
            unit: "aantal per kwartaal",
            baseline: 40,
            target: 200,
            direction: "increase",
            measurements: [
              ["2026-Q1", 52],
              ["2026-Q2", 61],
              ["2026-Q3", 66],
            ],
          },
        ],
        milestones: [
          ["Screeningsinstrument gekozen", "2026-03-31", "2026-03-30T14:00:00Z"],
          ["Beweegprogramma in Westwijk gestart", "2026-09-30", null],
        ],
        participants: [{ wijkverband: "westwijk" }, { organisation: "thuiszorg_amstelland" }],
      },
      {
        key: "acute-ouderenzorg",
        theme: "ouderen",
        title: "Acute ouderenzorg: tijdelijke opname dichtbij",
        description:
          "Afspraken met ziekenhuis en VVT over tijdelijke opname van kwetsbare ouderen zonder medische ziekenhuisindicatie.",
        ownerName: "Hans Blom",
        phase: "ontwikkelen",
        startDate: "2026-03-01",
        endDate: "2027-06-30",
        indicators: [
          {
            name: "Crisisopnames van 75-plussers",
            unit: "aantal per kwartaal",
            baseline: 48,
            target: 35,
            direction: "decrease",
            measurements: [
              ["2026-Q2", 47],
              ["2026-Q3", 49],
            ],
          },
        ],
        milestones: [
          ["Coördinatiepunt eerstelijnsverblijf ingericht", "2026-07-01", null],
          ["Evaluatie met ziekenhuis", "2027-01-31", null],
        ],
        participants: [{ organisation: "ziekenhuis_amstelpoort" }, { organisation: "thuiszorg_amstelland" }],
      },
      {
        key: "praktijkondersteuning-jeugd",
        theme: "jeugd",
        title: "POH-Jeugd in Amstelveen en Uithoorn",
        description:
          "Een praktijkondersteuner jeugd in de huisartsenpraktijk, betaald door de gemeente, die lichte hulpvragen zelf oppakt.",
        ownerName: "Esther Kok",
        phase: "opschalen",
        startDate: "2025-06-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Praktijken met een POH-Jeugd",
            unit: "aantal",
            baseline: 2,
            target: 10,
            direction: "increase",
            measurements: [
              ["2025-Q4", 4],
              ["2026-Q2", 6],
              ["2026-Q3", 7],
            ],
          },
          {
            name: "Jeugdigen zonder doorverwijzing geholpen",
            unit: "%",
            baseline: 40,
            target: 65,
            direction: "increase",
            measurements: [
              ["2025-Q4", 47],
              ["2026-Q2", 55],
              ["2026-Q3", 58],
            ],
          },
        ],
        milestones: [
          ["Financiering met gemeente Uithoorn rond", "2025-12-31", "2025-11-28T10:00:00Z"],
          ["POH-Jeugd in Westwijk", "2026-04-30", null],
        ],
        participants: [{ wijkverband: "westwijk" }, { wijkverband: "uithoorn-de-kwakel" }, { organisation: "jeugd_amstelland" }],
      },
      {
        key: "kansrijke-start-amstelland",
        theme: "jeugd",
        title: "Kansrijke Start in Aalsmeer en Ouder-Amstel",
        description:
          "Verloskundigen, huisartsen en jeugdgezondheidszorg signaleren kwetsbare zwangeren vroeg en verwijzen naar het sociaal domein.",
        ownerName: "Sandra Bos",
        phase: "ontwikkelen",
        startDate: "2026-01-01",
        endDate: "2027-12-31",
        indicators: [
          {
            name: "Zwangeren met sociale verwijzing",
            unit: "aantal per kwartaal",
            baseline: 3,
            target: 20,
            direction: "increase",
            measurements: [
              ["2026-Q1", 4],
              ["2026-Q2", 5],
              ["2026-Q3", 5],
            ],
          },
        ],
        milestones: [["Verwijsroute verloskunde–sociaal loket", "2026-05-31", null]],
        participants: [
          { wijkverband: "aalsmeer-kudelstaart" },
          { wijkverband: "ouder-amstel" },
          { organisation: "loket_aalsmeer_uithoorn" },
        ],
      },
      {
        key: "schuldhulp-praktijk",
        theme: "wijkaanpak",
        title: "Geldzorgen bespreekbaar in de praktijk",
        description: "Assistenten en POH's signaleren geldzorgen en verwijzen warm naar de budgetcoach in de wijk.",
        ownerName: "Sandra Bos",
        phase: "opschalen",
        startDate: "2025-04-01",
        endDate: "2027-03-31",
        indicators: [
          {
            name: "Warme verwijzingen naar budgetcoach",
            unit: "aantal per kwartaal",
            baseline: 2,
            target: 15,
            direction: "increase",
            measurements: [
              ["2025-Q3", 4],
              ["2025-Q4", 5],
              ["2026-Q2", 7],
              ["2026-Q3", 6],
            ],
          },
        ],
        milestones: [
          ["Training assistenten afgerond", "2025-10-31", "2025-10-24T15:00:00Z"],
          ["Uitbreiding naar Westwijk", "2026-09-30", null],
        ],
        participants: [
          { wijkverband: "middenhoven-bankras" },
          { organisation: "schuldhulp_amstelland" },
          { organisation: "swt_amstelveen" },
        ],
      },
      {
        key: "wijkbijeenkomsten",
        theme: "wijkaanpak",
        title: "Wijkbijeenkomsten met alle kernpartners",
        description:
          "Twee keer per jaar een bijeenkomst per wijkverband met huisartsen, wijkverpleging, apotheek en sociaal domein.",
        ownerName: "Ahmed Yilmaz",
        phase: "borgen",
        startDate: "2024-01-01",
        endDate: "2028-12-31",
        indicators: [
          {
            name: "Wijkverbanden met twee bijeenkomsten per jaar",
            unit: "aantal",
            baseline: 2,
            target: 6,
            direction: "increase",
            measurements: [
              ["2024", 3],
              ["2025", 5],
            ],
          },
        ],
        milestones: [["Format wijkbijeenkomst vastgesteld", "2024-03-31", "2024-03-20T10:00:00Z"]],
        participants: [
          { wijkverband: "elsrijk-randwijck" },
          { wijkverband: "westwijk" },
          { wijkverband: "middenhoven-bankras" },
          { wijkverband: "ouder-amstel" },
        ],
      },
      {
        key: "e-consult-amstelland",
        theme: "digitaal",
        title: "E-consult en digitale triage",
        description: "Alle huisartsenpraktijken bieden een e-consult aan met een gedeelde triagemodule.",
        ownerName: "Hans Blom",
        phase: "opschalen",
        startDate: "2025-01-01",
        endDate: "2026-12-31",
        indicators: [
          {
            name: "Aandeel e-consulten van alle consulten",
            unit: "%",
            baseline: 4,
            target: 15,
            direction: "increase",
            measurements: [
              ["2025-Q2", 6],
              ["2025-Q4", 8],
              ["2026-Q2", 9],
              ["2026-Q3", 10],
            ],
          },
        ],
        milestones: [
          ["Triagemodule geselecteerd", "2025-03-31", "2025-03-14T11:00:00Z"],
          ["Alle praktijken live", "2026-06-30", null],
        ],
        participants: [{ practice: "Huisartsenpraktijk Elsrijk" }, { practice: "Huisartsenpraktijk Middenhoven" }],
      },
    ],
  },
];

// ───────────────────────── social links ─────────────────────────

// ───────────────────────── comments ─────────────────────────

export type CommentSeed = {
  region: RegionKey;
  /** "plan" = the region's regioplan; otherwise an initiative key. */
  subject: { type: "plan" } | { type: "initiative"; initiative: string };
  author: DemoUserKey;
  body: string;
  createdAt: string;
  /** Handled by the region's coordinator at this moment. */
  handledAt?: string;
};

export const COMMENTS: readonly CommentSeed[] = [
  {
    region: "zw",
    subject: { type: "plan" },
    author: "verzekeraar",
    createdAt: "2026-10-02T09:12:00Z",
    body: "Mooi dat de opgaven zo duidelijk uit het regiobeeld volgen. Kunt u bij de opgave capaciteit aangeven welke resultaten u in 2026 en 2027 verwacht? Dan kunnen we die meenemen in de O&I-afspraken.",
  },
  {
    region: "zw",
    subject: { type: "plan" },
    author: "gemeente",
    createdAt: "2026-10-06T14:30:00Z",
    body: "Vanuit Zaanstad herkennen we de opgave mentale gezondheid. Graag verbinden met ons programma bestaanszekerheid; de schuldhulpverlening kan vaker aanschuiven bij de wijkverbanden.",
  },
  {
    region: "zw",
    subject: { type: "plan" },
    author: "huisarts",
    createdAt: "2026-10-09T19:45:00Z",
    handledAt: "2026-10-14T10:00:00Z",
    body: "Let bij de capaciteitsopgave ook op de praktijkhouders die binnenkort stoppen. Een overnameregeling zou helpen.",
  },
  {
    region: "zw",
    subject: { type: "initiative", initiative: "welzijn-op-recept" },
    author: "gemeente",
    createdAt: "2026-09-18T11:05:00Z",
    body: "De gemeente kan in 2027 een extra welzijnscoach voor Purmerend financieren als de verwijzingen zo doorgroeien.",
  },
  {
    region: "zw",
    subject: { type: "initiative", initiative: "praktijkmanagement-pool" },
    author: "verzekeraar",
    createdAt: "2026-10-19T11:30:00Z",
    body: "De pool loopt goed. Zie mijn vraag bij de realisatie van het derde kwartaal over de uitbreiding naar 3,2 fte.",
  },
  {
    region: "zw",
    subject: { type: "initiative", initiative: "proactieve-zorgplanning" },
    author: "huisarts",
    createdAt: "2026-09-30T08:20:00Z",
    body: "In onze praktijk kost het gesprek gemiddeld 40 minuten. Kunnen we de registratie in het HIS vereenvoudigen?",
  },
  {
    region: "zw",
    subject: { type: "initiative", initiative: "proactieve-zorgplanning" },
    author: "coordinator",
    createdAt: "2026-10-01T09:00:00Z",
    body: "Goede vraag; we nemen het mee in het HIS-gebruikersoverleg van november.",
  },
  {
    region: "aa",
    subject: { type: "plan" },
    author: "coordinator2",
    createdAt: "2026-02-20T10:00:00Z",
    body: "Het regioplan is op 19 februari vastgesteld door de ledenraad. Dank aan alle partners voor de reacties in de consultatieronde.",
  },
  {
    region: "aa",
    subject: { type: "initiative", initiative: "hechte-wijkverbanden-amstelveen" },
    author: "verzekeraar",
    createdAt: "2026-07-28T10:20:00Z",
    body: "Graag de verdeelsleutel tussen de verzekeraars toelichten bij de verantwoording van dit initiatief.",
  },
  {
    region: "aa",
    subject: { type: "initiative", initiative: "thuismonitoring" },
    author: "verzekeraar",
    createdAt: "2026-10-12T15:00:00Z",
    body: "Interessante pilot. Wij denken graag mee over opschaling na de eerste evaluatie.",
  },
];

/** Date the region-2 plan became vastgesteld (its version 1). */
export const PLAN_ADOPTED_AT: Record<RegionKey, string | null> = { zw: null, aa: "2026-02-19T17:00:00Z" };

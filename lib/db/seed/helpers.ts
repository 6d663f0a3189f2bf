// Deterministic helpers shared by the demo seed writers: the same input always gives the same
// value (addresses, AGB and KvK numbers, phone numbers), except the row ids from uuid().
export const uuid = (): string => crypto.randomUUID();

/** A date-only value ("2026-01-01") as midnight UTC, the way @db.Date columns are read back. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** FNV-1a, 32 bits: a stable number per string. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Small seeded generator (mulberry32), one stream per practice. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(items: readonly T[], rnd: () => number): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error("Demo-data: lege lijst");
  return item;
}

export function intBetween(min: number, max: number, rnd: () => number): number {
  return min + Math.floor(rnd() * (max - min + 1));
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// Letters PostNL uses in postcodes; SA, SD and SS are never issued.
const POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
export function postcodeFor(pc4: string, rnd: () => number): string {
  for (;;) {
    const letters = pick([...POSTCODE_LETTERS], rnd) + pick([...POSTCODE_LETTERS], rnd);
    if (!["SA", "SD", "SS"].includes(letters)) return `${pc4} ${letters}`;
  }
}

/** "075 612 3456" or "0299 412 345": 10 digits including the area code. */
export function phoneFor(areaCode: string, rnd: () => number): string {
  let local = String(intBetween(2, 7, rnd));
  while (areaCode.length + local.length < 10) local += String(intBetween(0, 9, rnd));
  return `${areaCode} ${local.slice(0, 3)} ${local.slice(3)}`;
}

/** The last day of a period label: 2025, 2025-H1, 2025-Q3 or 2025-07. */
export function periodEndOf(period: string): Date {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  let month = 12; // 1-based month in which the period ends
  if (/^Q[1-4]$/.test(rest)) month = Number(rest.slice(1)) * 3;
  else if (/^H[12]$/.test(rest)) month = Number(rest.slice(1)) * 6;
  else if (/^\d{2}$/.test(rest)) month = Number(rest);
  else if (rest !== "") throw new Error(`Demo-data: onbekende periode ${period}`);
  return new Date(Date.UTC(year, month, 0));
}

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo-data: ${what} ontbreekt`);
  return value;
}

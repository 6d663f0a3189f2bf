// Presentation of money, numbers and dates the Dutch way (Europe/Amsterdam).
const TIME_ZONE = "Europe/Amsterdam";

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const integer = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });

/** 123456 cents → "€ 1.234,56". */
export function formatCents(cents: number): string {
  // Intl uses a no-break space after the euro sign; a plain space reads the same and copies better.
  return euro.format(cents / 100).replace(/\u00a0/g, " ");
}

export function formatNumber(value: number): string {
  return integer.format(value);
}

const decimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** 12.5 → "12,5" (at most two decimals). */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}

/** A date-only value (stored as midnight UTC) → "23 november 2026". */
export function formatDate(value: Date, locale: "nl" | "en" = "nl"): string {
  return dateFormat[locale].format(value);
}

// Formatters are built once: constructing an Intl formatter costs far more than using it.
const dateFormat = {
  nl: new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};
const dateTimeFormat = {
  nl: new Intl.DateTimeFormat("nl-NL", { dateStyle: "short", timeStyle: "short", timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "short", timeZone: TIME_ZONE }),
};

/** A moment in time → "23-11-2026 09:15" in Amsterdam time. */
export function formatDateTime(value: Date, locale: "nl" | "en" = "nl"): string {
  return dateTimeFormat[locale].format(value);
}

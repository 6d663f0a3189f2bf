// The allow-list of the figures a wijk keeps besides inhabitants, 65+, 80+ and households
// (WijkStatistic.extra): written by the wijk import (lib/domain/imports/rows.ts), read by the
// regiobeeld, which shows nothing else even if older data holds more.
/**
 * The CBS figures (Kerncijfers wijken en buurten) kept with a wijk besides the columns above,
 * under these names: the allow-list of `WijkStatistic.extra`. Each is matched by its CBS column
 * name (StatLine's "GemiddeldeHuishoudensgrootte_32") and its label ("Gemiddelde
 * huishoudensgrootte (aantal)"); a unit in brackets at the end does not count. Every other column
 * is ignored, named in the preview, and never stored.
 */
export const WIJK_FIGURES: Record<string, readonly string[]> = {
  Mannen: ["mannen"],
  Vrouwen: ["vrouwen"],
  "0 tot 15 jaar": ["k0tot15jaar", "0tot15jaar"],
  "15 tot 25 jaar": ["k15tot25jaar", "15tot25jaar"],
  "25 tot 45 jaar": ["k25tot45jaar", "25tot45jaar"],
  "45 tot 65 jaar": ["k45tot65jaar", "45tot65jaar"],
  Eenpersoonshuishoudens: ["eenpersoonshuishoudens"],
  "Huishoudens zonder kinderen": ["huishoudenszonderkinderen"],
  "Huishoudens met kinderen": ["huishoudensmetkinderen"],
  "Gemiddelde huishoudensgrootte": ["gemiddeldehuishoudensgrootte"],
  Bevolkingsdichtheid: ["bevolkingsdichtheid"],
  Woningvoorraad: ["woningvoorraad"],
  "Gemiddelde WOZ-waarde": ["gemiddeldewozwaardevanwoningen", "gemiddeldewozwaarde"],
  "Koopwoningen (%)": ["koopwoningen"],
  "Huurwoningen (%)": ["huurwoningentotaal", "huurwoningen"],
  "Gemiddeld inkomen per inwoner": ["gemiddeldinkomenperinwoner"],
  "Gemiddeld inkomen per inkomensontvanger": ["gemiddeldinkomenperinkomensontvanger"],
  "Huishoudens met een laag inkomen (%)": ["huishoudensmeteenlaaginkomen"],
  "Huishoudens onder of rond het sociaal minimum (%)": ["huishonderofrondsociaalminimum", "huishoudensonderofrondsociaalminimum"],
  "Personen met bijstand": ["personenpersoortuitkeringbijstand", "bijstand"],
  "Personen met een AO-uitkering": ["personenpersoortuitkeringao"],
  "Personen met een WW-uitkering": ["personenpersoortuitkeringww"],
  "Personen met AOW": ["personenpersoortuitkeringaow"],
  "Jongeren met jeugdzorg": ["jongerenmetjeugdzorginnatura"],
  "Wmo-cliënten": ["wmoclienten"],
  "Wmo-cliënten per 1.000 inwoners": ["wmoclientenrelatief"],
  "Afstand tot huisartsenpraktijk (km)": ["afstandtothuisartsenpraktijk"],
  "Afstand tot grote supermarkt (km)": ["afstandtotgrotesupermarkt"],
  "Oppervlakte totaal (ha)": ["oppervlaktetotaal"],
  "Oppervlakte land (ha)": ["oppervlakteland"],
  "Oppervlakte water (ha)": ["oppervlaktewater"],
  Omgevingsadressendichtheid: ["omgevingsadressendichtheid"],
  "Mate van stedelijkheid": ["matevanstedelijkheid"],
};

/** Keeps only the allowed figures of an `extra` object (stored data from before the allow-list too). */
export function allowedFigures(extra: unknown): Record<string, number> {
  if (!extra || typeof extra !== "object" || Array.isArray(extra)) return {};
  return Object.fromEntries(
    Object.entries(extra).filter(
      (entry): entry is [string, number] => Object.hasOwn(WIJK_FIGURES, entry[0]) && typeof entry[1] === "number",
    ),
  );
}

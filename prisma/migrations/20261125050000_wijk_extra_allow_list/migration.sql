-- WijkStatistic.extra holds only the CBS figures of the allow-list (lib/domain/regiobeeld/figures.ts).
-- Imports before the allow-list kept every numeric column under its file name, including columns such
-- as "Patiënt BSN": those keys are removed here. The regiobeeld also filters on read.
-- The table has FORCE ROW LEVEL SECURITY; the owner lifts it for this one statement.
ALTER TABLE "WijkStatistic" NO FORCE ROW LEVEL SECURITY;

WITH allowed(key) AS (
  VALUES
    ('Mannen'),
    ('Vrouwen'),
    ('0 tot 15 jaar'),
    ('15 tot 25 jaar'),
    ('25 tot 45 jaar'),
    ('45 tot 65 jaar'),
    ('Eenpersoonshuishoudens'),
    ('Huishoudens zonder kinderen'),
    ('Huishoudens met kinderen'),
    ('Gemiddelde huishoudensgrootte'),
    ('Bevolkingsdichtheid'),
    ('Woningvoorraad'),
    ('Gemiddelde WOZ-waarde'),
    ('Koopwoningen (%)'),
    ('Huurwoningen (%)'),
    ('Gemiddeld inkomen per inwoner'),
    ('Gemiddeld inkomen per inkomensontvanger'),
    ('Huishoudens met een laag inkomen (%)'),
    ('Huishoudens onder of rond het sociaal minimum (%)'),
    ('Personen met bijstand'),
    ('Personen met een AO-uitkering'),
    ('Personen met een WW-uitkering'),
    ('Personen met AOW'),
    ('Jongeren met jeugdzorg'),
    ('Wmo-cliënten'),
    ('Wmo-cliënten per 1.000 inwoners'),
    ('Afstand tot huisartsenpraktijk (km)'),
    ('Afstand tot grote supermarkt (km)'),
    ('Oppervlakte totaal (ha)'),
    ('Oppervlakte land (ha)'),
    ('Oppervlakte water (ha)'),
    ('Omgevingsadressendichtheid'),
    ('Mate van stedelijkheid')
)
UPDATE "WijkStatistic" s
SET "extra" = CASE
  WHEN jsonb_typeof(s."extra") = 'object' THEN COALESCE(
    (SELECT jsonb_object_agg(e.key, e.value)
       FROM jsonb_each(s."extra") e
      WHERE e.key IN (SELECT key FROM allowed) AND jsonb_typeof(e.value) = 'number'),
    '{}'::jsonb)
  ELSE '{}'::jsonb
END
WHERE s."extra" <> '{}'::jsonb;

ALTER TABLE "WijkStatistic" FORCE ROW LEVEL SECURITY;

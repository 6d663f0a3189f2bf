-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "createdById" UUID;

-- AlterTable
ALTER TABLE "AgreementVersion" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Existing rows get the migration time; from now on Prisma sets it (@updatedAt, no default).
ALTER TABLE "AgreementVersion" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- CreateTable
CREATE TABLE "AgreementTemplate" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgreementTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgreementTemplate_key_key" ON "AgreementTemplate"("key");

-- CreateIndex
CREATE INDEX "Agreement_regionId_wijkverbandId_idx" ON "Agreement"("regionId", "wijkverbandId");

-- CreateIndex
CREATE INDEX "AgreementVersion_regionId_status_idx" ON "AgreementVersion"("regionId", "status");

-- CreateIndex
CREATE INDEX "Acknowledgement_regionId_practiceId_idx" ON "Acknowledgement"("regionId", "practiceId");


-- The template catalogue is global (like disciplines): the app role reads it; the platform admin
-- edits it through the system client.
GRANT SELECT ON "AgreementTemplate" TO wijkkracht_app;

-- The first three templates, written for Dutch primary care. They are data: the platform admin
-- edits them (and adds others) at /admin/afspraaksjablonen.
INSERT INTO "AgreementTemplate" ("id", "key", "title", "topic", "sortOrder", "updatedAt", "body") VALUES
(gen_random_uuid(), 'kwetsbare-ouderen', 'Zorg voor kwetsbare ouderen', 'Kwetsbare ouderen', 10, CURRENT_TIMESTAMP, $tpl$## Doel

Huisartsen, wijkverpleging, apotheek en sociaal domein in het wijkverband zorgen er samen voor dat kwetsbare ouderen zo lang mogelijk goed en veilig thuis kunnen wonen. We werken vanuit één gedeeld zorgplan, met de wensen van de oudere als uitgangspunt.

## Voor wie

Thuiswonende ouderen (75+) die de huisarts of de POH-ouderen als kwetsbaar herkent, bijvoorbeeld na signalering door een van de partners of na een ziekenhuisopname.

## Gedeeld zorgplan

- De huisarts of POH-ouderen stelt samen met de oudere en zo mogelijk de mantelzorger een zorgplan op, met doelen in de woorden van de oudere zelf.
- Het zorgplan staat in het gedeelde dossier dat alle betrokken partners kunnen inzien; alleen wat nodig is voor de zorg wordt gedeeld, en alleen met toestemming van de oudere.
- Iedere partner werkt zijn deel van het plan bij na een wijziging in de situatie.

## Multidisciplinair overleg (MDO)

- Eens per zes weken is er een MDO met huisarts, wijkverpleegkundige, apotheker en een medewerker van het sociaal wijkteam; zo nodig schuift de specialist ouderengeneeskunde aan.
- De oudere en de mantelzorger worden uitgenodigd om bij de bespreking van hun situatie aanwezig te zijn, op de praktijk of thuis.
- De POH-ouderen bereidt het overleg voor, de huisarts is voorzitter en de afspraken komen binnen twee werkdagen in het zorgplan.

## Rollen

| partner | rol |
|---|---|
| huisarts | medisch eindverantwoordelijk, voorzitter van het MDO, bewaakt het zorgplan |
| wijkverpleegkundige | signaleert thuis, indiceert en coördineert de verpleging en verzorging |
| apotheker | medicatiebeoordeling, medicatieoverzicht, advies over hulpmiddelen |
| sociaal domein | wonen, welzijn, mantelzorgondersteuning en Wmo-voorzieningen |

## Bereikbaarheid

- Partners zijn voor elkaar op werkdagen van 8.00 tot 17.00 uur bereikbaar via een vast nummer (de terugbellijn van de praktijk, de teamtelefoon van de wijkverpleging).
- Buiten kantoortijden geldt de huisartsenpost en de avond- en nachtdienst van de wijkverpleging.
- Spoed gaat altijd telefonisch, nooit alleen per bericht.

## Escalatie

1. Dreigt de situatie thuis niet langer verantwoord te zijn, dan overlegt de signalerende partner dezelfde dag met de huisarts.
2. De huisarts beslist, samen met de oudere en de mantelzorger, over extra zorg, een spoed-MDO of een (tijdelijke) opname.
3. Lukt het niet binnen het wijkverband tot een oplossing te komen, dan schakelt de wijkcoördinator het regionale coördinatiepunt voor ouderenzorg in.

## Evaluatie

We evalueren deze afspraak jaarlijks in het wijkverband, aan de hand van het aantal ouderen met een zorgplan, de ervaringen van ouderen en mantelzorgers en de knelpunten die partners melden.
$tpl$),
(gen_random_uuid(), 'welzijn-op-recept', 'Welzijn op Recept', 'Sociaal domein', 20, CURRENT_TIMESTAMP, $tpl$## Doel

Mensen met psychosociale klachten zonder duidelijke medische oorzaak — eenzaamheid, somberheid, stress, weinig zingeving — krijgen via de huisartsenpraktijk snel toegang tot een welzijnscoach en activiteiten in de wijk, in plaats van (alleen) medische zorg.

## Verwijsroute

1. De huisarts, POH-GGZ of praktijkverpleegkundige bespreekt Welzijn op Recept met de patiënt en vraagt toestemming om naam en telefoonnummer door te geven.
2. De praktijk verwijst met het regionale verwijsformulier via het beveiligde verwijskanaal; de reden van verwijzing staat er in een paar woorden in, zonder medische details.
3. De welzijnscoach neemt binnen vijf werkdagen contact op en plant een eerste gesprek, bij de persoon thuis, in de wijk of op de praktijk.
4. Samen kiezen zij een activiteit of ondersteuning die past; de coach begeleidt zo nodig de eerste keren.

## Terugkoppeling

- Binnen tien werkdagen na de verwijzing laat de welzijnscoach de praktijk weten of het eerste gesprek heeft plaatsgevonden.
- Na afloop van het traject (uiterlijk na drie maanden) volgt een korte terugkoppeling: wat is afgesproken en of de persoon verder kan zonder coach.
- Per kwartaal rapporteert de welzijnsorganisatie per praktijk het aantal verwijzingen en afgeronde trajecten. Er worden alleen totalen gedeeld, nooit gegevens over personen.

## Rollen

- **Huisartsenpraktijk**: herkent, motiveert en verwijst; blijft aanspreekpunt voor medische vragen.
- **Welzijnscoach**: voert het gesprek, zoekt passend aanbod en koppelt terug.
- **Gemeente**: financiert de welzijnscoaches en houdt het aanbod in de wijk actueel.

## Overleg en evaluatie

Huisartsen, POH's en welzijnscoaches overleggen twee keer per jaar over de samenwerking en het aanbod in de wijk. Eens per jaar bespreekt het wijkverband de kwartaalcijfers en past deze afspraak zo nodig aan.
$tpl$),
(gen_random_uuid(), 'medicatiebeoordeling', 'Medicatiebeoordeling', 'Farmacie', 30, CURRENT_TIMESTAMP, $tpl$## Doel

Apotheker en huisarts beoordelen samen de medicatie van kwetsbare patiënten met veel geneesmiddelen, zodat ongewenste effecten, interacties en onnodig gebruik worden voorkomen. Deze afspraak volgt de multidisciplinaire richtlijn Polyfarmacie bij ouderen.

## Wie komt in aanmerking

Patiënten van 65 jaar en ouder die vijf of meer geneesmiddelen chronisch gebruiken en daarnaast een extra risico hebben, zoals verminderde nierfunctie, verminderde cognitie, valneiging, verminderde therapietrouw of wonen in een zorginstelling.

## Werkwijze

1. **Selectie.** Elk kwartaal maakt de apotheker een selectie uit het apotheeksysteem en stemt die af met de huisarts.
2. **Voorbereiding.** De apotheker voert een farmacotherapeutische analyse uit; de huisarts levert relevante diagnoses en labwaarden aan.
3. **Gesprek met de patiënt.** De apotheker of de POH bespreekt met de patiënt (en zo nodig de mantelzorger) het gebruik, de ervaringen en de wensen.
4. **Overleg.** Apotheker en huisarts bespreken de bevindingen in een vast overleg (fysiek of beveiligd online) en stellen samen een farmacotherapeutisch behandelplan op.
5. **Uitvoering.** De huisarts bespreekt de voorgestelde wijzigingen met de patiënt; de apotheker past het medicatieoverzicht dezelfde werkdag aan.
6. **Follow-up.** Binnen drie maanden evalueren apotheker en huisarts of de wijzigingen het beoogde effect hebben.

## Verantwoordelijkheden

- De **apotheker** is verantwoordelijk voor selectie, analyse, het actuele medicatieoverzicht en de terugkoppeling aan de wijkverpleging.
- De **huisarts** is eindverantwoordelijk voor de voorschriften en het behandelplan.
- Beiden leggen het behandelplan vast in hun eigen systeem, volgens de landelijke afspraken voor medicatieoverdracht.

## Evaluatie

Het farmacotherapeutisch overleg (FTO) bespreekt twee keer per jaar het aantal uitgevoerde beoordelingen en de belangrijkste bevindingen, en stelt deze afspraak zo nodig bij.
$tpl$);

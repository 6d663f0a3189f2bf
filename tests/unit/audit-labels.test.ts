// The audit log and history tables in the reader's language: entity types, changed fields and the
// values the log keeps in a Dutch or technical form.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeAuditAction, describeEntityType, describeField, describeValue } from "@/components/audit/describe-action";
import { MESSAGES } from "@/lib/i18n/messages";

const { nl, en } = MESSAGES;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("audit labels", () => {
  it("names every entity type the services write, in both languages", () => {
    const written = new Set(
      sources(path.join(process.cwd(), "lib/domain")).flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/entityType(?:\s*=|:)\s*"(\w+)"/g)].map((m) => m[1]!),
      ),
    );
    expect(written.size).toBeGreaterThan(10);
    const unlabelled = [...written].filter((type) => !(type in nl.audit.entityType));
    expect(unlabelled).toEqual([]);
    expect(describeEntityType("SocialLink", nl)).toBe("Verbinding met het sociaal domein");
    expect(describeEntityType("SocialLink", en)).toBe("Link with the social domain");
    expect(describeEntityType("Practice", en)).toBe("Practice");
    expect(describeEntityType("SomethingNew", en)).toBe("SomethingNew");
  });

  it("names changed fields, also those the log names with a Dutch word and a subject", () => {
    expect(describeField("registeredPatients", nl)).toBe("ingeschreven patiënten");
    expect(describeField("registeredPatients", en)).toBe("registered patients");
    expect(describeField("lid", en)).toBe("member");
    expect(describeField("verwijzingen 2026-Q2", nl)).toBe("verwijzingen 2026-Q2");
    expect(describeField("verwijzingen 2026-Q2", en)).toBe("referrals 2026-Q2");
    expect(describeField("meting 2026-Q1", en)).toBe("measurement 2026-Q1");
    expect(describeField("mijlpaal Pilot gestart", en)).toBe("milestone Pilot gestart");
    expect(describeField("unknownField", en)).toBe("unknownField");
  });

  it("shows amounts in euros and an agreement's text length in the reader's language", () => {
    expect(describeValue("amountCents", "123456", en)).toBe("€ 1.234,56");
    expect(describeValue("amountCents", "–", en)).toBe("–");
    expect(describeValue("body", "1234 tekens", nl)).toBe("1234 tekens");
    expect(describeValue("body", "1234 tekens", en)).toBe("1234 characters");
    expect(describeValue("note", "12 tekens", en)).toBe("12 tekens");
  });

  it("shows stored codes by their label, and discipline names in the reader's language", () => {
    expect(describeValue("status", "actief", en)).toBe("Active");
    expect(describeValue("status", "vraag_gesteld", en)).toBe("Question asked");
    expect(describeValue("status", "vraag_gesteld", nl)).toBe("Vraag gesteld");
    expect(describeValue("kind", "welzijn_op_recept", en)).toBe("Social prescribing (Welzijn op Recept)");
    expect(describeValue("kind", "welfare", en)).toBe("Welfare");
    expect(describeValue("decision", "objection", nl)).toBe("Bezwaar");
    expect(describeValue("preferent", "true", en)).toBe("yes");
    expect(describeValue("preferent", "false", nl)).toBe("nee");
    expect(describeValue("status", "–", en)).toBe("–");
    expect(describeValue("status", "iets_nieuws", en)).toBe("iets_nieuws");
    expect(describeValue("name", "actief", en)).toBe("actief");
    const names = { huisartsenzorg: { nl: "Huisartsenzorg", en: "General practice" } };
    expect(describeValue("disciplineCode", "huisartsenzorg", en, names, "en")).toBe("General practice");
    expect(describeValue("disciplineCode", "huisartsenzorg", nl, names, "nl")).toBe("Huisartsenzorg");
  });

  it("describes actions in the reader's language", () => {
    expect(describeAuditAction("practice.update", nl)).toBe("Praktijk gewijzigd");
    expect(describeAuditAction("practice.update", en)).toMatch(/^Practice /);
  });
});

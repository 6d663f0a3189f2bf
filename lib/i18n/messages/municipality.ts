import type { Translation } from "./types";

export const nl = {
  title: "Werkruimte {name}",
  intro: "Wijkverbanden en verbindingen met het sociaal domein in {name}.",
  wijkverbanden: "Wijkverbanden",
  practices: "Praktijken",
  socialLinks: "Actieve verbindingen sociaal domein",
  referrals: "Verwijzingen (laatste kwartaal)",
  region: "Regio",
  noWijkverbanden: "Geen wijkverbanden in deze gemeente.",
  metaTitle: "Werkruimte gemeente",
};

export const en: Translation<typeof nl> = {
  title: "Workspace {name}",
  intro: "Neighbourhood teams and social-domain links in {name}.",
  wijkverbanden: "Neighbourhood teams",
  practices: "Practices",
  socialLinks: "Active social-domain links",
  referrals: "Referrals (last quarter)",
  region: "Region",
  noWijkverbanden: "No neighbourhood teams in this municipality.",
  metaTitle: "Municipality workspace",
};

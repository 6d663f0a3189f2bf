import type { Translation } from "./types";

export const nl = {
  title: "Platformbeheer",
  regions: "Regio's",
  users: "Gebruikers",
  name: "Naam",
  code: "Code",
  municipalities: "Gemeenten",
  practices: "Praktijken",
  email: "E-mailadres",
  memberships: "Rollen",
  lastLogin: "Laatst ingelogd",
  never: "Nooit",
  category: {
    medical: "Medisch",
    paramedical: "Paramedisch",
    social: "Sociaal",
  },
};

export const en: Translation<typeof nl> = {
  title: "Platform administration",
  regions: "Regions",
  users: "Users",
  name: "Name",
  code: "Code",
  municipalities: "Municipalities",
  practices: "Practices",
  email: "E-mail address",
  memberships: "Roles",
  lastLogin: "Last login",
  never: "Never",
  category: {
    medical: "Medical",
    paramedical: "Paramedical",
    social: "Social",
  },
};

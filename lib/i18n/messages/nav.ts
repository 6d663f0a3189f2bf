import type { Translation } from "./types";

export const nl = {
  dashboard: "Overzicht",
  practices: "Praktijken",
  audit: "Auditlog",
  settings: "Instellingen",
};

export const en: Translation<typeof nl> = {
  dashboard: "Overview",
  practices: "Practices",
  audit: "Audit log",
  settings: "Settings",
};

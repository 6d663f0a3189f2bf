import type { Translation } from "./types";

export const nl = {
  title: "Auditlog",
  intro: "Wie wat wanneer heeft gewijzigd in deze regio. Het log kan niet worden aangepast.",
  when: "Tijdstip",
  who: "Wie",
  action: "Actie",
  entity: "Onderdeel",
  empty: "Nog geen gebeurtenissen.",
  previous: "Nieuwere",
  next: "Oudere",
};

export const en: Translation<typeof nl> = {
  title: "Audit log",
  intro: "Who changed what and when in this region. The log cannot be altered.",
  when: "Time",
  who: "Who",
  action: "Action",
  entity: "Item",
  empty: "No events yet.",
  previous: "Newer",
  next: "Older",
};

import type { Translation } from "./types";

export const nl = {
  title: "Werkruimte {name}",
  intro: "O&I-budgetten van {name} per regio.",
  region: "Regio",
  year: "Jaar",
  budget: "Budget",
  allocated: "Toegewezen",
  spent: "Goedgekeurd besteed",
  toReview: "Te beoordelen",
  noBudgets: "Nog geen O&I-budgetten.",
  total: "Totaal",
  homeRowsIntro: "{year} per regio, en eerdere jaren waarin nog uitgaven te beoordelen zijn.",
  allYears: "Alle jaren in de portefeuille",
  nothingForHome: "Nog geen budgetten voor {year}, en uit eerdere jaren wacht niets op beoordeling.",
};

export const en: Translation<typeof nl> = {
  title: "Workspace {name}",
  intro: "O&I budgets of {name} per region.",
  region: "Region",
  year: "Year",
  budget: "Budget",
  allocated: "Allocated",
  spent: "Approved spending",
  toReview: "To review",
  noBudgets: "No O&I budgets yet.",
  total: "Total",
  homeRowsIntro: "{year} per region, and earlier years with expenditures still to review.",
  allYears: "All years in the portfolio",
  nothingForHome: "No budgets for {year} yet, and nothing from earlier years waits for review.",
};

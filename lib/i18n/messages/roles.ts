import type { Translation } from "./types";

export const nl = {
  coordinator: "Coördinator",
  practice_holder: "Praktijkhouder",
  insurer_reviewer: "Beoordelaar zorgverzekeraar",
  municipality_officer: "Beleidsmedewerker gemeente",
  platform_admin: "Platformbeheerder",
};

export const en: Translation<typeof nl> = {
  coordinator: "Coordinator",
  practice_holder: "Practice holder",
  insurer_reviewer: "Insurer reviewer",
  municipality_officer: "Municipality officer",
  platform_admin: "Platform administrator",
};

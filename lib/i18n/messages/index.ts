// The message catalogues, one file per area (`<area>.ts` exports `nl`, the source, and `en`, typed
// to have exactly the same keys). Pages read them as `t.<area>.<key>` via getMessages().
// Adding an area: create `<area>.ts` and add it to AREAS below.
import * as actions from "./actions";
import * as admin from "./admin";
import * as agreements from "./agreements";
import * as audit from "./audit";
import * as common from "./common";
import * as dashboard from "./dashboard";
import * as errors from "./errors";
import * as exportFiles from "./exports";
import * as forms from "./forms";
import * as imports from "./imports";
import * as insurer from "./insurer";
import * as jobs from "./jobs";
import * as login from "./login";
import * as money from "./money";
import * as municipality from "./municipality";
import * as nav from "./nav";
import * as network from "./network";
import * as notifications from "./notifications";
import * as plan from "./plan";
import * as practice from "./practice";
import * as regiobeeld from "./regiobeeld";
import * as region from "./region";
import * as roles from "./roles";
import * as social from "./social";
import * as validation from "./validation";
import type { Translation } from "./types";

export type { Translation } from "./types";

export const AREAS = {
  actions,
  admin,
  agreements,
  audit,
  common,
  dashboard,
  errors,
  exports: exportFiles,
  forms,
  imports,
  insurer,
  jobs,
  login,
  money,
  municipality,
  nav,
  network,
  notifications,
  plan,
  practice,
  regiobeeld,
  region,
  roles,
  social,
  validation,
} satisfies Record<string, { nl: object; en: object }>;

type Areas = typeof AREAS;
export type Messages = { [A in keyof Areas]: Translation<Areas[A]["nl"]> };

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

function catalogue(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(AREAS).map(([area, m]) => [area, m[locale]])) as Messages;
}

export const MESSAGES: Record<Locale, Messages> = { nl: catalogue("nl"), en: catalogue("en") };

// In a module of its own so that client components can fill texts without bundling every catalogue.
export { fill } from "@/lib/i18n/fill";

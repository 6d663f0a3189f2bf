// The interface texts of client components that get no catalogue from their page (the error
// boundary, a button's pending label): the language of <html lang>, which the root layout sets from
// the reader's locale. Only the small common catalogue, so client bundles stay small.
import * as common from "@/lib/i18n/messages/common";

export function commonMessagesOfDocument(): typeof common.nl {
  return typeof document !== "undefined" && document.documentElement.lang === "en" ? common.en : common.nl;
}

import type { Translation } from "./types";

export const nl = {
  title: "Inloggen",
  intro: "Log in met uw e-mailadres en wachtwoord.",
  email: "E-mailadres",
  password: "Wachtwoord",
  submit: "Inloggen",
  submitting: "Bezig met inloggen…",
  invalid: "Het e-mailadres of wachtwoord is onjuist.",
  throttled: "Te veel inlogpogingen achter elkaar. Wacht {seconds} seconden en probeer het dan opnieuw.",
  busy: "Er wordt nu erg veel ingelogd. Probeer het over een paar seconden opnieuw.",
  missing: "Vul uw e-mailadres en wachtwoord in.",
};

export const en: Translation<typeof nl> = {
  title: "Log in",
  intro: "Log in with your e-mail address and password.",
  email: "E-mail address",
  password: "Password",
  submit: "Log in",
  submitting: "Logging in…",
  invalid: "The e-mail address or password is incorrect.",
  throttled: "Too many login attempts in a row. Wait {seconds} seconds, then try again.",
  busy: "Very many people are logging in right now. Please try again in a few seconds.",
  missing: "Enter your e-mail address and password.",
};

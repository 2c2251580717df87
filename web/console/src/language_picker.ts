/**
 * The language picker in the page's header, and the words of index.html the script can reach.
 * Picking a language keeps the choice in this browser, sets <html lang> and draws the page again.
 */

import { h } from "./dom.js";
import { type Language, LANGUAGES, chooseLanguage, language, t } from "./i18n.js";

/** index.html's own words (the skip link, the name, the navigation's label) in the current language. */
export function translateShell(): void {
  const skip = document.querySelector(".skip");
  const brand = document.querySelector("header .brand");
  if (skip !== null) skip.textContent = t("app.skip");
  if (brand !== null) brand.textContent = t("app.name");
  document.getElementById("nav")?.setAttribute("aria-label", t("nav.label"));
}

export function languagePicker(redraw: () => void): HTMLElement {
  const codes = Object.keys(LANGUAGES) as Language[];
  // Each language is named in itself, and marked as such, so a screen reader says it rightly.
  const select = h("select", { id: "language", name: "language" }, ...codes.map((code) => h("option", { value: code, lang: LANGUAGES[code].tag, selected: code === language() }, LANGUAGES[code].name)));
  const label = h("label", { for: "language" }, t("app.language"));
  select.addEventListener("change", () => {
    chooseLanguage(select.value as Language);
    label.textContent = t("app.language");
    translateShell();
    redraw();
  });
  return h("div", { class: "language" }, label, select);
}

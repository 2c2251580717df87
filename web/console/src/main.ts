/**
 * The console's entry: a hash router over the pages, the navigation for the signed-in role,
 * and the idle lock fed by every key press, click and pointer movement.
 */

import { h } from "./dom.js";
import { startLanguage, t } from "./i18n.js";
import { languagePicker, translateShell } from "./language_picker.js";
import { adminPage } from "./pages/admin.js";
import { casePage } from "./pages/case.js";
import { casesPage } from "./pages/cases.js";
import { codePage } from "./pages/code.js";
import { signInPage } from "./pages/signin.js";
import { isAdmin, type Session, session, signOut, touch } from "./session.js";

function nav(s: Session | null): void {
  const place = document.getElementById("nav");
  if (place === null) return;
  if (s === null) {
    place.replaceChildren();
    return;
  }
  const links: [string, string][] = isAdmin(s) ? [["#/admin", t("nav.advocates")]] : [["#/cases", t("nav.cases")], ["#/code", t("nav.code")]];
  const here = location.hash;
  place.replaceChildren(
    h(
      "ul",
      {},
      ...links.map(([href, words]) => h("li", {}, h("a", { href, "aria-current": here.startsWith(href) ? "page" : undefined }, words))),
      h("li", { class: "who" }, t("nav.who", { name: s.organisation.display_name, organisation: s.organisation.name })),
      h("li", {}, h("button", { type: "button", class: "secondary", onclick: () => void signOut() }, t("nav.sign-out"))),
    ),
  );
}

async function route(): Promise<void> {
  const s = session();
  nav(s);
  if (s === null) {
    signInPage(null, () => {
      location.hash = isAdmin(session() as Session) ? "#/admin" : "#/cases";
      void route();
    });
    return;
  }
  const [, page, id] = location.hash.split("/");
  if (isAdmin(s)) return adminPage(s);
  if (page === "case" && id !== undefined) return casePage(s, id);
  if (page === "code") return codePage(s);
  return casesPage(s);
}

startLanguage();
translateShell();
document.querySelector("header")?.append(languagePicker(() => void route()));
window.addEventListener("hashchange", () => void route());
for (const event of ["keydown", "pointerdown", "pointermove", "wheel"]) window.addEventListener(event, touch, { passive: true });
void route();

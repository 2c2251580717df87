/** The advocate's cases: the victim's label, how many entries are shared, what is new since the last review. */

import { caseBadges } from "../extensions.js";
import { errorBox, h, show } from "../dom.js";
import { lastReviews, newSince } from "../reviews.js";
import type { Session } from "../session.js";
import { local } from "../time.js";

async function row(s: Session, c: { id: string; label: string; started_at: string; shared_entries: number }, reviewed: string | undefined): Promise<HTMLElement> {
  const entries = await s.cases.sharedEntries(c.id);
  const fresh = newSince(entries, reviewed).length;
  const news =
    reviewed === undefined
      ? `Not reviewed yet (${entries.length} shared)`
      : fresh === 0
        ? `Nothing new since your review on ${local(reviewed)}`
        : `${fresh} new or changed since your review on ${local(reviewed)}`;
  const badges = (await Promise.all(caseBadges.map((badge) => badge(s, c.id)))).filter((b) => b !== null);
  return h(
    "li",
    { class: "case" },
    h("a", { href: `#/case/${c.id}`, class: "case-label" }, c.label),
    h("span", { class: fresh > 0 ? "news fresh" : "news" }, news),
    h("span", { class: "meta" }, `${entries.length} ${entries.length === 1 ? "entry" : "entries"} shared · case opened ${local(c.started_at)}`),
    ...badges,
  );
}

export async function casesPage(s: Session): Promise<void> {
  show("Your cases", h("p", { role: "status" }, "Loading your cases…"));
  try {
    const cases = await s.cases.cases();
    const reviewed = lastReviews(s.identity.accountId);
    const rows = await Promise.all(cases.map((c) => row(s, c, reviewed[c.id])));
    show(
      "Your cases",
      cases.length === 0
        ? h("p", {}, "No cases yet. Give a victim an assignment code to start one.")
        : h("ul", { class: "cases", "aria-label": "Cases" }, ...rows),
    );
  } catch (error) {
    show("Your cases", errorBox(`Could not load your cases: ${(error as Error).message}`));
  }
}

/**
 * The advocate's cases: the victim's label, how many entries are shared, what is new since the
 * last review; then, once this browser has read and verified them, reviews due, orders ending and
 * the advisory flags with their reasons.
 */

import { ApiError, type Schemas, type VerifiedVersion } from "@daybook/sdk";

import { dueList, flagList } from "../advisories.js";
import { flagsOf, latestOf, ordersEnding, readDocuments, reviewsDue, today } from "../casework.js";
import { errorBox, h, show } from "../dom.js";
import { errorWords } from "../failures.js";
import { t } from "../i18n.js";
import { lastReviews, newSince } from "../reviews.js";
import type { Session } from "../session.js";
import { local } from "../time.js";

async function row(s: Session, c: Schemas["CaseOut"], reviewed: string | undefined): Promise<HTMLElement> {
  const entries = await s.cases.sharedEntries(c.id);
  const fresh = newSince(entries, reviewed).length;
  const news =
    reviewed === undefined
      ? t("cases.not-reviewed", { count: entries.length })
      : fresh === 0
        ? t("cases.nothing-new", { reviewed: local(reviewed) })
        : t("cases.new-since", { count: fresh, reviewed: local(reviewed) });
  const advice = h("div", { class: "advice", "aria-live": "polite" }, h("span", { class: "meta" }, t("cases.checking")));
  void fillAdvice(s, c.id, reviewed, advice);
  return h(
    "li",
    { class: "case" },
    h("a", { href: `#/case/${c.id}`, class: "case-label" }, c.label),
    h("span", { class: fresh > 0 ? "news fresh" : "news" }, news),
    h("span", { class: "meta" }, t("cases.shared", { count: entries.length, opened: local(c.started_at) })),
    c.handed_over_from ? h("span", { class: "meta" }, t("cases.handed-over")) : null,
    advice,
  );
}

/** An entry's verified history; null when it fails verification (the case page says why). */
async function readOrNull(s: Session, victim: Parameters<Session["cases"]["read"]>[0], entryId: string): Promise<VerifiedVersion[] | null> {
  try {
    return await s.cases.read(victim, entryId);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    return null;
  }
}

/** Reads the shared entries and case documents (each verified) and shows what is due and flagged. */
async function fillAdvice(s: Session, caseId: string, reviewed: string | undefined, place: HTMLElement): Promise<void> {
  try {
    const victim = await s.cases.case(caseId);
    const shared = await s.cases.sharedEntries(caseId);
    const [documents, reads] = await Promise.all([
      readDocuments(s, victim),
      Promise.all(shared.map(async ({ entry_id }) => ({ entryId: entry_id, versions: await readOrNull(s, victim, entry_id) }))),
    ]);
    const on = today();
    const registers = latestOf(documents, "orders");
    const dues = [...reviewsDue(latestOf(documents, "risk-review"), on), ...ordersEnding(registers, on)];
    const incidents = reads.flatMap((r) => (r.versions === null ? [] : [{ entryId: r.entryId, incident: r.versions.at(-1)?.incident ?? {} }]));
    const failed = reads.filter((r) => r.versions === null).length + documents.filter((d) => "failure" in d).length;
    const changed = documents.filter((d) => reviewed === undefined || Date.parse(d.summary.updated_at) > Date.parse(reviewed)).length;
    place.replaceChildren(
      ...[
        changed === 0 ? null : h("p", { class: "news fresh" }, t("cases.documents-changed", { count: changed })),
        failed === 0 ? null : h("p", { class: "error" }, t("cases.failed", { count: failed })),
        dueList(dues),
        flagList(flagsOf(incidents, registers, on)),
      ].filter((e): e is HTMLElement => e !== null),
    );
    if (place.childElementCount === 0) place.append(h("span", { class: "meta" }, t("cases.nothing-due")));
  } catch (error) {
    place.replaceChildren(h("p", { class: "error" }, t("cases.advice-failed", { error: errorWords(error) })));
  }
}

export async function casesPage(s: Session): Promise<void> {
  show(t("cases.title"), h("p", { role: "status" }, t("cases.loading")));
  try {
    const cases = await s.cases.cases();
    const reviewed = lastReviews(s.identity.accountId);
    const rows = await Promise.all(cases.map((c) => row(s, c, reviewed[c.id])));
    show(
      t("cases.title"),
      cases.length === 0
        ? h("p", {}, t("cases.none"))
        : h("ul", { class: "cases", "aria-label": t("cases.list") }, ...rows),
    );
  } catch (error) {
    show(t("cases.title"), errorBox(t("cases.load-failed", { error: errorWords(error) })));
  }
}

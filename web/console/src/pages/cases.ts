/**
 * The advocate's cases: the victim's label, how many entries are shared, what is new since the
 * last review; then, once this browser has read and verified them, reviews due, orders ending and
 * the advisory flags with their reasons.
 */

import { ApiError, type Schemas, type VerifiedVersion } from "@daybook/sdk";

import { dueList, flagList } from "../advisories.js";
import { flagsOf, latestOf, ordersEnding, readDocuments, reviewsDue, today } from "../casework.js";
import { errorBox, h, show } from "../dom.js";
import { lastReviews, newSince } from "../reviews.js";
import type { Session } from "../session.js";
import { local } from "../time.js";

async function row(s: Session, c: Schemas["CaseOut"], reviewed: string | undefined): Promise<HTMLElement> {
  const entries = await s.cases.sharedEntries(c.id);
  const fresh = newSince(entries, reviewed).length;
  const news =
    reviewed === undefined
      ? `Not reviewed yet (${entries.length} shared)`
      : fresh === 0
        ? `Nothing new since your review on ${local(reviewed)}`
        : `${fresh} new or changed since your review on ${local(reviewed)}`;
  const advice = h("div", { class: "advice", "aria-live": "polite" }, h("span", { class: "meta" }, "Checking reviews due and flags…"));
  void fillAdvice(s, c.id, reviewed, advice);
  return h(
    "li",
    { class: "case" },
    h("a", { href: `#/case/${c.id}`, class: "case-label" }, c.label),
    h("span", { class: fresh > 0 ? "news fresh" : "news" }, news),
    h("span", { class: "meta" }, `${entries.length} ${entries.length === 1 ? "entry" : "entries"} shared · case opened ${local(c.started_at)}`),
    c.handed_over_from ? h("span", { class: "meta" }, "Handed over to you from another advocate") : null,
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
        changed === 0 ? null : h("p", { class: "news fresh" }, `${changed} case ${changed === 1 ? "document" : "documents"} new or changed since your last review`),
        failed === 0 ? null : h("p", { class: "error" }, `${failed} ${failed === 1 ? "item" : "items"} FAILED verification: open the case.`),
        dueList(dues),
        flagList(flagsOf(incidents, registers, on)),
      ].filter((e): e is HTMLElement => e !== null),
    );
    if (place.childElementCount === 0) place.append(h("span", { class: "meta" }, "No review due, no order ending, no flag."));
  } catch (error) {
    place.replaceChildren(h("p", { class: "error" }, `Could not check reviews due and flags: ${(error as Error).message}`));
  }
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

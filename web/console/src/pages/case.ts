/**
 * One case: every shared incident decrypted and verified here against the victim's own key,
 * as a timeline with its amendments and attachments; a chart of behaviours; notes. An entry that
 * fails verification is listed first, in red, with the reason: never hidden, never shown as fact.
 */

import { ApiError, type Incident, type VerifiedNote, type VerifiedVersion } from "@daybook/sdk";

import { behaviourChart, behaviourWords } from "../chart.js";
import { button, errorBox, h, show, announce } from "../dom.js";
import { type Failure, errorWords, failureOf, failureView } from "../failures.js";
import { t } from "../i18n.js";
import { dueList, flagList, flagsCaveat } from "../advisories.js";
import { type CaseContext, type ReadDocument, flagsOf, latestOf, ordersEnding, readDocuments, reviewsDue, today } from "../casework.js";
import { documentsSection } from "./documents.js";
import { lastReviews, markReviewed } from "../reviews.js";
import type { Session } from "../session.js";
import { local, occurred } from "../time.js";
import { attachmentView } from "../viewer.js";

type Read = { entryId: string; versions: VerifiedVersion[] } | { entryId: string; failure: Failure };

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const start = (i: Incident): string => text((i["occurred"] as Record<string, unknown> | undefined)?.["start"]);
const zone = (i: Incident): string => text((i["occurred"] as Record<string, unknown> | undefined)?.["time_zone"]) || "UTC";
const behaviours = (i: Incident): string[] => (Array.isArray(i["behaviours"]) ? i["behaviours"].map(String) : []);

function incidentBody(s: Session, incident: Incident): HTMLElement[] {
  const location = incident["location"] as Record<string, unknown> | undefined;
  const perpetrator = incident["perpetrator"] as Record<string, unknown> | undefined;
  const attachments = Array.isArray(incident["attachments"]) ? (incident["attachments"] as Record<string, never>[]) : [];
  return [
    h("p", { class: "behaviours" }, behaviours(incident).map(behaviourWords).join(" · ") + (text(incident["behaviour_other"]) ? ` (${text(incident["behaviour_other"])})` : "")),
    h("p", { class: "description" }, text(incident["description"])),
    location?.["description"] ? h("p", {}, t("incident.where", { where: text(location["description"]) })) : null,
    perpetrator?.["name"] || perpetrator?.["relationship"] ? h("p", {}, t("incident.who", { who: [text(perpetrator["name"]), text(perpetrator["relationship"])].filter(Boolean).join(", ") })) : null,
    h("p", { class: "meta" }, t("incident.recorded", { when: local(text(incident["recorded_at"])) })),
    ...attachments.map((a) => attachmentView(s, a)),
  ].filter((e): e is HTMLElement => e !== null);
}

function verifiedEntry(s: Session, read: { entryId: string; versions: VerifiedVersion[] }, notes: VerifiedNote[]): HTMLElement {
  const latest = read.versions[read.versions.length - 1];
  if (latest === undefined) return errorBox(t("incident.no-versions", { entry: read.entryId }));
  const earlier = read.versions.slice(0, -1).reverse();
  const mine = notes.filter((n) => n.entryId === read.entryId);
  return h(
    "li",
    { class: "incident", "data-entry": read.entryId },
    h("h3", {}, occurred(start(latest.incident), zone(latest.incident))),
    h("p", { class: "verified" }, read.versions.length > 1 ? t("incident.verified-version", { version: latest.version, count: read.versions.length }) : t("incident.verified")),
    ...incidentBody(s, latest.incident),
    earlier.length === 0
      ? null
      : h(
          "details",
          { class: "amendments" },
          h("summary", {}, t("incident.amendments", { count: earlier.length })),
          ...earlier.map((v) => h("section", { class: "version" }, h("h4", {}, t("incident.version", { version: v.version, received: local(v.receivedAt) })), ...incidentBody(s, v.incident))),
        ),
    mine.length === 0 ? null : h("div", { class: "entry-notes" }, h("h4", {}, t("incident.notes")), ...mine.map(noteView)),
  );
}

function failedEntry(read: { entryId: string; failure: Failure }): HTMLElement {
  return h(
    "li",
    { class: "incident failed", "data-entry": read.entryId, role: "alert" },
    h("h3", {}, t("incident.failed")),
    h("p", {}, t("incident.failed-explain")),
    ...failureView(read.failure),
  );
}

function noteView(note: VerifiedNote): HTMLElement {
  const by = note.authorConfirmed ? t("note.by-you") : t("note.by-earlier");
  return h("article", { class: "note" }, h("p", {}, note.text), h("p", { class: "meta" }, t("note.verified", { kind: note.kind === "safety-plan" ? "action" : "note", written: local(note.writtenAt), by })));
}

async function readAll(s: Session, victim: { victimId: string; victimSigningPublic: Uint8Array }, caseId: string): Promise<Read[]> {
  const shared = await s.cases.sharedEntries(caseId);
  return Promise.all(
    shared.map(async ({ entry_id }): Promise<Read> => {
      try {
        return { entryId: entry_id, versions: await s.cases.read(victim, entry_id) };
      } catch (error) {
        if (error instanceof ApiError) throw error;
        return { entryId: entry_id, failure: failureOf(error) };
      }
    }),
  );
}

function notesSection(s: Session, context: CaseContext, notes: VerifiedNote[], reload: () => void): HTMLElement {
  const field = h("textarea", { id: "note-text", name: "note", rows: 4, required: true, maxlength: 20000 });
  const problem = h("div");
  const form = h("form", { class: "card" }, h("label", { for: "note-text" }, t("note.add-label")), field, problem, h("button", { type: "submit" }, t("note.add")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (field.value.trim() === "") return;
    s.cases
      .addNote(context, field.value.trim())
      .then(() => {
        announce(t("note.added"));
        reload();
      })
      .catch((error: unknown) => problem.replaceChildren(errorBox(t("note.failed", { error: errorWords(error) }))));
  });
  const general = notes.filter((n) => n.entryId === null);
  return h("section", { "aria-labelledby": "notes-title" }, h("h2", { id: "notes-title" }, t("note.title")), general.length === 0 ? h("p", {}, t("note.none")) : h("div", {}, ...general.map(noteView)), form);
}

/** Reviews due, orders ending and the advisory flags, worked out here from what is shared. */
function advisories(incidents: { entryId: string; incident: Incident }[], documents: readonly ReadDocument[]): HTMLElement {
  const on = today();
  const registers = latestOf(documents, "orders");
  const dues = [...reviewsDue(latestOf(documents, "risk-review"), on), ...ordersEnding(registers, on)];
  const flags = flagsOf(incidents, registers, on);
  return h(
    "section",
    { "aria-labelledby": "advisories-title" },
    h("h2", { id: "advisories-title" }, t("advice.title")),
    dueList(dues) ?? h("p", {}, t("advice.nothing-due")),
    flagList(flags, "advisories-title") ?? h("p", {}, t("advice.no-flag")),
    h("p", { class: "meta" }, flagsCaveat()),
  );
}

export async function casePage(s: Session, caseId: string): Promise<void> {
  show(t("case.title"), h("p", { role: "status" }, t("case.loading")));
  try {
    const [detail, victim] = await Promise.all([s.api.case(caseId), s.cases.case(caseId)]);
    const context: CaseContext = { session: s, caseId, victimId: victim.victimId, victimHpkePublic: victim.victimHpkePublic, victimSigningPublic: victim.victimSigningPublic };
    const [reads, notes, documents] = await Promise.all([readAll(s, victim, caseId), s.cases.notes(victim), readDocuments(s, victim)]);
    const failed = reads.filter((r): r is { entryId: string; failure: Failure } => "failure" in r);
    const good = reads.filter((r): r is { entryId: string; versions: VerifiedVersion[] } => "versions" in r);
    const latest = (r: { versions: VerifiedVersion[] }): Incident => r.versions[r.versions.length - 1]?.incident ?? {};
    good.sort((a, b) => start(latest(b)).localeCompare(start(latest(a))));
    const reviewed = lastReviews(s.identity.accountId)[caseId];
    const reload = (): void => void casePage(s, caseId);
    show(
      detail.label,
      detail.handed_over_from ? h("p", { class: "notice" }, t("case.handed-over")) : null,
      h("p", { class: "meta" }, reviewed === undefined
          ? t("case.facts", { fingerprint: victim.fingerprint, opened: local(detail.started_at) })
          : t("case.facts-reviewed", { fingerprint: victim.fingerprint, opened: local(detail.started_at), reviewed: local(reviewed) })),
      button(t("case.mark-reviewed"), () => {
        markReviewed(s.identity.accountId, caseId);
        announce(t("case.marked"));
      }),
      advisories(good.map((r) => ({ entryId: r.entryId, incident: latest(r) })), documents),
      failed.length === 0 ? null : h("div", { class: "error", role: "alert" }, t("case.failed", { count: failed.length })),
      h("section", { "aria-labelledby": "chart-heading" }, h("h2", { id: "chart-heading" }, t("case.chart")), behaviourChart(good.map((r) => ({ start: start(latest(r)), behaviours: behaviours(latest(r)) })))),
      h(
        "section",
        { "aria-labelledby": "timeline-heading" },
        h("h2", { id: "timeline-heading" }, t("case.incidents", { count: reads.length })),
        reads.length === 0 ? h("p", {}, t("case.no-entries")) : h("ol", { class: "timeline" }, ...failed.map(failedEntry), ...good.map((r) => verifiedEntry(s, r, notes))),
      ),
      documentsSection(context, documents, reload),
      notesSection(s, context, notes, reload),
    );
  } catch (error) {
    show(t("case.title"), errorBox(t("case.load-failed", { error: errorWords(error) })), h("p", {}, h("a", { href: "#/cases" }, t("case.back"))));
  }
}

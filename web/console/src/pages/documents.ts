/**
 * The case documents on the case page (docs/protocol §28): each shown decrypted and verified here
 * with its versions, or in red when it fails verification; a new version written by the advocate,
 * checked against its kind's schema and signed in this browser; a document started when there is none.
 */

import { type caseDocuments, ContentInvalid, type DocumentVersion } from "@daybook/sdk";

import { type CaseContext, type Kind, KIND_WORDS, KINDS, type ReadDocument, documentsClient } from "../casework.js";
import { contentView } from "../document_view.js";
import { announce, button, errorBox, h } from "../dom.js";
import { schemaForm } from "../schema_form.js";
import { schemaHelp } from "../schema_help.js";
import { local } from "../time.js";

const SCHEMA_VERSION = 1;
const START_WORDS: Record<Kind, string> = { "safety-plan": "Start a safety plan", "risk-review": "Start a risk review", orders: "Start the orders and conditions", "case-progress": "Start the case progress" };

/** What a new document starts from: the schema's required fields, to be filled in. */
function template(kind: Kind, on: Date): Record<string, unknown> {
  const inSixWeeks = new Date(on.getTime() + 42 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const date = on.toISOString().slice(0, 10);
  switch (kind) {
    case "safety-plan":
      return { safe_contacts: [], next_review: inSixWeeks };
    case "risk-review":
      return { assessed_on: date, answers: [], professional_judgement: { level: "standard", reasoning: "" }, next_review_due: inSixWeeks };
    case "orders":
      return { orders: [] };
    case "case-progress":
      return { events: [] };
  }
}

function editable(content: Record<string, unknown>): string {
  const { schema_version: _version, written_at: _written, ...rest } = content;
  return JSON.stringify(rest, null, 2);
}

function authorWords(c: CaseContext, v: DocumentVersion): string {
  if (v.authorId === c.session.identity.accountId) return "by you";
  if (v.authorId === c.victimId) return "by the victim";
  return v.authorConfirmed ? "by another account" : "by another account, whose key you have not confirmed (it came from the server)";
}

function versionHeading(c: CaseContext, v: DocumentVersion, of: number): string {
  return `Version ${v.version} of ${of}, written ${authorWords(c, v)}, received ${local(v.receivedAt)}`;
}

type Save = (content: caseDocuments.Content) => Promise<unknown>;

function stamped(content: Record<string, unknown>): caseDocuments.Content {
  return { ...(content as caseDocuments.Content), schema_version: SCHEMA_VERSION, written_at: `${new Date().toISOString().slice(0, 19)}+00:00` };
}

/** Seals and signs through the SDK, which checks the schema first; its problems go to `refused`. */
function saveVersion(kind: Kind, content: caseDocuments.Content, save: Save, reload: () => void, refused: (problems: string[]) => void): void {
  save(content)
    .then(() => {
      announce(`${KIND_WORDS[kind]} saved.`);
      reload();
    })
    .catch((error: unknown) => refused(error instanceof ContentInvalid ? error.problems : [(error as Error).message]));
}

/** The editor of a new version (or the first): JSON of the kind's schema, checked before anything is sent. */
function jsonEditor(kind: Kind, id: string, start: Record<string, unknown>, save: Save, reload: () => void): HTMLElement {
  const field = h("textarea", { id: `edit-${id}`, name: "content", rows: 16, spellcheck: false, "aria-describedby": `edit-help-${id}`, class: "json" }, editable(start));
  const problems = h("div");
  const form = h(
    "form",
    { class: "card editor" },
    h("label", { for: `edit-${id}` }, `${KIND_WORDS[kind]}: the new version`),
    h(
      "p",
      { class: "meta", id: `edit-help-${id}` },
      `Written as JSON with the fields of schemas/${kind}.schema.json. The time it was written is added when you save. It is signed as yours and the victim reads it too. Earlier versions stay.`,
    ),
    field,
    schemaHelp(kind),
    problems,
    h("button", { type: "submit" }, "Save this version"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(field.value);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("it must be one JSON object, in { }");
    } catch (error) {
      problems.replaceChildren(errorBox(`Not saved: this is not valid JSON (${(error as Error).message}).`));
      return;
    }
    saveVersion(kind, stamped(parsed as Record<string, unknown>), save, reload, (reasons) =>
      problems.replaceChildren(h("div", { class: "error", role: "alert" }, "Not saved:", h("ul", {}, ...reasons.map((r) => h("li", {}, r))))),
    );
  });
  return form;
}

/**
 * The safety plan as a form of its schema's fields; the SDK's problems are shown beside each field.
 * `heading`: h4 under a document's h3, h3 when it starts one (headings go down one level at a time).
 */
function formEditor(kind: Kind, start: Record<string, unknown>, save: Save, reload: () => void, heading: "h3" | "h4"): HTMLElement {
  const problems = h("div");
  const form = h("form", { class: "card editor schema-form", novalidate: true });
  const fields = schemaForm(kind, start, form);
  form.append(
    h(heading, {}, `${KIND_WORDS[kind]}: the new version`),
    h("p", { class: "meta" }, "Fill in what applies; leave the rest empty. The time it was written is added when you save. It is signed as yours and the victim reads it too. Earlier versions stay."),
    ...fields.fields,
    problems,
    h("button", { type: "submit" }, "Save this version"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    problems.replaceChildren();
    saveVersion(kind, stamped(fields.read()), save, reload, (reasons) => {
      const summary = fields.showProblems(reasons);
      problems.replaceChildren(summary);
      summary.focus();
    });
  });
  return form;
}

function editor(kind: Kind, id: string, start: Record<string, unknown>, save: Save, reload: () => void, heading: "h3" | "h4" = "h4"): HTMLElement {
  return kind === "safety-plan" ? formEditor(kind, start, save, reload, heading) : jsonEditor(kind, id, start, save, reload);
}

function failedDocument(read: { summary: ReadDocument["summary"]; failure: string }): HTMLElement {
  return h(
    "div",
    { class: "document failed", role: "alert", "data-document": read.summary.id, "data-kind": read.summary.kind },
    h("h3", {}, `✖ ${KIND_WORDS[read.summary.kind]}: FAILED verification`),
    h("p", {}, "Do not rely on it, and do not write over it. What the server sent does not match what its authors signed: it may have been altered or damaged. Tell your organisation's admin and the victim."),
    h("p", { class: "meta" }, `What failed: ${read.failure}`),
  );
}

function verifiedDocument(c: CaseContext, read: { summary: ReadDocument["summary"]; versions: DocumentVersion[] }, reload: () => void): HTMLElement {
  const { summary, versions } = read;
  const latest = versions.at(-1);
  if (latest === undefined) return errorBox(`${KIND_WORDS[summary.kind]} has no versions.`);
  const earlier = versions.slice(0, -1).reverse();
  const place = h("div");
  const title = `doc-${summary.id}`;
  const client = documentsClient(c.session, c);
  return h(
    "article",
    { class: "document", "data-document": summary.id, "data-kind": summary.kind, "aria-labelledby": title },
    h("h3", { id: title }, KIND_WORDS[summary.kind]),
    h("p", { class: "verified" }, `✔ Verified: ${versionHeading(c, latest, versions.length)}.`),
    latest.authorConfirmed ? null : h("p", { class: "warning" }, "The key this version is checked with came from the server, not from a check you made: treat who wrote it with care."),
    contentView(latest.content),
    earlier.length === 0
      ? null
      : h(
          "details",
          { class: "amendments" },
          h("summary", {}, `Earlier versions: ${earlier.length}`),
          ...earlier.map((v) => h("section", { class: "version" }, h("h4", {}, versionHeading(c, v, versions.length)), contentView(v.content))),
        ),
    button(`Write a new version of the ${KIND_WORDS[summary.kind].toLowerCase()}`, () => {
      place.replaceChildren(editor(summary.kind, summary.id, latest.content, (content) => client.update(summary.id, content), reload));
      place.querySelector<HTMLElement>("input, select, textarea")?.focus();
    }),
    place,
  );
}

function starters(c: CaseContext, have: ReadonlySet<Kind>, reload: () => void): HTMLElement | null {
  const missing = KINDS.filter((k) => !have.has(k));
  if (missing.length === 0) return null;
  const place = h("div");
  const readers = [
    { accountId: c.victimId, hpkePublic: c.victimHpkePublic },
    { accountId: c.session.identity.accountId, hpkePublic: c.session.identity.keys.hpkePublic },
  ];
  const client = documentsClient(c.session, c);
  return h(
    "div",
    { class: "starters" },
    ...missing.map((kind) =>
      button(START_WORDS[kind], () => {
        place.replaceChildren(editor(kind, kind, template(kind, new Date()), (content) => client.create(c.victimId, kind, content, readers), reload, "h3"));
        place.querySelector<HTMLElement>("input, select, textarea")?.focus();
      }, { class: "secondary" }),
    ),
    place,
  );
}

export function documentsSection(c: CaseContext, documents: readonly ReadDocument[], reload: () => void): HTMLElement {
  const order = (d: ReadDocument): string => `${KINDS.indexOf(d.summary.kind)}${d.summary.created_at}`;
  const sorted = [...documents].sort((a, b) => order(a).localeCompare(order(b)));
  const failed = sorted.filter((d) => "failure" in d).length;
  return h(
    "section",
    { "aria-labelledby": "documents-title" },
    h("h2", { id: "documents-title" }, "Case documents"),
    h("p", { class: "meta" }, "Kept with the victim, encrypted so that only she and you can read them; each version is signed by whoever wrote it. A risk review records what she said and what you judged: it identifies risk, it does not predict it."),
    failed === 0 ? null : h("div", { class: "error", role: "alert" }, `${failed} case ${failed === 1 ? "document" : "documents"} FAILED verification: see below, in red.`),
    sorted.length === 0 ? h("p", {}, "No case documents yet.") : null,
    ...sorted.map((d) => ("failure" in d ? failedDocument(d) : verifiedDocument(c, d, reload))),
    starters(c, new Set(sorted.map((d) => d.summary.kind)), reload),
  );
}

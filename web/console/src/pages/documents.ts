/**
 * The case documents on the case page (docs/protocol §28): each shown decrypted and verified here
 * with its versions, or in red when it fails verification; a new version written by the advocate,
 * checked against its kind's schema and signed in this browser; a document started when there is none.
 */

import { type caseDocuments, ContentInvalid, type DocumentVersion } from "@daybook/sdk";

import { type CaseContext, type Kind, KINDS, type ReadDocument, documentsClient, kindWords } from "../casework.js";
import { contentView } from "../document_view.js";
import { announce, button, errorBox, h } from "../dom.js";
import { type Failure, failureView } from "../failures.js";
import { type MessageId, t } from "../i18n.js";
import { schemaForm } from "../schema_form.js";
import { schemaHelp } from "../schema_help.js";
import { local } from "../time.js";

const SCHEMA_VERSION = 1;
const START_IDS: Record<Kind, MessageId> = { "safety-plan": "documents.start.safety-plan", "risk-review": "documents.start.risk-review", orders: "documents.start.orders", "case-progress": "documents.start.case-progress" };

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
  if (v.authorId === c.session.identity.accountId) return t("documents.by-you");
  if (v.authorId === c.victimId) return t("documents.by-victim");
  return v.authorConfirmed ? t("documents.by-other") : t("documents.by-unconfirmed");
}

function versionHeading(c: CaseContext, v: DocumentVersion, of: number): string {
  return t("documents.version", { version: v.version, count: of, by: authorWords(c, v), received: local(v.receivedAt) });
}

type Save = (content: caseDocuments.Content) => Promise<unknown>;

function stamped(content: Record<string, unknown>): caseDocuments.Content {
  return { ...(content as caseDocuments.Content), schema_version: SCHEMA_VERSION, written_at: `${new Date().toISOString().slice(0, 19)}+00:00` };
}

/** Seals and signs through the SDK, which checks the schema first; its problems go to `refused`. */
function saveVersion(kind: Kind, content: caseDocuments.Content, save: Save, reload: () => void, refused: (problems: string[]) => void): void {
  save(content)
    .then(() => {
      announce(t("documents.saved", { kind: kindWords(kind) }));
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
    h("label", { for: `edit-${id}` }, t("documents.new-version", { kind: kindWords(kind) })),
    h(
      "p",
      { class: "meta", id: `edit-help-${id}` },
      t("documents.json-help", { schema: `schemas/${kind}.schema.json` }),
    ),
    field,
    schemaHelp(kind),
    problems,
    h("button", { type: "submit" }, t("documents.save")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(field.value);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error(t("documents.one-object"));
    } catch (error) {
      problems.replaceChildren(errorBox(t("documents.not-json", { error: (error as Error).message })));
      return;
    }
    saveVersion(kind, stamped(parsed as Record<string, unknown>), save, reload, (reasons) =>
      problems.replaceChildren(h("div", { class: "error", role: "alert" }, t("documents.not-saved"), h("ul", {}, ...reasons.map((r) => h("li", {}, r))))),
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
    h(heading, {}, t("documents.new-version", { kind: kindWords(kind) })),
    h("p", { class: "meta" }, t("documents.form-help")),
    ...fields.fields,
    problems,
    h("button", { type: "submit" }, t("documents.save")),
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

function failedDocument(read: { summary: ReadDocument["summary"]; failure: Failure }): HTMLElement {
  return h(
    "div",
    { class: "document failed", role: "alert", "data-document": read.summary.id, "data-kind": read.summary.kind },
    h("h3", {}, t("documents.failed", { kind: kindWords(read.summary.kind) })),
    h("p", {}, t("documents.failed-explain")),
    ...failureView(read.failure),
  );
}

function verifiedDocument(c: CaseContext, read: { summary: ReadDocument["summary"]; versions: DocumentVersion[] }, reload: () => void): HTMLElement {
  const { summary, versions } = read;
  const latest = versions.at(-1);
  if (latest === undefined) return errorBox(t("documents.no-versions", { kind: kindWords(summary.kind) }));
  const earlier = versions.slice(0, -1).reverse();
  const place = h("div");
  const title = `doc-${summary.id}`;
  const client = documentsClient(c.session, c);
  return h(
    "article",
    { class: "document", "data-document": summary.id, "data-kind": summary.kind, "aria-labelledby": title },
    h("h3", { id: title }, kindWords(summary.kind)),
    h("p", { class: "verified" }, t("documents.verified", { version: versionHeading(c, latest, versions.length) })),
    latest.authorConfirmed ? null : h("p", { class: "warning" }, t("documents.unconfirmed")),
    contentView(latest.content),
    earlier.length === 0
      ? null
      : h(
          "details",
          { class: "amendments" },
          h("summary", {}, t("documents.earlier", { count: earlier.length })),
          ...earlier.map((v) => h("section", { class: "version" }, h("h4", {}, versionHeading(c, v, versions.length)), contentView(v.content))),
        ),
    // ICU's select keys take no hyphen.
    button(t("documents.write", { kind: summary.kind.replaceAll("-", "_") }), () => {
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
      button(t(START_IDS[kind]), () => {
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
    h("h2", { id: "documents-title" }, t("documents.title")),
    h("p", { class: "meta" }, t("documents.explain")),
    failed === 0 ? null : h("div", { class: "error", role: "alert" }, t("documents.failed-count", { count: failed })),
    sorted.length === 0 ? h("p", {}, t("documents.none")) : null,
    ...sorted.map((d) => ("failure" in d ? failedDocument(d) : verifiedDocument(c, d, reload))),
    starters(c, new Set(sorted.map((d) => d.summary.kind)), reload),
  );
}

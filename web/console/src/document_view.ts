/**
 * A case document's content in plain words: every field under a readable name, dates as dates,
 * yes and no for true and false, a risk review's questions in Daybook's own wording. Built from
 * text nodes only (dom.ts), so nothing in a document is ever parsed as HTML.
 */

import { orderWords } from "./casework.js";
import { h } from "./dom.js";
import { type MessageId, t } from "./i18n.js";
import { localSchema } from "./schema_help.js";
import { day, local } from "./time.js";

// A question's wording, in the console's language.
const question = (code: string): string | undefined => (localSchema("risk-review").$defs["questions"]?.const as Record<string, string> | undefined)?.[code];
const ANSWERS: Record<string, MessageId> = { yes: "answer.yes", no: "answer.no", "not-known": "answer.not-known", declined: "answer.declined" };
// Fields the reader needs no name for: ids are for references, the version and time are shown above.
const HIDDEN = new Set(["id", "schema_version", "written_at"]);
const NAMES: Record<string, MessageId> = {
  voicemail_safe: "field.voicemail_safe",
  code_word: "field.code_word",
  ready_to_leave: "field.ready_to_leave",
  next_review: "field.next_review",
  next_review_due: "field.next_review_due",
  assessed_on: "field.assessed_on",
  professional_judgement: "field.professional_judgement",
  officer_in_charge: "field.officer_in_charge",
  collar_number: "field.collar_number",
  crime_reference: "field.crime_reference",
  issued_by: "field.issued_by",
  served_on: "field.served_on",
  recorded_by: "field.recorded_by",
};

// Content arrives in canonical (alphabetical) order; what names a thing reads best first.
const FIRST = ["name", "word", "type", "reference", "question", "answer", "date", "trigger", "item", "level"];
const rank = (key: string): number => (FIRST.includes(key) ? FIRST.indexOf(key) : FIRST.length);

const lookUp = (ids: Record<string, MessageId>, key: string): string | undefined => {
  const id = ids[key];
  return id === undefined ? undefined : t(id);
};
// A field the catalogue does not name is shown by its schema name, made readable.
const words = (key: string): string => lookUp(NAMES, key) ?? key.charAt(0).toUpperCase() + key.slice(1).replaceAll("_", " ");

function scalar(key: string, value: unknown): string {
  if (typeof value === "boolean") return t(value ? "value.yes" : "value.no");
  if (value === null) return t("value.none");
  const text = String(value);
  if (key === "question") return question(text) ?? text;
  if (key === "answer") return lookUp(ANSWERS, text) ?? text;
  if (key === "type") return orderWords(text) ?? text.replaceAll("-", " ");
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return day(text);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return local(text);
  return text;
}

function valueView(key: string, value: unknown): Node {
  if (Array.isArray(value)) {
    if (value.length === 0) return document.createTextNode(t("value.none"));
    if (value.every((v) => typeof v !== "object" || v === null)) return document.createTextNode(value.map((v) => scalar(key, v)).join(", "));
    return h("ol", { class: "items" }, ...value.map((v) => h("li", {}, valueView(key, v))));
  }
  if (typeof value === "object" && value !== null) return fields(value as Record<string, unknown>);
  return document.createTextNode(scalar(key, value));
}

function fields(object: Record<string, unknown>): HTMLElement {
  const shown = Object.entries(object)
    .filter(([key]) => !HIDDEN.has(key))
    .sort(([a], [b]) => rank(a) - rank(b));
  return h("dl", { class: "fields" }, ...shown.flatMap(([key, value]) => [h("dt", {}, words(key)), h("dd", {}, valueView(key, value))]));
}

export function contentView(content: Record<string, unknown>): HTMLElement {
  return fields(content);
}

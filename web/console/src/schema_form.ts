/**
 * A form built from a case document's schema (schemas/*.schema.json): a labelled control for each
 * field, lists with "Add" and "Remove", each field's description as its hint. The content it reads
 * is checked by the SDK against the same schema before sealing; each problem the SDK reports
 * (a path such as `$.safe_contacts.0.name` and a reason) is shown beside its field and tied to it
 * with aria-describedby, and listed in a summary whose links move focus to the field.
 */

import type { Kind } from "./casework.js";
import { button, h } from "./dom.js";
import { type MessageId, t } from "./i18n.js";
import { AUTOMATIC, type Property, type Schema, localSchema } from "./schema_help.js";

/** Plain labels for the fields; a field not named here is labelled from its name. */
const LABELS: Record<string, MessageId> = {
  safe_contacts: "label.safe_contacts",
  name: "label.name",
  relationship: "label.relationship",
  ways: "label.ways",
  channel: "label.channel",
  detail: "label.detail",
  safe: "label.safe",
  when: "label.when",
  voicemail_safe: "label.voicemail_safe",
  knows_code_word: "label.knows_code_word",
  notes: "label.notes",
  code_word: "label.code_word",
  word: "label.word",
  means: "label.means",
  safe_places: "label.safe_places",
  where: "label.where",
  open: "label.open",
  routes: "label.routes",
  from: "label.from",
  to: "label.to",
  description: "label.description",
  triggers: "label.triggers",
  trigger: "label.trigger",
  actions: "label.actions",
  ready_to_leave: "label.ready_to_leave",
  items: "label.items",
  item: "label.item",
  ready: "label.ready",
  bag_location: "label.bag_location",
  next_review: "label.next_review",
};
// The word for one item of each list, as the catalogue's messages select it.
const ITEMS: Record<string, string> = { safe_contacts: "contact", ways: "way", safe_places: "place", routes: "route", triggers: "sign", items: "thing" };
const CHANNELS: Record<string, MessageId> = {
  call: "channel.call",
  text: "channel.text",
  email: "channel.email",
  "messaging-app": "channel.messaging-app",
  "in-person": "channel.in-person",
  other: "channel.other",
};
const LONG_TEXT = 2000;
// Fields whose schema description only repeats their label: no hint under them.
const SAID = new Set(["channel", "safe", "word", "actions"]);

interface Field {
  element: HTMLElement;
  /** The field's value, or undefined to leave it out; `path` names it as the SDK's problems do. */
  read: (path: string) => unknown;
}

let counter = 0;
const nextId = (): string => `sf-${++counter}`;
const named = (ids: Record<string, MessageId>, key: string): string | undefined => {
  const id = ids[key];
  return id === undefined ? undefined : t(id);
};
const label = (name: string): string => named(LABELS, name) ?? name.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
// Ids tie items together across documents; the person filling the form never needs to see one.
const newItemId = (): string => crypto.randomUUID().replace(/-/g, "").slice(0, 12);

function resolve(schema: Schema, p: Property): Property {
  const target = p.$ref?.startsWith("#/$defs/") ? schema.$defs[p.$ref.slice(8)] : undefined;
  if (target === undefined) return p;
  const description = p.description ?? target.description;
  return { ...target, ...p, ...(description === undefined ? {} : { description }) };
}

function hint(name: string, p: Property): { element: HTMLElement | null; id: string | undefined } {
  if (p.description === undefined || SAID.has(name)) return { element: null, id: undefined };
  const id = nextId();
  return { element: h("p", { class: "meta hint", id }, p.description), id };
}

type Attrs = Record<string, string | undefined>;
interface Control {
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  read: () => unknown;
}

function choice(attrs: Attrs, options: readonly string[], required: boolean, value: unknown): Control {
  const all = [...(required ? [] : [""]), ...options];
  const input = h("select", attrs, ...all.map((o) => h("option", { value: o, selected: o === value }, o === "" ? t("form.not-said") : (named(CHANNELS, o) ?? o))));
  return { input, read: () => (input.value === "" ? undefined : input.value) };
}

/** An optional yes/no can also be left unsaid, which a checkbox cannot say. */
function yesNo(attrs: Attrs, value: unknown): Control {
  const current = value === true ? "yes" : value === false ? "no" : "";
  const input = h("select", attrs, ...[["", t("form.not-said")], ["yes", t("answer.yes")], ["no", t("answer.no")]].map(([v, words]) => h("option", { value: v, selected: v === current }, words)));
  return { input, read: () => (input.value === "" ? undefined : input.value === "yes") };
}

function lines(attrs: Attrs, required: boolean, value: unknown): Control {
  const input = h("textarea", { ...attrs, rows: 4 }, Array.isArray(value) ? value.join("\n") : "");
  const read = (): unknown => {
    const found = input.value.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    return found.length === 0 && !required ? undefined : found;
  };
  return { input, read };
}

function text(attrs: Attrs, p: Property, required: boolean, value: unknown): Control {
  const current = typeof value === "string" ? value : "";
  const input = (p.maxLength ?? 0) > LONG_TEXT ? h("textarea", { ...attrs, rows: 4 }, current) : h("input", { ...attrs, type: p.format === "date" ? "date" : "text", value: current, autocomplete: "off" });
  const read = (): unknown => {
    const v = input.value.trim();
    return v === "" && !required ? undefined : v;
  };
  return { input, read };
}

/** A labelled control: text, long text, a date, a choice, lines, or yes/no. */
function control(name: string, p: Property, required: boolean, value: unknown): Field {
  const id = nextId();
  const help = hint(name, p);
  const attrs = { id, name, "aria-describedby": help.id, "data-base-describedby": help.id ?? "" };
  if (p.type === "boolean" && required) {
    const box = h("input", { ...attrs, type: "checkbox", checked: value === true, class: "check" });
    const element = h("div", { class: "field checkbox" }, h("label", {}, box, ` ${label(name)}`), help.element);
    return { element, read: (path) => mark(box, path, () => box.checked) };
  }
  const { input, read } =
    p.enum !== undefined ? choice(attrs, p.enum, required, value) : p.type === "boolean" ? yesNo(attrs, value) : p.type === "array" ? lines(attrs, required, value) : text(attrs, p, required, value);
  const element = h("div", { class: "field" }, h("label", { for: id }, required ? t("form.required", { label: label(name) }) : label(name)), help.element, input);
  return { element, read: (path) => mark(input, path, read) };
}

/** Records the field's path on it, so a problem the SDK reports can be put beside it. */
function mark(target: HTMLElement, path: string, read: () => unknown): unknown {
  target.dataset["path"] = path;
  return read();
}

function objectFields(schema: Schema, p: Property, value: Record<string, unknown>, top: boolean): { children: HTMLElement[]; read: (path: string) => Record<string, unknown> } {
  const required = p.required ?? [];
  const fields: [string, Field][] = [];
  const kept: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(p.properties ?? {})) {
    const q = resolve(schema, raw);
    if ((top && AUTOMATIC.has(name)) || q.const !== undefined) continue;
    if (name === "id" && raw.$ref === "#/$defs/id") {
      kept[name] = typeof value[name] === "string" ? value[name] : newItemId();
      continue;
    }
    fields.push([name, field(schema, name, q, required.includes(name), value[name])]);
  }
  return {
    children: fields.map(([, f]) => f.element),
    read: (path) => {
      const out: Record<string, unknown> = { ...kept };
      for (const [name, f] of fields) {
        const v = f.read(`${path}.${name}`);
        if (v !== undefined) out[name] = v;
      }
      return out;
    },
  };
}

function group(name: string, p: Property, ...children: (HTMLElement | null)[]): HTMLFieldSetElement {
  const help = hint(name, p);
  return h("fieldset", { class: "group", id: nextId(), "aria-describedby": help.id, "data-base-describedby": help.id ?? "" }, h("legend", {}, label(name)), help.element, ...children);
}

function field(schema: Schema, name: string, p: Property, required: boolean, value: unknown): Field {
  const items = p.items === undefined ? undefined : resolve(schema, p.items);
  if (p.type === "array" && items?.type === "object") return list(schema, name, p, items, Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
  if (p.type === "object") {
    const inner = objectFields(schema, p, (value ?? {}) as Record<string, unknown>, false);
    const element = group(name, p, ...inner.children);
    return {
      element,
      read: (path) => {
        element.dataset["path"] = path;
        const out = inner.read(path);
        return Object.keys(out).length === 0 && !required ? undefined : out;
      },
    };
  }
  return control(name, p, required, value);
}

/** A list of groups, each with "Remove", and "Add" below; focus follows what was added or removed. */
function list(schema: Schema, name: string, p: Property, items: Property, values: Record<string, unknown>[]): Field {
  const item = ITEMS[name] ?? "other";
  const entries: { element: HTMLFieldSetElement; read: (path: string) => Record<string, unknown> }[] = [];
  const holder = h("div", { class: "items" });
  const relabel = (): void =>
    entries.forEach((e, i) => {
      const legend = e.element.querySelector(":scope > legend");
      const remove = e.element.querySelector(":scope > .remove");
      if (legend) legend.textContent = t("form.item", { item, number: i + 1 });
      if (remove) remove.textContent = t("form.remove-item", { item, number: i + 1 });
    });
  const add = (value: Record<string, unknown>): HTMLFieldSetElement => {
    const inner = objectFields(schema, items, value, false);
    const element = h("fieldset", { class: "item", id: nextId() }, h("legend", {}), ...inner.children);
    const entry = { element, read: inner.read };
    element.append(
      button(t("form.remove"), () => {
        entries.splice(entries.indexOf(entry), 1);
        element.remove();
        relabel();
        addButton.focus();
      }, { class: "secondary remove" }),
    );
    entries.push(entry);
    holder.append(element);
    relabel();
    return element;
  };
  const addButton = button(t("form.add-item", { item }), () => {
    const element = add({});
    element.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, { class: "secondary" });
  values.forEach(add);
  const element = group(name, p, holder, addButton);
  return {
    element,
    read: (path) => {
      element.dataset["path"] = path;
      return entries.length === 0 ? undefined : entries.map((e, i) => e.read(`${path}.${i}`));
    },
  };
}

export interface SchemaForm {
  fields: HTMLElement[];
  read: () => Record<string, unknown>;
  /** Shows each problem beside its field (or the nearest group that has one); returns the summary. */
  showProblems: (problems: readonly string[]) => HTMLElement;
}

const REQUIRED = /^must have required property '(.+)'$/;
const PLAIN: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^must NOT have fewer than 1 characters$/, () => t("form.fill-in")],
  [REQUIRED, (m) => t("form.fill-in-field", { label: label(m[1] ?? "") })],
  [/^must match format "date"$/, () => t("form.give-date")],
];

function plain(reason: string): string {
  for (const [pattern, words] of PLAIN) {
    const m = reason.match(pattern);
    if (m) return words(m);
  }
  return reason;
}

/** Back to no problem: not invalid, described by its hint alone. */
function settle(field: HTMLElement): void {
  field.removeAttribute("aria-invalid");
  const base = field.dataset["baseDescribedby"] ?? "";
  if (base === "") field.removeAttribute("aria-describedby");
  else field.setAttribute("aria-describedby", base);
}

function clearProblems(form: HTMLFormElement): void {
  form.querySelectorAll(".field-error").forEach((e) => e.remove());
  form.querySelectorAll<HTMLElement>("[aria-invalid]").forEach(settle);
}

/** The field a problem is about; a missing property is about that field; else the nearest group that has a path. */
function fieldAt(form: HTMLFormElement, path: string, reason: string): HTMLElement | null {
  const missing = reason.match(REQUIRED)?.[1];
  let at = missing === undefined ? path : `${path}.${missing}`;
  for (;;) {
    const target = form.querySelector<HTMLElement>(`[data-path="${CSS.escape(at)}"]`);
    if (target !== null) return target;
    if (!at.includes(".")) return null;
    at = at.slice(0, at.lastIndexOf("."));
  }
}

function nameOf(form: HTMLFormElement, target: HTMLElement): string {
  const words = target instanceof HTMLFieldSetElement ? target.querySelector(":scope > legend")?.textContent : (form.querySelector(`label[for="${target.id}"]`) ?? target.closest("label"))?.textContent;
  return words?.trim() ?? t("form.a-field");
}

/** Puts the problem under its field, ties it to the field, and returns the summary's link to it. */
function markProblem(form: HTMLFormElement, target: HTMLElement, words: string): HTMLElement {
  const id = nextId();
  const note = h("p", { class: "field-error", id }, words);
  if (target instanceof HTMLFieldSetElement) target.querySelector(":scope > legend")?.after(note);
  else (target.closest(".field") ?? target).append(note);
  target.setAttribute("aria-invalid", "true");
  target.setAttribute("aria-describedby", [target.dataset["baseDescribedby"], id].filter(Boolean).join(" "));
  const focus = (event: Event): void => {
    event.preventDefault();
    (target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>("input, select, textarea, button") : target)?.focus();
  };
  const item = h("li", {}, h("a", { href: `#${target.id}`, onclick: focus }, t("form.problem", { field: nameOf(form, target), problem: words })));
  // Once the field is changed its problem may be gone (it is checked again on saving).
  const corrected = (): void => {
    const summary = item.closest(".error");
    note.remove();
    item.remove();
    if (summary?.querySelector("li") === null) summary.remove();
    settle(target);
  };
  target.addEventListener("input", corrected, { once: true });
  return item;
}

// Listed in the order of the form, not of the SDK's sorted paths.
function formOrder(a: HTMLElement | null, b: HTMLElement | null): number {
  if (a === null || b === null || a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function schemaForm(kind: Kind, start: Record<string, unknown>, form: HTMLFormElement): SchemaForm {
  const schema = localSchema(kind);
  const top = objectFields(schema, { properties: schema.properties, required: schema.required ?? [] }, start, true);
  return {
    fields: top.children,
    read: () => {
      clearProblems(form);
      return top.read("$");
    },
    showProblems: (problems) => {
      clearProblems(form);
      const found = problems.map((problem) => {
        const split = problem.indexOf(": ");
        const [path, reason] = split < 0 ? ["$", problem] : [problem.slice(0, split), problem.slice(split + 2)];
        const target = fieldAt(form, path, reason);
        return { target, item: target === null ? h("li", {}, plain(reason)) : markProblem(form, target, plain(reason)) };
      });
      const links = found.sort((a, b) => formOrder(a.target, b.target)).map((f) => f.item);
      return h("div", { class: "error", role: "alert", tabindex: -1 }, t("form.not-saved"), h("ul", {}, ...links));
    },
  };
}

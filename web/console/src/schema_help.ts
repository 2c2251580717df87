/**
 * "What each field means" beside the editor of a case document: each field of the kind's schema
 * (schemas/*.schema.json, bundled at build time) with its description and the values it takes,
 * and for a risk review every question's code with its wording.
 */

import caseProgress from "../../../schemas/case-progress.schema.json";
import orders from "../../../schemas/orders.schema.json";
import riskReview from "../../../schemas/risk-review.schema.json";
import safetyPlan from "../../../schemas/safety-plan.schema.json";

import type { Kind } from "./casework.js";
import { h } from "./dom.js";
import { type Language, type MessageId, language, t } from "./i18n.js";
import { translatedSchema } from "./schema_words.js";

export interface Property {
  description?: string;
  const?: unknown;
  format?: string;
  maxLength?: number;
  enum?: string[];
  type?: string;
  items?: Property;
  properties?: Record<string, Property>;
  required?: string[];
  $ref?: string;
}

export interface Schema {
  properties: Record<string, Property>;
  required?: string[];
  $defs: Record<string, Property>;
}

export const SCHEMAS: Record<Kind, Schema> = {
  "safety-plan": safetyPlan as unknown as Schema,
  "risk-review": riskReview as unknown as Schema,
  orders: orders as unknown as Schema,
  "case-progress": caseProgress as unknown as Schema,
};
const translated = new Map<string, Schema>();

/** The kind's schema with its descriptions and questions in the console's language (schema_words.ts). */
export function localSchema(kind: Kind, code: Language = language()): Schema {
  const key = `${code}\u0000${kind}`;
  let found = translated.get(key);
  if (found === undefined) {
    found = translatedSchema(kind, SCHEMAS[kind], code);
    translated.set(key, found);
  }
  return found;
}

const TYPES: Record<string, MessageId> = { boolean: "help.boolean", string: "help.string", object: "help.object", array: "help.array", integer: "help.integer" };
// Filled in by the console on saving.
export const AUTOMATIC = new Set(["schema_version", "written_at"]);

function format(schema: Schema, p: Property): string {
  const target = p.$ref?.startsWith("#/$defs/") ? schema.$defs[p.$ref.slice(8)] : undefined;
  const type = TYPES[p.type ?? ""];
  const kind = p.enum ? t("help.one-of", { values: p.enum.join(", ") }) : (target?.description ?? (type === undefined ? "" : t(type)));
  return [p.description, kind].filter(Boolean).join(" — ");
}

function fieldList(schema: Schema, properties: Record<string, Property>, required: readonly string[]): HTMLElement {
  return h(
    "dl",
    { class: "fields" },
    ...Object.entries(properties)
      .filter(([name]) => !AUTOMATIC.has(name))
      .flatMap(([name, p]) => {
        const inner = p.properties ?? p.items?.properties;
        return [
          h("dt", {}, h("code", {}, name), required.includes(name) ? t("help.required") : ""),
          h("dd", {}, format(schema, p) || t("help.string"), inner ? fieldList(schema, inner, p.required ?? p.items?.required ?? []) : null),
        ];
      }),
  );
}

export function schemaHelp(kind: Kind): HTMLElement {
  const schema = localSchema(kind);
  const questions = schema.$defs["questions"]?.const as Record<string, string> | undefined;
  return h(
    "details",
    { class: "schema-help" },
    h("summary", {}, t("help.summary")),
    fieldList(schema, schema.properties, schema.required ?? []),
    questions
      ? h("dl", { class: "fields" }, ...Object.entries(questions).flatMap(([code, words]) => [h("dt", {}, h("code", {}, code)), h("dd", {}, words)]))
      : null,
  );
}

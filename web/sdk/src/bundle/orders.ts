/**
 * The orders a bundle carries and the incidents that may breach them, in the
 * words of the Python pack (app/client/police_pack/orders.py, in English):
 * an incident is a possible breach when it names an order, and the condition
 * when it names one, and began, on the local clock where it happened, on a day
 * the order was in force (start and end included). Whether it is a breach is
 * for the police and the court.
 */

import { orders as ordersSchema } from "../client/case_document_schema_validate.js";

export interface Condition {
  conditionId: string;
  text: string;
}

export interface Order {
  documentId: string;
  orderId: string;
  type: string;
  issuedBy: string;
  /** YYYY-MM-DD, as the order states it. */
  start: string;
  end: string | null;
  conditions: Condition[];
  reference: string | null;
  typeOther: string | null;
  servedOn: string | null;
}

export interface Breach {
  order: Order;
  /** The condition's number, counted from 1 in the order's list; null when the incident names the whole order. */
  condition: number | null;
}

export const ORDERS_NOTE =
  "The orders the incidents name, as the victim's orders case document states them;" +
  " her device added them to the bundle, and no signed entry holds them. An incident" +
  " is marked as a possible breach when it names the order, or one of its conditions," +
  " and happened while the order was in force. Whether it is a breach is for the" +
  " police and the court.";

const ORDER_TYPES: Record<string, string> = {
  "stalking-protection-order": "Stalking Protection Order",
  "interim-stalking-protection-order": "Interim Stalking Protection Order",
  "restraining-order": "Restraining order",
  "non-molestation-order": "Non-molestation order",
  "bail-conditions": "Bail conditions",
  "us-protective-order": "Protective order (US)",
};

// The register's own time, needed by the schema, is not carried: any will do.
const EPOCH = "1970-01-01T00:00:00+00:00";

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
}

/** Every way one carried order breaks schemas/orders.schema.json, as "path: rule", sorted. */
export function orderProblems(order: unknown): string[] {
  const check = ordersSchema as unknown as ((data: unknown) => boolean) & { errors?: AjvError[] | null };
  if (check({ schema_version: 1, written_at: EPOCH, orders: [order] })) return [];
  return (check.errors ?? []).map((e) => `$${e.instancePath.replace(/\//g, ".")}: ${e.message ?? e.keyword}`).sort();
}

/** From an order already checked against the schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- checked against the schema
export function orderFromDocument(documentId: string, order: Record<string, any>): Order {
  return {
    documentId,
    orderId: order.id,
    type: order.type,
    issuedBy: order.issued_by,
    start: order.start,
    end: order.end ?? null,
    conditions: (order.conditions as { id: string; text: string }[]).map((c) => ({ conditionId: c.id, text: c.text })),
    reference: order.reference ?? null,
    typeOther: order.type_other ?? null,
    servedOn: order.served_on ?? null,
  };
}

/** Python's string order (by code point), where JavaScript's `<` compares UTF-16 units. */
function codePoints(a: string, b: string): number {
  const [x, y] = [Array.from(a, (c) => c.codePointAt(0) as number), Array.from(b, (c) => c.codePointAt(0) as number)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

/** By start, then reference, then id (bundle_open._orders). */
export function byStart(a: Order, b: Order): number {
  return codePoints(a.start, b.start) || codePoints(a.reference ?? "", b.reference ?? "") || codePoints(a.orderId, b.orderId);
}

const inForceOn = (order: Order, day: string): boolean => order.start <= day && (order.end === null || day <= order.end);

/** The day an incident began, YYYY-MM-DD, on the wall clock of its time zone (else of its own offset); null without a start. */
export function localStartDay(fields: Record<string, unknown>): string | null {
  const occurred = fields["occurred"] as Record<string, unknown> | undefined;
  const start = typeof occurred === "object" && occurred !== null ? occurred["start"] : undefined;
  if (typeof start !== "string") return null;
  const zone = (occurred as Record<string, unknown>)["time_zone"];
  if (typeof zone !== "string") return start.slice(0, 10);
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(start));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The orders, and conditions, an incident's current `fields` name and that were in force the day it began. */
export function possibleBreaches(orders: readonly Order[], fields: Record<string, unknown>): Breach[] {
  const day = localStartDay(fields);
  const named = fields["orders_in_force"];
  if (day === null || !Array.isArray(named)) return [];
  const found: Breach[] = [];
  for (const reference of named as { document_id: string; order_id: string; condition_id?: string }[]) {
    const order = orders.find((o) => o.documentId === reference.document_id.toLowerCase() && o.orderId === reference.order_id);
    if (order === undefined || !inForceOn(order, day)) continue;
    const ids = order.conditions.map((c) => c.conditionId);
    if (reference.condition_id === undefined) found.push({ order, condition: null });
    else if (ids.includes(reference.condition_id)) found.push({ order, condition: ids.indexOf(reference.condition_id) + 1 });
  }
  return found;
}

/** Its type and reference: "Stalking Protection Order NM/2026/0412". */
export function orderTitle(order: Order): string {
  const kind = order.type === "other" ? order.typeOther : ORDER_TYPES[order.type];
  return [kind, order.reference].filter((part) => part !== null && part !== undefined && part !== "").join(" ");
}

export function breachLine(breach: Breach): string {
  const title = orderTitle(breach.order);
  return breach.condition === null ? `Possible breach of ${title}` : `Possible breach of ${title} condition ${breach.condition}`;
}

export const breachLines = (orders: readonly Order[], fields: Record<string, unknown>): string[] => possibleBreaches(orders, fields).map(breachLine);

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Mon 3 Mar 2025" (text.format_date in English). */
export function formatDate(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${date} ${MONTHS[month - 1]} ${year}`;
}

export function period(order: Order): string {
  const start = formatDate(order.start);
  return order.end === null ? `from ${start}, until further order` : `${start} to ${formatDate(order.end)}`;
}

export const ORDER_HEADERS = ["Order", "Issued by", "In force", "Conditions"];

/** One row per order; its conditions numbered as the breach lines count them. */
export function orderRows(orders: readonly Order[]): string[][] {
  return orders.map((order) => [orderTitle(order), order.issuedBy, period(order), order.conditions.map((c, n) => `${n + 1}. ${c.text}`).join("\n")]);
}

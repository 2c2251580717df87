/**
 * The case work an advocate's browser works out for itself (docs/protocol §28 and §29.2): the
 * case documents, each decrypted and verified; the reviews due and the orders ending, from the
 * latest risk reviews and orders registers; and the advisory flags from the shared incidents.
 * The server computes none of it. Rules mirror app/client/case_review.py and case_flags.py.
 */

import { ApiError, CaseDocuments, type DocumentVersion, type Flag, type Incident, type Schemas, caseFlags, orderFromDocument } from "@daybook/sdk";

import { type Failure, failureOf } from "./failures.js";
import { type MessageId, t } from "./i18n.js";
import type { Session } from "./session.js";

export type Kind = Schemas["DocumentSummary"]["kind"];
export const KINDS: readonly Kind[] = ["safety-plan", "risk-review", "orders", "case-progress"];
const KIND_IDS: Record<Kind, MessageId> = { "safety-plan": "kind.safety-plan", "risk-review": "kind.risk-review", orders: "kind.orders", "case-progress": "kind.case-progress" };
export const kindWords = (kind: Kind): string => t(KIND_IDS[kind]);

// Risk reviews fall every six to eight weeks: shown from a week before. Orders ending within
// four weeks (or ended in the last four) are shown, so a renewal can be sought.
const REVIEW_WARNING_DAYS = 7;
const ORDER_WARNING_DAYS = 28;
const DAY_MS = 24 * 3600 * 1000;

export interface Victim {
  victimId: string;
  victimSigningPublic: Uint8Array;
}

/** A case as the case page works with it: the victim's keys are those served with the case. */
export interface CaseContext extends Victim {
  session: Session;
  caseId: string;
  victimHpkePublic: Uint8Array;
}

export type ReadDocument = { summary: Schemas["DocumentSummary"]; versions: DocumentVersion[] } | { summary: Schemas["DocumentSummary"]; failure: Failure };

export interface Due {
  /** The order's name and reference; null for the next risk review. */
  order: string | null;
  on: string;
  overdue: boolean;
}

/** The case documents API on this browser: the victim's signing key is the one confirmed for the case. */
export function documentsClient(s: Session, victim: Victim): CaseDocuments {
  return new CaseDocuments(s.api, s.identity, new Map([[victim.victimId, victim.victimSigningPublic]]));
}

/** Every document of the victim's, each with its whole history verified; a failure is kept, never dropped. */
export async function readDocuments(s: Session, victim: Victim): Promise<ReadDocument[]> {
  const client = documentsClient(s, victim);
  const mine = (await client.documents()).filter((d) => d.victim_id === victim.victimId);
  return Promise.all(
    mine.map(async (summary): Promise<ReadDocument> => {
      try {
        return { summary, versions: await client.read(summary.id) };
      } catch (error) {
        if (error instanceof ApiError) throw error;
        return { summary, failure: failureOf(error) };
      }
    }),
  );
}

/** The latest content of each verified document of a kind. */
export function latestOf(documents: readonly ReadDocument[], kind: Kind): Record<string, unknown>[] {
  return documents
    .filter((d) => d.summary.kind === kind && "versions" in d)
    .map((d) => ("versions" in d ? d.versions.at(-1)?.content : undefined))
    .filter((c): c is NonNullable<typeof c> => c !== undefined);
}

/** Today's date in this browser's zone, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

const dateOf = (value: unknown): string | null => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The next review of the latest risk review (by its date), if due within a week or past. */
export function reviewsDue(riskReviews: readonly Record<string, unknown>[], on: string): Due[] {
  const dated = riskReviews.filter((r) => dateOf(r["next_review_due"]) !== null);
  const latest = dated.reduce<Record<string, unknown> | null>((a, r) => (a === null || String(r["assessed_on"] ?? "") > String(a["assessed_on"] ?? "") ? r : a), null);
  const due = latest === null ? null : dateOf(latest["next_review_due"]);
  if (due === null || daysBetween(on, due) > REVIEW_WARNING_DAYS) return [];
  return [{ order: null, on: due, overdue: due < on }];
}

const ORDER_IDS: Record<string, MessageId> = {
  "stalking-protection-order": "order.stalking-protection-order",
  "interim-stalking-protection-order": "order.interim-stalking-protection-order",
  "restraining-order": "order.restraining-order",
  "non-molestation-order": "order.non-molestation-order",
  "bail-conditions": "order.bail-conditions",
  "us-protective-order": "order.us-protective-order",
  other: "order.other",
};

/** An order's type in words; a type Daybook does not know is shown as written. */
export function orderWords(type: string): string | null {
  const id = ORDER_IDS[type];
  return id === undefined ? null : t(id);
}

function ordersIn(registers: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return registers.flatMap((r) => (Array.isArray(r["orders"]) ? (r["orders"] as Record<string, unknown>[]) : []));
}

/** Orders of the registers ending within four weeks, or ended in the last four. */
export function ordersEnding(registers: readonly Record<string, unknown>[], on: string): Due[] {
  const found: Due[] = [];
  for (const order of ordersIn(registers)) {
    const end = dateOf(order["end"]);
    if (end !== null && Math.abs(daysBetween(on, end)) <= ORDER_WARNING_DAYS) {
      const type = orderWords(String(order["type"])) ?? String(order["type"]);
      found.push({ order: `${type} ${String(order["reference"] ?? order["id"])}`, on: end, overdue: end < on });
    }
  }
  return found.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** The advisory flags of the shared incidents (their latest versions) against the orders registers. */
export function flagsOf(incidents: readonly { entryId: string; incident: Incident }[], registers: readonly Record<string, unknown>[], on: string): Flag[] {
  const orders = ordersIn(registers).map((o) => orderFromDocument(o as Parameters<typeof orderFromDocument>[0]));
  return caseFlags(incidents, on, orders);
}

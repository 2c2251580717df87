/**
 * Advisory flags for an advocate, computed on the advocate's device from the incidents the victim
 * shares and the case's orders register: the twin of app/client/case_flags.py, rule for rule and
 * word for word (docs/vectors/case-flags.json holds cases both are checked against). The server
 * computes nothing from content. Flags are prompts for professional judgement, never a prediction:
 * a flag that is absent means only that the shared entries do not show the pattern.
 *
 * Each flag carries its reason twice: `reason` in English, word for word as the CLI's English, and
 * `facts`, the counts and days that reason is made of, so that a client words it in the person's
 * own language from its catalogue (the console does; docs/vectors/case-flags.json checks both).
 */

import type { Json } from "../protocol/commitment.js";

const WINDOW_MS = 28 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
export const HOME_WORDS = ["home", "my house", "my flat", "my door", "front door", "doorstep", "my garden"] as const;
const PRESENCE: ReadonlySet<string> = new Set(["following", "loitering", "watching_or_spying", "interfering_with_property"]);
const CONTACT: ReadonlySet<string> = new Set([...PRESENCE, "contacting", "threats", "violence", "publishing"]);
// Python's \b is Unicode-aware: a word character is a letter, digit or underscore of any script.
const HOME = new RegExp(`(?<![\\p{L}\\p{N}_])(${HOME_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}_])`, "iu");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** One shared entry's latest version, decrypted and verified. */
export interface SharedIncident {
  entryId: string;
  incident: Record<string, Json>;
}

/** An order of the case's register (docs/protocol §28): dates as YYYY-MM-DD, `end` null while open-ended. */
export interface Order {
  orderId: string;
  kind: string;
  start: string;
  end: string | null;
}

/**
 * What a flag's reason is made of, by kind (every day YYYY-MM-DD, as the victim recorded it):
 * - rising: counts.recent in the 4 weeks to days[0] (today), counts.before in the 4 weeks before;
 * - threats-or-violence: counts.threats and counts.violence, the latest on days[0];
 * - home-visits: counts.incidents at or around her home, on days (in order);
 * - third-parties: counts.people contacted or used to reach her in counts.incidents;
 * - possible-breach: counts.named naming an order, counts.during with contact while one was in force.
 */
export interface FlagFacts {
  counts: Record<string, number>;
  days: string[];
}

export interface Flag {
  kind: "rising" | "threats-or-violence" | "home-visits" | "third-parties" | "possible-breach";
  reason: string;
  facts: FlagFacts;
  entryIds: string[];
}

export function orderFromDocument(order: Record<string, Json>): Order {
  const end = order["end"];
  return { orderId: String(order["id"]), kind: String(order["type"]), start: String(order["start"]).slice(0, 10), end: end === null || end === undefined ? null : String(end).slice(0, 10) };
}

const inForce = (o: Order, day: string): boolean => o.start <= day && (o.end === null || day <= o.end);

interface Seen {
  entryId: string;
  incident: Record<string, Json>;
  /** The instant, for windows and order. */
  at: number;
  /** The date as written, in the offset the victim recorded (Python's datetime.date()). */
  day: string;
  behaviours: ReadonlySet<string>;
}

function seen(i: SharedIncident): Seen {
  const start = String((i.incident["occurred"] as Record<string, Json> | undefined)?.["start"] ?? "");
  const at = Date.parse(start);
  if (Number.isNaN(at) || !/^\d{4}-\d{2}-\d{2}T/.test(start)) throw new Error(`entry ${i.entryId}: no time it happened`);
  const behaviours = Array.isArray(i.incident["behaviours"]) ? i.incident["behaviours"].map(String) : [];
  return { entryId: i.entryId, incident: i.incident, at, day: start.slice(0, 10), behaviours: new Set(behaviours) };
}

/** "6 Dec 2026", as Python's f"{d.day} {d:%b %Y}". */
function dayWords(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${date ?? 0} ${MONTHS[(month ?? 1) - 1] ?? ""} ${year ?? 0}`;
}

const plural = (count: number, word: string): string => (count === 1 ? `${count} ${word}` : `${count} ${word}s`);
const ids = (found: readonly Seen[]): string[] => found.map((i) => i.entryId);

function rising(incidents: readonly Seen[], today: string): Flag | null {
  const end = Date.parse(`${today}T00:00:00Z`) + DAY_MS;
  const recent = incidents.filter((i) => end - WINDOW_MS <= i.at && i.at < end);
  const before = incidents.filter((i) => end - 2 * WINDOW_MS <= i.at && i.at < end - WINDOW_MS);
  if (recent.length < 2 || recent.length <= before.length) return null;
  return {
    kind: "rising",
    reason: `${plural(recent.length, "incident")} in the 4 weeks to ${dayWords(today)}, ${before.length} in the 4 weeks before`,
    facts: { counts: { recent: recent.length, before: before.length }, days: [today] },
    entryIds: ids(recent),
  };
}

function threatsOrViolence(incidents: readonly Seen[]): Flag | null {
  const found = incidents.filter((i) => i.behaviours.has("threats") || i.behaviours.has("violence"));
  if (found.length === 0) return null;
  const threats = found.filter((i) => i.behaviours.has("threats")).length;
  const violence = found.filter((i) => i.behaviours.has("violence")).length;
  // The first of the latest, as Python's max().
  const latest = found.reduce((a, b) => (b.at > a.at ? b : a));
  return {
    kind: "threats-or-violence",
    reason: `threats recorded in ${plural(threats, "incident")}, violence in ${violence}; the latest on ${dayWords(latest.day)}`,
    facts: { counts: { threats, violence }, days: [latest.day] },
    entryIds: ids(found),
  };
}

function atHome(i: Seen): boolean {
  const location = i.incident["location"];
  const place = typeof location === "object" && location !== null && !Array.isArray(location) ? location["description"] : undefined;
  return typeof place === "string" && HOME.test(place) && [...i.behaviours].some((b) => PRESENCE.has(b));
}

function homeVisits(incidents: readonly Seen[]): Flag | null {
  const found = incidents.filter(atHome);
  if (found.length < 2) return null;
  const days = [...found].sort((a, b) => a.at - b.at).map((i) => i.day);
  return {
    kind: "home-visits",
    reason: `${found.length} incidents at or around her home: ${days.map(dayWords).join(", ")}`,
    facts: { counts: { incidents: found.length }, days },
    entryIds: ids(found),
  };
}

const listed = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);

function thirdParties(incidents: readonly Seen[]): Flag | null {
  const found = incidents.filter((i) => listed(i.incident["third_parties"]).length > 0);
  if (found.length === 0) return null;
  const people = found.reduce((n, i) => n + listed(i.incident["third_parties"]).length, 0);
  return {
    kind: "third-parties",
    reason: `${plural(people, "other person")} contacted or used to reach her (stalking by proxy) in ${plural(found.length, "incident")}`,
    facts: { counts: { people, incidents: found.length }, days: [] },
    entryIds: ids(found),
  };
}

function breaches(incidents: readonly Seen[], orders: readonly Order[]): Flag | null {
  const named = incidents.filter((i) => listed(i.incident["orders_in_force"]).length > 0);
  const during = incidents.filter((i) => !named.includes(i) && [...i.behaviours].some((b) => CONTACT.has(b)) && orders.some((o) => inForce(o, i.day)));
  if (named.length === 0 && during.length === 0) return null;
  const parts: string[] = [];
  if (named.length > 0) parts.push(`${plural(named.length, "incident")} naming an order or condition in force`);
  if (during.length > 0) parts.push(`${during.length} with contact or presence while an order was in force`);
  return {
    kind: "possible-breach",
    reason: `${parts.join("; ")}: check them against the conditions`,
    facts: { counts: { named: named.length, during: during.length }, days: [] },
    entryIds: ids([...named, ...during]),
  };
}

/** Every flag the shared incidents raise, in a fixed order. `today` is the advocate's date, YYYY-MM-DD. */
export function flags(incidents: Iterable<SharedIncident>, today: string, orders: readonly Order[] = []): Flag[] {
  const shared = [...incidents].map(seen).sort((a, b) => a.at - b.at || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
  const found = [rising(shared, today), threatsOrViolence(shared), homeVisits(shared), thirdParties(shared), breaches(shared, orders)];
  return found.filter((f): f is Flag => f !== null);
}

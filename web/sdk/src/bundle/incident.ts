/**
 * The incident checks (app/client/incident.py): a diary entry's whole incident must pass
 * validateIncident, a bundle's disclosed fields validateDisclosed. Each applies the schema of
 * the incident's `schema_version` (schemas/), forgiving only the absence of withheld required
 * fields, then the rules beside the schema.
 */

import { MAX_ATTACHMENTS } from "../protocol/commitment.js";
import { validateIncidentSchema } from "./incident_schema.js";

export class IncidentInvalid extends Error {}

/** As validate_incident: an incident read from or written to the diary, every field present. */
export function validateIncident(incident: Record<string, unknown>): void {
  const version = incident["schema_version"];
  if (version !== undefined && version !== null && version !== 1 && version !== 2) {
    // A reader must not guess at a version it does not know; the schema's complaints would be noise.
    throw new IncidentInvalid(`invalid incident:\n$.schema_version: version ${JSON.stringify(version)} is not known here`);
  }
  validateDisclosed(incident, []);
}

export function validateDisclosed(incident: Record<string, unknown>, withheld: readonly string[]): void {
  const problems = validateIncidentSchema(incident).filter((p) => !(p.keyword === "required" && withheld.includes(p.missing ?? ""))).map((p) => p.message);
  problems.push(...extraProblems(incident));
  if (problems.length > 0) throw new IncidentInvalid(`invalid incident:\n${problems.sort().join("\n")}`);
}

function extraProblems(incident: Record<string, any>): string[] {
  const problems: string[] = [];
  const occurred = incident.occurred;
  if (typeof occurred === "object" && occurred !== null && !Array.isArray(occurred)) {
    if (typeof occurred.time_zone === "string" && !isTimeZone(occurred.time_zone)) problems.push("$.occurred.time_zone: is not a time zone in the IANA tz database");
    const [start, end] = [parseTime(occurred.start), parseTime(occurred.end)];
    if (start !== null && end !== null && end < start) problems.push("$.occurred.end: is before the start");
  }
  problems.push(...attachmentProblems(incident.attachments));
  return problems;
}

function isTimeZone(name: string): boolean {
  if (name === "localtime" || name === "posixrules") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function parseTime(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function attachmentProblems(attachments: unknown): string[] {
  if (!Array.isArray(attachments)) return [];
  const seen = new Set<string>();
  const problems: string[] = [];
  attachments.forEach((attachment, index) => {
    if (typeof attachment !== "object" || attachment === null) return;
    const stripped = typeof attachment.stripped === "object" && attachment.stripped !== null ? attachment.stripped : {};
    for (const [path, id] of [
      [`$.attachments[${index}].attachment_id`, attachment.attachment_id],
      [`$.attachments[${index}].stripped.attachment_id`, stripped.attachment_id],
    ]) {
      if (typeof id !== "string") continue;
      if (seen.has(id)) problems.push(`${path}: the same attachment is listed twice`);
      seen.add(id);
    }
    if (Object.keys(stripped).length > 0 && !("attachment_id" in stripped) && stripped.sha256 !== attachment.sha256) {
      problems.push(`$.attachments[${index}].stripped: without its own file it must be the original itself`);
    }
  });
  if (seen.size > MAX_ATTACHMENTS) problems.push(`$.attachments: at most ${MAX_ATTACHMENTS} files, stripped copies included`);
  return problems;
}

/** schemas/incident.schema.json and incident-v2.schema.json, compiled at build time
 * (scripts/incident-schema.mjs): no eval at run time. */

import { validateV1, validateV2 } from "./incident_schema_validate.js";

export interface SchemaProblem {
  keyword: string;
  /** For `required`: the missing property. */
  missing?: string;
  message: string;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: { missingProperty?: string };
  message?: string;
}

/** The schema of the incident's `schema_version`; version 1's when it is withheld. */
function validatorFor(incident: unknown): unknown {
  const version = typeof incident === "object" && incident !== null ? (incident as Record<string, unknown>)["schema_version"] : undefined;
  return version === 2 ? validateV2 : validateV1;
}

export function validateIncidentSchema(incident: unknown): SchemaProblem[] {
  const check = validatorFor(incident) as ((data: unknown) => boolean) & { errors?: AjvError[] | null };
  if (check(incident)) return [];
  return (check.errors ?? []).map((e) => {
    const problem: SchemaProblem = { keyword: e.keyword, message: `$${e.instancePath.replace(/\//g, ".")}: ${e.message ?? e.keyword}` };
    // As the Python verifier: a missing property of a withheld name is forgiven at any depth.
    if (e.keyword === "required" && e.params.missingProperty !== undefined) problem.missing = e.params.missingProperty;
    return problem;
  });
}

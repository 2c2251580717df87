/** schemas/incident.schema.json, compiled at build time (scripts/incident-schema.mjs): no eval at run time. */

import validate from "./incident_schema_validate.js";

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

export function validateIncidentSchema(incident: unknown): SchemaProblem[] {
  const check = validate as unknown as ((data: unknown) => boolean) & { errors?: AjvError[] | null };
  if (check(incident)) return [];
  return (check.errors ?? []).map((e) => {
    const problem: SchemaProblem = { keyword: e.keyword, message: `$${e.instancePath.replace(/\//g, ".")}: ${e.message ?? e.keyword}` };
    // As the Python verifier: a missing property of a withheld name is forgiven at any depth.
    if (e.keyword === "required" && e.params.missingProperty !== undefined) problem.missing = e.params.missingProperty;
    return problem;
  });
}

// Compiles schemas/incident.schema.json (version 1) and incident-v2.schema.json
// into validators at build time, so the SDK and the browser verifier check
// incidents with no eval at run time (a strict Content-Security-Policy forbids it).
// `node scripts/incident-schema.mjs` writes it; `--check` fails when it is stale.
import { writeValidators } from "./standalone-validators.mjs";

writeValidators({
  files: { validateV1: "incident.schema.json", validateV2: "incident-v2.schema.json" },
  target: "src/bundle/incident_schema_validate.ts",
  source: "schemas/incident.schema.json and incident-v2.schema.json",
  npmScript: "incident-schema",
});

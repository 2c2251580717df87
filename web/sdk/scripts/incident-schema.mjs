// Compiles schemas/incident.schema.json (version 1) and incident-v2.schema.json
// into validators at build time (ajv's
// standalone code), so the SDK and the browser verifier check incidents with no
// eval at run time (a strict Content-Security-Policy forbids it).
// `node scripts/incident-schema.mjs` writes it; `--check` fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";

const schema = (name) => JSON.parse(readFileSync(new URL(`../../../schemas/${name}`, import.meta.url), "utf8"));
const target = new URL("../src/bundle/incident_schema_validate.ts", import.meta.url);
const v1 = schema("incident.schema.json");
const v2 = schema("incident-v2.schema.json");
const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true, lines: true } });
addFormats(ajv, ["date", "date-time", "uuid"]);
ajv.addSchema(v1);
ajv.addSchema(v2);
const header =
  "// @ts-nocheck\n// Generated from schemas/incident.schema.json and incident-v2.schema.json by scripts/incident-schema.mjs: do not edit.\n";
// The standalone code is an ES module that still require()s ajv's run-time helpers: import them instead.
const imports = [];
const body = standaloneCode(ajv, { validateV1: v1.$id, validateV2: v2.$id }).replace(/require\("([^"]+)"\)/g, (_, module) => {
  const name = `module${imports.length}`;
  imports.push(`import ${name} from "${module}.js";`);
  return name;
});
const code = header + imports.join("\n") + "\n" + body;
if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== code) {
    console.error("src/bundle/incident_schema_validate.ts is stale: run npm run incident-schema");
    process.exit(1);
  }
} else writeFileSync(target, code);

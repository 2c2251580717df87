// Compiles schemas/incident.schema.json into a validator at build time (ajv's
// standalone code), so the SDK and the browser verifier check incidents with no
// eval at run time (a strict Content-Security-Policy forbids it).
// `node scripts/incident-schema.mjs` writes it; `--check` fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";

const schemaPath = new URL("../../../schemas/incident.schema.json", import.meta.url);
const target = new URL("../src/bundle/incident_schema_validate.ts", import.meta.url);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true, lines: true } });
addFormats(ajv, ["date-time", "uuid"]);
const validate = ajv.compile(schema);
const header = "// @ts-nocheck\n// Generated from schemas/incident.schema.json by scripts/incident-schema.mjs: do not edit.\n";
// The standalone code is an ES module that still require()s ajv's run-time helpers: import them instead.
const imports = [];
const body = standaloneCode(ajv, validate).replace(/require\("([^"]+)"\)/g, (_, module) => {
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

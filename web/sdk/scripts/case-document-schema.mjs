// Compiles the four case-document schemas (schemas/safety-plan, risk-review, orders and
// case-progress .schema.json) into validators at build time (ajv's standalone code), so a
// device checks content before sealing it with no eval at run time (the console's CSP forbids it).
// `node scripts/case-document-schema.mjs` writes it; `--check` fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";

const KINDS = { "safety-plan": "safetyPlan", "risk-review": "riskReview", orders: "orders", "case-progress": "caseProgress" };
const schema = (kind) => JSON.parse(readFileSync(new URL(`../../../schemas/${kind}.schema.json`, import.meta.url), "utf8"));
const target = new URL("../src/client/case_document_schema_validate.ts", import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true, lines: true } });
addFormats(ajv, ["date", "date-time", "uuid"]);
const exports = {};
for (const [kind, name] of Object.entries(KINDS)) {
  const s = schema(kind);
  ajv.addSchema(s);
  exports[name] = s.$id;
}
const header = "// @ts-nocheck\n// Generated from schemas/{safety-plan,risk-review,orders,case-progress}.schema.json by scripts/case-document-schema.mjs: do not edit.\n";
// The standalone code is an ES module that still require()s ajv's run-time helpers: import them instead.
const imports = [];
const body = standaloneCode(ajv, exports).replace(/require\("([^"]+)"\)/g, (_, module) => {
  const name = `module${imports.length}`;
  imports.push(`import ${name} from "${module}.js";`);
  return name;
});
const code = header + imports.join("\n") + "\n" + body;
if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== code) {
    console.error("src/client/case_document_schema_validate.ts is stale: run npm run case-document-schema");
    process.exit(1);
  }
} else writeFileSync(target, code);

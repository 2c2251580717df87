// Generates src/generated/openapi.ts from schemas/openapi.json; with --check, fails when the file has drifted.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import openapiTS, { astToString } from "openapi-typescript";

const schema = new URL("../../../schemas/openapi.json", import.meta.url);
const target = fileURLToPath(new URL("../src/generated/openapi.ts", import.meta.url));
const HEADER = "/** Generated from schemas/openapi.json by openapi-typescript (npm run openapi). Do not edit. */\n\n";
const expected = HEADER + astToString(await openapiTS(schema));

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== expected) {
    console.error("web/sdk/src/generated/openapi.ts has drifted from schemas/openapi.json: run `npm run openapi` in web/sdk");
    process.exit(1);
  }
  console.log("openapi types match schemas/openapi.json");
} else {
  writeFileSync(target, expected);
}

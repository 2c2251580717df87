// Compiles JSON Schemas from schemas/ into validators at build time (ajv's
// standalone code), so a device checks content with no eval at run time (a
// strict Content-Security-Policy forbids it): the one generator behind
// incident-schema.mjs and case-document-schema.mjs. With `--check` on the
// command line it writes nothing and fails when the file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { _ } from "ajv/dist/compile/codegen/index.js";
import standaloneCode from "ajv/dist/standalone/index.js";

// `files`: exported validator name -> file name in schemas/; `target`: the
// generated module, relative to web/sdk; `source`: what the header says it is
// generated from; `npmScript`: the script that regenerates it.
export function writeValidators({ files, target, source, npmScript }) {
  // The formats are src/protocol/json_formats.ts's (the Python client's checks), which the
  // generated code imports; ajv needs only their names here (`code.formats` is relative to
  // the generated file, in src/bundle or src/client).
  const formats = _`require("../protocol/json_formats").formats`;
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true, lines: true, formats } });
  for (const name of ["date", "date-time", "uuid"]) ajv.addFormat(name, () => true);
  const exports = {};
  for (const [name, file] of Object.entries(files)) {
    const schema = JSON.parse(readFileSync(new URL(`../../../schemas/${file}`, import.meta.url), "utf8"));
    ajv.addSchema(schema);
    exports[name] = schema.$id;
  }
  const header = `// @ts-nocheck\n// Generated from ${source} by scripts/${npmScript}.mjs: do not edit.\n`;
  // The standalone code is an ES module that still require()s ajv's run-time helpers: import them instead.
  const imports = [];
  const body = standaloneCode(ajv, exports).replace(/require\("([^"]+)"\)/g, (_, module) => {
    const name = `module${imports.length}`;
    imports.push(`import ${name} from "${module}.js";`);
    return name;
  });
  const code = header + imports.join("\n") + "\n" + body;
  const path = new URL(`../${target}`, import.meta.url);
  if (!process.argv.includes("--check")) writeFileSync(path, code);
  else if (readFileSync(path, "utf8") !== code) {
    console.error(`${target} is stale: run npm run ${npmScript}`);
    process.exit(1);
  }
}

// Each entry point bundled with its dependencies for browsers and minified (esbuild, splitting code
// at dynamic imports as browser bundlers do), then gzipped. Prints JSON: [{ entry, part, minified,
// gzipped }] in bytes, where part "initial" is what loading the entry point fetches and "lazy" the
// chunks it fetches only when first needed (the passphrase estimator's dictionaries). Run after
// `tsc` (bench/sdk.py does both).
import { gzipSync } from "node:zlib";

import { build } from "esbuild";

const ENTRY_POINTS = ["dist/src/index.js", "dist/src/protocol/argon2_worker.js"];

/** The outputs an entry loads before it runs: it and its static imports, transitively. */
function initialOutputs(outputs, entry) {
  const start = Object.keys(outputs).find((path) => outputs[path].entryPoint === entry);
  const seen = new Set([start]);
  for (const path of seen) {
    for (const imported of outputs[path].imports) if (imported.kind === "import-statement" && imported.path in outputs) seen.add(imported.path);
  }
  return seen;
}

const rows = [];
for (const entry of ENTRY_POINTS) {
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser",
    splitting: true, outdir: "size-out", metafile: true, write: false, logLevel: "warning",
  });
  const outputs = Object.fromEntries(Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith(".js")));
  const initial = initialOutputs(outputs, entry);
  const code = Object.fromEntries(result.outputFiles.map((file) => [file.path.slice(file.path.indexOf("size-out/")), file.contents]));
  for (const part of ["initial", "lazy"]) {
    const files = Object.keys(outputs).filter((path) => initial.has(path) === (part === "initial"));
    if (files.length === 0) continue;
    const sum = (size) => files.reduce((total, path) => total + size(code[path]), 0);
    rows.push({ entry, part, minified: sum((c) => c.length), gzipped: sum((c) => gzipSync(c, { level: 9 }).length) });
  }
}
process.stdout.write(JSON.stringify(rows));

// Each entry point bundled with its dependencies for browsers and minified (esbuild), then gzipped.
// Prints JSON: [{ entry, minified, gzipped }] in bytes. Run after `tsc` (bench/sdk.py does both).
import { gzipSync } from "node:zlib";

import { build } from "esbuild";

const ENTRY_POINTS = ["dist/src/index.js", "dist/src/protocol/argon2_worker.js"];
const rows = [];
for (const entry of ENTRY_POINTS) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "warning" });
  const code = result.outputFiles[0].contents;
  rows.push({ entry, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length });
}
process.stdout.write(JSON.stringify(rows));

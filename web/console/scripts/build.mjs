// Builds the console into app/static/console (shipped in the Python package and the image) and
// writes SHA256SUMS for every file there. The same commit gives the same bytes: esbuild's pinned
// version, no timestamps, no source maps, no absolute paths. `--check` builds into a temporary
// folder and fails when the committed build differs (sources changed without a rebuild).
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const committed = resolve(here, "../../app/static/console");
const check = process.argv.includes("--check");
const out = check ? mkdtempSync(join(tmpdir(), "daybook-console-")) : committed;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  absWorkingDir: here,
  entryPoints: { console: "src/main.ts", "argon2-worker": "src/argon2-worker.ts" },
  outdir: out,
  bundle: true,
  // Classic scripts, not modules: a page opened from disk (file:) may load no module script.
  format: "iife",
  target: "es2022",
  platform: "browser",
  minify: true,
  legalComments: "eof",
  charset: "utf8",
  alias: { "@daybook/sdk": resolve(here, "../sdk/src/index.ts") },
  logLevel: "warning",
});
for (const name of ["index.html", "console.css"]) copyFileSync(join(here, "static", name), join(out, name));

const files = readdirSync(out).filter((name) => name !== "SHA256SUMS").sort();
const sums = files.map((name) => `${createHash("sha256").update(readFileSync(join(out, name))).digest("hex")}  ${name}\n`).join("");
writeFileSync(join(out, "SHA256SUMS"), sums);
const digest = createHash("sha256").update(sums).digest("hex");

if (check) {
  const same = (() => {
    try {
      return readFileSync(join(committed, "SHA256SUMS"), "utf8") === sums;
    } catch {
      return false;
    }
  })();
  rmSync(out, { recursive: true, force: true });
  if (!same) {
    console.error("app/static/console is not the build of web/console: run `npm run build --workspace @daybook/console` and commit it");
    process.exit(1);
  }
  console.log(`console build matches the sources; its SHA-256 (of SHA256SUMS) is ${digest}`);
} else {
  console.log(`built app/static/console; its SHA-256 (of SHA256SUMS) is ${digest}`);
}

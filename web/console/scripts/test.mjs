// Bundles each test/*.test.ts with esbuild (the catalogues and intl-messageformat in it, as in the
// console) into a temporary folder and runs them with node:test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const out = mkdtempSync(join(tmpdir(), "daybook-console-test-"));
const tests = readdirSync(join(here, "test")).filter((name) => name.endsWith(".test.ts"));
try {
  await build({
    absWorkingDir: here,
    entryPoints: tests.map((name) => join("test", name)),
    outdir: out,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // The test reads the sources beside it: keep import.meta.url pointing at test/.
    define: { "import.meta.url": JSON.stringify(new URL("../test/x.mjs", import.meta.url).href) },
    logLevel: "warning",
  });
  const files = readdirSync(out).map((name) => join(out, name));
  const status = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...files], { stdio: "inherit" }).status ?? 1;
  process.exitCode = status;
} finally {
  rmSync(out, { recursive: true, force: true });
}

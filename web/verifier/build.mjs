// Builds dist/daybook-verify.html: the verifier and the SDK as one inline script,
// the stylesheet inline, and a Content-Security-Policy that allows exactly those
// two (by their SHA-256) and nothing from anywhere else. Reproducible: the same
// sources and esbuild version give the same bytes. The file is committed as
// app/verifier/daybook-verify.html (served at /verify); `--check` fails when the
// committed copy, or the SHA-256 printed in README.md and docs/FOR-POLICE.md, is stale.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const here = (path) => new URL(path, import.meta.url);
const repo = (path) => new URL(`../../${path}`, import.meta.url);
const COMMITTED = repo("app/verifier/daybook-verify.html");
const PRINTED = [repo("README.md"), repo("docs/FOR-POLICE.md")];

const bundled = await build({
  entryPoints: [here("src/main.ts").pathname],
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
});
// Inline, the script must not close its own element.
const script = bundled.outputFiles[0].text.trim().replaceAll("</script", "<\\/script");
const style = readFileSync(here("src/style.css"), "utf8");
const hash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const csp = [
  "default-src 'none'",
  // WebAssembly (hash-wasm's SHA-256 and CRC-32, compiled from bytes inside the script) but no eval of JavaScript.
  `script-src ${hash(script)} 'wasm-unsafe-eval'`,
  `style-src ${hash(style)}`,
  "img-src blob: data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const html = readFileSync(here("src/page.html"), "utf8")
  .replace("__CSP__", csp)
  .replace("__STYLE__", () => style)
  .replace("__SCRIPT__", () => script);
const digest = createHash("sha256").update(html, "utf8").digest("hex");

if (process.argv.includes("--check")) {
  const problems = [];
  if (readFileSync(COMMITTED, "utf8") !== html) problems.push("app/verifier/daybook-verify.html is not the build of web/verifier: run npm run build -w @daybook/verifier");
  for (const file of PRINTED) {
    if (!readFileSync(file, "utf8").includes(digest)) problems.push(`${file.pathname} does not print the SHA-256 ${digest}`);
  }
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
} else {
  // The hash the docs print follows the build: the old file's hash (or the placeholder) becomes the new one.
  let previous = "SHA256_OF_VERIFIER";
  try {
    previous = createHash("sha256").update(readFileSync(COMMITTED)).digest("hex");
  } catch {}
  mkdirSync(here("dist"), { recursive: true });
  writeFileSync(here("dist/daybook-verify.html"), html);
  mkdirSync(repo("app/verifier"), { recursive: true });
  writeFileSync(COMMITTED, html);
  for (const file of PRINTED) {
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replaceAll(previous, digest).replaceAll("SHA256_OF_VERIFIER", digest));
  }
}
console.log(`daybook-verify.html ${html.length} bytes, SHA-256 ${digest}`);

// Rebuilds dist/ from scratch and runs every compiled *.test.js with node:test
// (listed here because Node 20 takes directories and Node 22 takes globs).
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const run = (argv) => spawnSync(process.execPath, argv, { stdio: "inherit" }).status ?? 1;

rmSync("dist", { recursive: true, force: true });
if (run([require.resolve("typescript/bin/tsc"), "-p", "tsconfig.json"]) !== 0) process.exit(1);
const files = readdirSync("dist/test", { recursive: true })
  .map(String)
  .filter((name) => name.endsWith(".test.js"))
  .map((name) => join("dist/test", name));
process.exit(run(["--test", "--test-reporter=dot", ...process.argv.slice(2), ...files]));

// Verifies one bundle file in daybook-verify.html as an officer would (picked
// from disk, key typed), in Chromium opened from disk with the network off,
// and samples the resident memory of every browser process every 100 ms:
// prints {seconds, result, idle and peak PSS of all its processes, peak RSS of the page's renderer} (bench/browser_verify.py).
import { readFileSync, readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [html, bundle, key] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.DAYBOOK_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

function tree(root) {
  const children = new Map();
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const parent = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1];
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {}
  }
  const found = [String(root)];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]) ?? []));
  return found;
}

// Proportional set size (shared pages split among the processes that map them): summed
// over the browser's processes it does not count the shared libraries once per process.
function memory(pid, field) {
  try {
    const file = field === "Pss:" ? `/proc/${pid}/smaps_rollup` : `/proc/${pid}/status`;
    const line = readFileSync(file, "utf8").split("\n").find((l) => l.startsWith(field));
    return line === undefined ? 0 : Number(line.split(/\s+/)[1]) * 1024;
  } catch {
    return 0;
  }
}

try {
  const context = await browser.newContext();
  await context.setOffline(true);
  const page = await context.newPage();
  await page.goto(pathToFileURL(html).href);
  await page.waitForSelector("body[data-ready=yes]");
  // The browser's processes are this process's descendants (Playwright starts Chromium as a child).
  const sample = () => {
    const pids = tree(process.pid).filter((pid) => pid !== String(process.pid));
    const renderers = pids.filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer");
      } catch {
        return false;
      }
    });
    return {
      total: pids.reduce((a, pid) => a + memory(pid, "Pss:"), 0),
      renderer: Math.max(0, ...renderers.map((pid) => memory(pid, "VmRSS:"))),
    };
  };
  const idle = sample();
  let peakTotal = idle.total;
  let peakRenderer = idle.renderer;
  const timer = setInterval(() => {
    const now = sample();
    peakTotal = Math.max(peakTotal, now.total);
    peakRenderer = Math.max(peakRenderer, now.renderer);
  }, 100);
  await page.setInputFiles("#bundle", bundle);
  await page.fill("#key", key);
  const started = performance.now();
  await page.click("button[type=submit]");
  await page.waitForSelector("#result.pass, #result.fail", { timeout: 3_600_000 });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  const mib = (n) => Math.round((n / 1048576) * 10) / 10;
  process.stdout.write(JSON.stringify({
    seconds: Math.round(seconds * 10) / 10,
    result: await page.textContent("#result"),
    idleTotalMiB: mib(idle.total),
    peakTotalMiB: mib(peakTotal),
    peakRendererMiB: mib(peakRenderer),
  }));
} finally {
  await browser.close();
}

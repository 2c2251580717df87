// The built daybook-verify.html in Chromium (Playwright), opened from disk with
// the network off, as an officer opens it: the one set-up agree.mjs and
// report.mjs share. Every request for anything but the file itself is refused
// and noted (the page must ask for nothing), as is every Content Security
// Policy refusal the console reports.
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

// Runs `use(page)` on the ready page and prints its result as JSON, with the
// requests and violations seen, on stdout; the browser is closed either way.
export async function onOfflinePage(html, contextOptions, use) {
  const browser = await chromium.launch({
    executablePath: process.env.DAYBOOK_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext(contextOptions);
    await context.setOffline(true);
    const requested = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      requested.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const violations = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(pathToFileURL(html).href);
    await page.waitForSelector("body[data-ready=yes]");
    const shown = await use(page);
    process.stdout.write(JSON.stringify({ ...shown, requested, violations }));
  } finally {
    await browser.close();
  }
}

// Opens one bundle in the built daybook-verify.html in Chromium (Playwright), from
// disk with the network off, as an officer does, and prints what its report shows
// of the orders: the "Orders in force" table, each incident's possible breaches and
// the exhibits' notes; a screenshot of the whole page goes to `screenshot`.
// Reads {html, path, key, screenshot} from the JSON file named in argv
// (tests/web/test_verifier_orders.py).
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
const browser = await chromium.launch({
  executablePath: process.env.DAYBOOK_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
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
  await page.goto(pathToFileURL(input.html).href);
  await page.waitForSelector("body[data-ready=yes]");
  await page.setInputFiles("#bundle", input.path);
  await page.fill("#key", input.key);
  await page.click("button[type=submit]");
  await page.waitForSelector("#result.pass, #result.fail");
  const shown = await page.evaluate(() => {
    const texts = (root, selector) => Array.from(root.querySelectorAll(selector), (node) => node.innerText);
    const orders = document.getElementById("orders");
    return {
      result: document.getElementById("result").className,
      text: document.getElementById("result").innerText,
      ordersHeading: orders === null ? null : orders.querySelector("h2").innerText,
      ordersNote: orders === null ? null : orders.querySelector("p").innerText,
      orderHeaders: orders === null ? [] : texts(orders, "tr:first-child th"),
      orderRows: orders === null ? [] : Array.from(orders.querySelectorAll("tr"), (row) => texts(row, "td")).filter((row) => row.length > 0),
      breaches: Array.from(document.querySelectorAll(".incident"), (incident) => texts(incident, ".breaches li")),
      exhibitNotes: texts(document, ".exhibit .note"),
    };
  });
  await page.screenshot({ path: input.screenshot, fullPage: true });
  process.stdout.write(JSON.stringify({ ...shown, requested, violations }));
} finally {
  await browser.close();
}

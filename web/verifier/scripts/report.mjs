// Opens one bundle in the built daybook-verify.html in Chromium (Playwright), from
// disk with the network off, as an officer does, and prints what its report shows
// of the orders: the "Orders in force" table, each incident's possible breaches and
// the exhibits' notes; a screenshot of the whole page goes to `screenshot`.
// Reads {html, path, key, screenshot} from the JSON file named in argv
// (tests/web/test_verifier_orders.py).
import { readFileSync } from "node:fs";
import { onOfflinePage } from "./offline-page.mjs";

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
await onOfflinePage(input.html, { viewport: { width: 1100, height: 900 } }, async (page) => {
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
  return shown;
});

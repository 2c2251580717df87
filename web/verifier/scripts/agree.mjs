// Runs the built daybook-verify.html in Chromium (Playwright), opened from disk
// with the network off, over a corpus in ONE page session: reads
// {html, bases: [base64], cases: [...]} from the JSON file named in argv and
// prints the verifier's [{ok, item, check, detail}] (tests/web/test_bundle_agreement.py).
import { readFileSync } from "node:fs";
import { onOfflinePage } from "./offline-page.mjs";

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));

// Saves the report's first exhibit as an officer does, into a stand-in for the
// browser's save dialog (which a headless browser cannot show), and returns
// the saved bytes' SHA-256 beside the one the report lists; null without one.
async function saveFirstExhibit(page) {
  const button = page.locator(".save-exhibit").first();
  if ((await button.count()) === 0) return null;
  await page.evaluate(() => {
    window.showSaveFilePicker = async ({ suggestedName }) => ({
      createWritable: async () => {
        const parts = [];
        return {
          write: async (piece) => void parts.push(new Uint8Array(piece)),
          close: async () => {
            const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await new Blob(parts).arrayBuffer()));
            window.daybookSaved = { name: suggestedName, sha256: Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("") };
          },
        };
      },
    });
  });
  await button.click();
  await page.waitForFunction(() => window.daybookSaved !== undefined);
  const saved = await page.evaluate(() => window.daybookSaved);
  const listed = (await page.locator(".exhibit").filter({ has: page.locator(".save-exhibit") }).first().locator(".mono").textContent()).replace("SHA-256 ", "");
  await page.evaluate(() => delete window.daybookSaved);
  return { ...saved, listed, label: await button.textContent() };
}
await onOfflinePage(input.html, {}, async (page) => {
  const results = await page.evaluate(([bases, cases]) => window.daybookVerifyCases(bases, cases), [input.bases, input.cases]);
  // As an officer does: pick the file, type the key, read the result and the report.
  const officer = [];
  for (const given of input.officer ?? []) {
    await page.setInputFiles("#bundle", given.path);
    await page.setInputFiles("#tsa-roots", given.roots === undefined ? [] : [given.roots]);
    if (given.qr === undefined) await page.fill("#key", given.key);
    else {
      // As an officer with a photo of the key's QR code: the page reads it into the key field.
      await page.fill("#key", "");
      await page.setInputFiles("#key-qr", given.qr);
      await page.waitForFunction(() => document.getElementById("key").value !== "");
    }
    await page.click("button[type=submit]");
    await page.waitForSelector("#result.pass, #result.fail");
    officer.push({
      result: await page.getAttribute("#result", "class"),
      text: await page.textContent("#result"),
      incidents: await page.locator(".incident").count(),
      thumbnails: await page.locator(".exhibit img").count(),
      stamps: await page.locator(".version th", { hasText: "Time-stamped" }).count(),
      saved: await saveFirstExhibit(page),
      saves: await page.locator("a[download]").evaluateAll((links) => links.map((a) => a.getAttribute("download"))),
    });
  }
  return { results, officer };
});

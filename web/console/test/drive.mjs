// Drives the console in Debian's Chromium for tests/web/test_console.py: reads the task as JSON on
// stdin, prints what the pages showed as JSON on stdout. Every page is checked with axe-core, and
// any Content-Security-Policy violation or page error fails the run.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const task = JSON.parse(readFileSync(0, "utf8"));
const found = { axe: {}, problems: [] };

async function axe(page, name) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(`${AXE}\n;0`);
  const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }));
  found.axe[name] = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

async function shot(page, name) {
  if (task.shots_dir) await page.screenshot({ path: join(task.shots_dir, `${name}.png`), fullPage: true });
}

// One part of a long page, for the docs.
async function shotOf(locator, name) {
  if (task.shots_dir) await locator.screenshot({ path: join(task.shots_dir, `${name}.png`) });
}

async function signIn(page, username) {
  await page.goto(`${task.base_url}/console/`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Passphrase").fill(task.passphrase);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function advocate(page) {
  await page.goto(`${task.base_url}/console/`);
  await page.getByLabel("Username").waitFor();
  await axe(page, "sign-in");
  await shot(page, "sign-in");
  await signIn(page, task.username);
  await page.locator(".case").first().waitFor();
  found.cases = await page.locator(".case-label").allTextContents();
  found.news = await page.locator(".news").allTextContents();
  await axe(page, "cases");
  await shot(page, "cases");
  await page.getByRole("link", { name: found.cases[0] }).click();
  await page.locator("#timeline-heading").waitFor();
  await readCase(page);
  await axe(page, "case");
  await shot(page, "case");
  if (task.photo) {
    await page.getByRole("button", { name: new RegExp(`^View ${task.photo}`) }).click();
    const image = page.locator("img.evidence");
    await image.waitFor();
    await page.waitForFunction(() => document.querySelector("img.evidence")?.complete && document.querySelector("img.evidence").naturalWidth > 0);
    found.photo = await image.evaluate((img) => ({ width: img.naturalWidth, height: img.naturalHeight, src: img.src.slice(0, 5) }));
    await axe(page, "case-photo");
    await page.locator("img.evidence").scrollIntoViewIfNeeded();
    await shot(page, "case-photo");
  }
  if (task.note_text) {
    await page.getByLabel(/Add a note/).fill(task.note_text);
    await page.getByRole("button", { name: "Add note" }).click();
    await page.locator(".note", { hasText: task.note_text }).waitFor();
    found.note_shown = true;
  }
  if (task.start_plan) await startSafetyPlan(page, task.start_plan);
  await page.getByRole("link", { name: "Start a case" }).click();
  await page.getByRole("button", { name: "Issue an assignment code" }).click();
  await page.locator("#assignment-code").waitFor();
  found.code = await page.locator("#assignment-code").textContent();
  found.fingerprint = await page.locator("#fingerprint").textContent();
  await axe(page, "assignment-code");
  await shot(page, "assignment-code");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByLabel("Username").waitFor();
  found.signed_out = await page.locator(".notice").textContent();
}

// A safety plan started with the form where the case has none; the victim's Python client reads it.
async function startSafetyPlan(page, plan) {
  await page.getByRole("button", { name: "Start a safety plan" }).click();
  const form = page.locator("form.schema-form");
  await form.getByLabel("Word or phrase (required)", { exact: true }).fill(plan.word);
  await form.getByLabel("What hearing it means (required)", { exact: true }).fill(plan.means);
  await form.getByRole("button", { name: "Add a place" }).click();
  const place = form.getByRole("group", { name: "Place 1", exact: true });
  await place.getByLabel("Name (required)", { exact: true }).fill(plan.place);
  await axe(page, "safety-plan-start");
  await page.getByRole("button", { name: "Save this version" }).click();
  await page.locator(".document[data-kind='safety-plan'] > .verified", { hasText: "Version 1 of 1" }).waitFor();
  found.started_plan = await page.locator(".document[data-kind='safety-plan'] > .verified").textContent();
}

async function readCase(page) {
  found.verified = await page.locator(".incident:not(.failed) > .description").allTextContents();
  found.failed = await page.locator(".incident.failed").evaluateAll((items) => items.map((i) => i.getAttribute("data-entry")));
  found.failed_why = await page.locator(".incident.failed [data-check]").allTextContents();
  found.headings = await page.locator(".incident:not(.failed) > h3").allTextContents();
  found.amendments = await page.locator(".amendments summary").allTextContents();
}

async function refresh(page) {
  await signIn(page, task.username);
  await page.locator(".case").first().waitFor();
  await page.locator(".case-label").first().click();
  await page.locator("#timeline-heading").waitFor();
  await page.reload();
  // A reload forgets the keys (they live in memory only): the console asks to sign in again.
  await page.getByLabel("Username").waitFor();
  found.after_reload = await page.locator("h1").textContent();
  await signIn(page, task.username);
  await page.locator(".case").first().waitFor();
  await page.locator(".case-label").first().click();
  await page.locator("#timeline-heading").waitFor();
  await readCase(page);
  if (task.failed_shot) await shot(page, "case-failed");
}

// The idle lock, on a page whose clock the test moves: ten minutes without use sign out.
async function idle(page) {
  await page.clock.install();
  await signIn(page, task.username);
  await page.locator(".case").first().waitFor();
  // The list settles first: a layout change under a resting pointer is a pointer move, which
  // restarts the idle clock, so a late one would move the lock past the ten minutes below.
  await page.waitForFunction(() => [...document.querySelectorAll(".case .advice")].every((a) => !a.textContent.includes("…")));
  await page.clock.fastForward("09:00");
  found.before_lock = await page.locator("h1").textContent();
  await page.clock.fastForward("01:01");
  await page.getByLabel("Username").waitFor();
  found.locked = await page.locator(".notice").textContent();
  found.nav_after_lock = await page.locator("#nav button").count();
  await page.goto(`${task.base_url}/console/#/cases`);
  found.after_lock = await page.locator("h1").textContent();
}

async function admin(page) {
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, task.username);
  await page.locator("#advocates-title").waitFor();
  await axe(page, "admin");
  await page.getByLabel("Their name, as victims will see it").fill(task.invite);
  await page.getByRole("button", { name: "Create invitation" }).click();
  await page.locator("#invitation-code").waitFor();
  found.invitation = await page.locator("#invitation-code").textContent();
  // The list of invitations refreshes in place: the code shown once stays on screen.
  await page.getByRole("row", { name: new RegExp(task.invite) }).waitFor();
  found.invitations = await invitationNames(page);
  await axe(page, "admin-invited");
  await shot(page, "admin");
  if (task.revoke) {
    await page.locator("#invitations-title").scrollIntoViewIfNeeded();
    await shot(page, "admin-invitations");
    // Keyboard only: Tab to the revoke button and press Enter.
    const revoke = page.getByRole("button", { name: `Revoke the invitation for ${task.revoke}` });
    await revoke.focus();
    await page.keyboard.press("Enter");
    await page.locator("#status", { hasText: `The invitation for ${task.revoke} is revoked.` }).waitFor();
    found.invitations_after_revoke = await invitationNames(page);
    found.focus_after_revoke = await page.evaluate(() => document.activeElement?.id);
    found.invitation_code_still_shown = await page.locator("#invitation-code").isVisible();
  }
  await page.getByRole("button", { name: `Deactivate ${task.deactivate}` }).click();
  await page.getByRole("row", { name: new RegExp(task.deactivate) }).getByText(/^Deactivated/).waitFor();
  found.rows = await page.locator("#advocates-title ~ table tbody tr").allTextContents();
  if (task.reactivate) {
    await axe(page, "admin-deactivated");
    const reactivate = page.getByRole("button", { name: `Reactivate ${task.reactivate}` });
    await reactivate.scrollIntoViewIfNeeded();
    await shot(page, "admin-reactivate");
    await reactivate.press("Enter");
    await page.getByRole("button", { name: `Deactivate ${task.reactivate}` }).waitFor();
    found.rows_after_reactivate = await page.locator("#advocates-title ~ table tbody tr").allTextContents();
    await axe(page, "admin-reactivated");
  }
}

async function invitationNames(page) {
  return page.locator("#invitations-title ~ div table tbody th").allTextContents();
}

// The case work (tests/web/test_console_casework.py): flags and dues on the list, the case
// documents on the case page, a new version of the safety plan written here (after one the
// schema refuses), and a failed verification shown loudly.
async function casework(page) {
  await signIn(page, task.username);
  await page.locator(".case .advice .flag").first().waitFor();
  found.cases = await page.locator(".case-label").allTextContents();
  found.flags = await page.locator(".case .flag").allTextContents();
  found.dues = await page.locator(".case .due").allTextContents();
  found.list_notes = await page.locator(".case .meta").allTextContents();
  await axe(page, "cases-casework");
  await shot(page, "cases-casework");
  await page.locator(".case-label").first().click();
  await page.locator("#documents-title").waitFor();
  await readDocuments(page);
  found.case_flags = await page.locator("#advisories-title ~ .flags .flag").allTextContents();
  found.case_dues = await page.locator("#advisories-title ~ .dues .due").allTextContents();
  await axe(page, "case-documents");
  await page.locator("#advisories-title").scrollIntoViewIfNeeded();
  await shot(page, "case-documents");
  if (task.new_plan) await safetyPlanForm(page, task.new_plan);
  if (task.json_kind) {
    // Other kinds are still written as JSON, with each field explained.
    await page.getByRole("button", { name: `Write a new version of the ${task.json_kind}` }).click();
    found.json_editor = await page.getByLabel(/: the new version$/).evaluate((e) => e.tagName);
    await page.getByText("What each field means").click();
    found.help = await page.locator(".schema-help > dl > dt").allTextContents();
  }
  if (task.note_text) {
    await page.getByLabel(/Add a note/).fill(task.note_text);
    await page.getByRole("button", { name: "Add note" }).click();
    await page.locator(".note", { hasText: task.note_text }).waitFor();
  }
}

// The safety plan's form: what it starts from, a version refused with each problem beside its
// field, then a new version written partly by keyboard alone.
async function safetyPlanForm(page, plan) {
  await page.getByRole("button", { name: "Write a new version of the safety plan" }).click();
  const form = page.locator("form.schema-form");
  const contact = form.getByRole("group", { name: "Contact 1", exact: true });
  const contactName = contact.getByLabel("Name (required)", { exact: true });
  const word = form.getByLabel("Word or phrase (required)", { exact: true });
  found.form_start = {
    focused: await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent),
    contact: await contactName.inputValue(),
    channel: await contact.getByRole("group", { name: "Way 1", exact: true }).getByLabel("How (required)", { exact: true }).inputValue(),
    safe: await contact.getByLabel("Safe to use now").isChecked(),
    voicemail: await contact.getByLabel("A voicemail may be left").inputValue(),
    word: await word.inputValue(),
    next_review: await form.getByLabel("Next review", { exact: true }).inputValue(),
  };
  await contactName.fill("");
  await word.fill("");
  await page.getByRole("button", { name: "Save this version" }).click();
  await form.locator(".error[role=alert]").waitFor();
  found.refused = await form.locator(".error[role=alert] li").allTextContents();
  found.focus_after_refused = await page.evaluate(() => document.activeElement?.className);
  found.field_errors = await form.locator("[aria-invalid=true]").evaluateAll((fields) =>
    fields.map((f) => ({
      label: f.labels?.[0]?.textContent,
      described: (f.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent),
    })),
  );
  await axe(page, "safety-plan-form-refused");
  await shotOf(contact, "safety-plan-refused");
  // The summary's link takes focus to the field.
  await form.locator(".error[role=alert] a").first().press("Enter");
  found.focus_from_summary = await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent);

  await contactName.fill(plan.contact);
  await word.fill(plan.word);
  found.problems_after_fix = await form.locator("[aria-invalid=true], .field-error, .error").count();
  await form.getByLabel("What hearing it means (required)", { exact: true }).fill(plan.means);
  // Keyboard only: Enter on "Add a place" puts focus in the new place's first field.
  await form.getByRole("button", { name: "Add a place" }).focus();
  await page.keyboard.press("Enter");
  found.focus_after_add = await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent);
  await page.keyboard.type(plan.place);
  await page.keyboard.press("Tab");
  await page.keyboard.type(plan.place_where);
  // A route added and removed leaves nothing behind; focus returns to "Add a route".
  await form.getByRole("button", { name: "Add a route" }).click();
  await form.getByRole("button", { name: "Remove route 1" }).press("Enter");
  found.focus_after_remove = await page.evaluate(() => document.activeElement?.textContent);
  await form.getByRole("button", { name: "Add a warning sign" }).click();
  const sign = form.getByRole("group", { name: "Warning sign 1", exact: true });
  await sign.getByLabel("What happens (required)", { exact: true }).fill(plan.trigger);
  await sign.getByLabel(/^What she will do/).fill(plan.actions.join("\n"));
  await form.getByLabel("Next review", { exact: true }).fill(plan.next_review);
  await axe(page, "safety-plan-form");
  await shotOf(form, "safety-plan-form");
  await page.getByRole("button", { name: "Save this version" }).click();
  await page.locator(".document[data-kind='safety-plan'] > .verified", { hasText: "Version 2 of 2" }).waitFor();
  await readDocuments(page);
}

async function readDocuments(page) {
  found.documents = await page.locator(".document:not(.failed) > h3").allTextContents();
  found.verified_documents = await page.locator(".document:not(.failed) > .verified").allTextContents();
  found.failed_documents = await page.locator(".document.failed").evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")));
  found.plan_text = await page.locator(".document[data-kind='safety-plan'] > dl.fields").first().textContent();
}

async function documentsFailed(page) {
  await signIn(page, task.username);
  await page.locator(".case-label").first().click();
  await page.locator("#documents-title").waitFor();
  await readDocuments(page);
  found.failed_text = await page.locator(".document.failed").allTextContents();
  found.alerts = await page.locator("[role=alert]").allTextContents();
  await axe(page, "case-document-failed");
  await page.locator(".document.failed").scrollIntoViewIfNeeded();
  await shot(page, "case-document-failed");
}

// The admin proposes a new advocate for a case awaiting handover.
async function handoverAdmin(page) {
  await signIn(page, task.username);
  await page.locator("#handovers-title").waitFor();
  found.handovers = await page.locator(".handover").allTextContents();
  await page.getByLabel(`New advocate for ${task.label}`).selectOption({ label: task.to });
  await page.getByRole("button", { name: "Propose" }).click();
  await page.locator(".handover", { hasText: "waiting for the victim to approve" }).waitFor();
  found.proposed = await page.locator(".handover").allTextContents();
  await axe(page, "admin-handover");
  await page.locator("#handovers-title").scrollIntoViewIfNeeded();
  await shot(page, "admin-handover");
}

// The new advocate, after the victim approved: the case, its entries and its documents.
async function newAdvocate(page) {
  await signIn(page, task.username);
  await page.locator(".case").first().waitFor();
  found.list_notes = await page.locator(".case .meta").allTextContents();
  await page.locator(".case-label").first().click();
  await page.locator("#documents-title").waitFor();
  found.notice = await page.locator(".notice").allTextContents();
  found.verified = await page.locator(".incident:not(.failed) > .description").allTextContents();
  found.notes = await page.locator(".note").allTextContents();
  await readDocuments(page);
  await axe(page, "case-handed-over");
  await shot(page, "case-handed-over");
}

// Welsh: picked on the sign-in page (English by the browser's languages), kept over a reload, used
// for the words, the dates and <html lang>, and named to the API; then a browser whose language is
// Welsh opens in Welsh.
async function welsh(page, browser) {
  const languages = new Set();
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/v1/")) languages.add(request.headers()["accept-language"]);
  });
  await page.goto(`${task.base_url}/console/`);
  await page.getByLabel("Username").waitFor();
  found.before = await page.locator("h1").textContent();
  await page.getByLabel("Language").selectOption("cy");
  await page.getByLabel("Enw defnyddiwr").waitFor();
  await page.reload();
  await page.getByLabel("Enw defnyddiwr").waitFor();
  found.sign_in = { lang: await page.locator("html").getAttribute("lang"), h1: await page.locator("h1").textContent(), text: await page.locator("body").innerText() };
  await axe(page, "sign-in-cy");
  await shot(page, "sign-in-cy");
  await page.getByLabel("Enw defnyddiwr").fill(task.username);
  await page.getByLabel("Cyfrinymadrodd").fill(task.passphrase);
  await page.getByRole("button", { name: "Mewngofnodi" }).click();
  await page.locator(".case").first().waitFor();
  // Each case's reviews due and flags are filled in once this browser has verified what is shared.
  await page.waitForFunction(() => [...document.querySelectorAll(".case .advice")].every((a) => !a.textContent.includes("…")));
  found.cases = { h1: await page.locator("h1").textContent(), text: await page.locator("body").innerText() };
  await axe(page, "cases-cy");
  await shot(page, "cases-cy");
  await page.locator(".case-label").first().click();
  await page.locator("#timeline-heading").waitFor();
  found.case = { headings: await page.locator(".incident > h3").allTextContents(), descriptions: await page.locator(".incident > .description").allTextContents(), text: await page.locator("body").innerText() };
  await axe(page, "case-cy");
  await shot(page, "case-cy");
  found.accept_language = [...languages];
  const context = await browser.newContext({ locale: "cy-GB" });
  const fresh = await context.newPage();
  await fresh.goto(`${task.base_url}/console/`);
  await fresh.getByLabel("Enw defnyddiwr").waitFor();
  found.browser_welsh = { lang: await fresh.locator("html").getAttribute("lang"), h1: await fresh.locator("h1").textContent() };
  await context.close();
}

// The console opened from disk and hosted on another origin (tests/web/test_console_elsewhere.py):
// the sign-in page asks for the server's address and remembers it; the API answers only the origins
// it lists, so the last page, on an origin it does not list, cannot sign in.
async function elsewhere(page) {
  found.elsewhere = [];
  for (const url of task.pages) {
    await page.goto(url);
    const address = page.getByLabel("Daybook server address");
    await address.waitFor();
    const before = await address.inputValue();
    await axe(page, `sign-in ${url}`);
    if (url.startsWith("file:")) await shot(page, "sign-in-from-disk");
    await address.fill(task.base_url);
    await page.getByLabel("Username").fill(task.username);
    await page.getByLabel("Passphrase").fill(task.passphrase);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.locator(".case").first().waitFor();
    const cases = await page.locator(".case-label").allTextContents();
    await page.locator(".case-label").first().click();
    await page.locator("#timeline-heading").waitFor();
    const verified = await page.locator(".incident:not(.failed) > .description").allTextContents();
    await axe(page, `case ${url}`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await address.waitFor();
    found.elsewhere.push({ url, before, cases, verified, remembered: await address.inputValue() });
  }
  await page.goto(task.unlisted_page);
  await page.getByLabel("Daybook server address").fill("http://daybook.example");
  await page.getByLabel("Username").fill(task.username);
  await page.getByLabel("Passphrase").fill(task.passphrase);
  await page.getByRole("button", { name: "Sign in" }).click();
  found.not_https = await page.locator("#sign-in-problem").textContent();
  await page.getByLabel("Daybook server address").fill(task.base_url);
  await page.getByLabel("Passphrase").fill(task.passphrase);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("#sign-in-problem .error").waitFor();
  found.unlisted = await page.locator("#sign-in-problem").textContent();
}

// For bench/console.py: each run in a fresh context (an empty cache), the bytes the console
// transferred, and the time from the navigation to the sign-in form, and from the click on
// "Sign in" to a case list with every case's news filled in.
async function measure(_page, browser) {
  found.runs = [];
  for (let run = 0; run < task.runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const began = performance.now();
    await page.goto(`${task.base_url}/console/`);
    await page.getByLabel("Username").waitFor();
    const formMs = performance.now() - began;
    await page.getByLabel("Username").fill(task.username);
    await page.getByLabel("Passphrase").fill(task.passphrase);
    const clicked = performance.now();
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForFunction((n) => document.querySelectorAll(".case .news").length === n, task.cases, { timeout: 120000 });
    const listMs = performance.now() - clicked;
    const transfer = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .concat(performance.getEntriesByType("navigation"))
        .filter((e) => new URL(e.name).pathname.startsWith("/console"))
        .map((e) => ({ name: new URL(e.name).pathname, transfer: e.transferSize, body: e.encodedBodySize })),
    );
    found.runs.push({ formMs, listMs, transfer });
    await context.close();
  }
}

const browser = await chromium.launch({ executablePath: task.chromium, args: CHROMIUM_ARGS, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "Europe/London", locale: "en-GB" });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) found.problems.push(`CSP: ${message.text()}`);
  });
  page.on("pageerror", (error) => found.problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    const ours = [task.base_url, ...(task.pages ?? []), task.unlisted_page].filter(Boolean).map((page) => new URL(page).origin);
    if (!ours.includes(new URL(url).origin) && !url.startsWith("blob:") && !url.startsWith("data:")) found.problems.push(`request to another origin: ${url}`);
  });
  await { advocate, refresh, idle, admin, measure, casework, documents_failed: documentsFailed, handover_admin: handoverAdmin, new_advocate: newAdvocate, welsh, elsewhere }[task.phase](page, browser);
} catch (error) {
  found.error = String(error?.stack ?? error);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(found));

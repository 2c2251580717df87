// Runs the built daybook-verify.html in Debian's Firefox ESR over a corpus, as
// agree.mjs does in Chromium: opened from disk, in ONE page session, reading
// {html, bases: [base64], cases: [...]} from the JSON file named in argv and
// printing {results, requested, violations, version}.
//
// Playwright cannot drive it: its Firefox needs Playwright's own patched build
// (a download, which this machine cannot make), and its WebDriver BiDi path for
// stock Firefox (channel "moz-firefox") sends emulation.setMediaFeaturesOverride
// on every new context, a command Firefox ESR 153 answers with "unknown command".
// So this speaks WebDriver BiDi, the W3C protocol Firefox implements itself,
// directly: a handful of commands over one WebSocket (Node's own client; run
// with --experimental-websocket on Node 20).
//
// The network is off as far as Firefox can be told: every proxy points at a
// closed port and offline mode is on, and each request the page makes for
// anything but the file itself is noted (network.beforeRequestSent) and fails
// the run, as agree.mjs's route does.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const FIREFOX = process.env.DAYBOOK_FIREFOX ?? "/usr/bin/firefox-esr";
const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
const profile = mkdtempSync(join(tmpdir(), "daybook-firefox-"));
const prefs = {
  "network.proxy.type": 1,
  "network.proxy.http": "127.0.0.1",
  "network.proxy.http_port": 9,
  "network.proxy.ssl": "127.0.0.1",
  "network.proxy.ssl_port": 9,
  "network.proxy.allow_hijacking_localhost": true,
  "network.manage-offline-status": false,
  "browser.offline": true,
  "app.update.enabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "toolkit.telemetry.enabled": false,
  "browser.shell.checkDefaultBrowser": false,
};
writeFileSync(join(profile, "user.js"), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(""));

const firefox = spawn(FIREFOX, ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
const endpoint = await new Promise((resolve, reject) => {
  let seen = "";
  firefox.stderr.on("data", (data) => {
    seen += data.toString();
    const found = seen.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
    if (found) resolve(found[1]);
  });
  firefox.on("exit", (code) => reject(new Error(`firefox exited (${code}): ${seen}`)));
});

const socket = new WebSocket(`${endpoint}/session`);
await new Promise((resolve, reject) => {
  socket.onopen = resolve;
  socket.onerror = () => reject(new Error("no WebDriver BiDi connection"));
});
let next = 0;
const waiting = new Map();
const requested = [];
const violations = [];
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  if (message.id !== undefined) {
    const { resolve, reject } = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === "error") reject(new Error(`${message.error}: ${message.message}`));
    else resolve(message.result);
  } else if (message.method === "network.beforeRequestSent") {
    const url = message.params.request.url;
    if (!url.startsWith("file:")) requested.push(url);
  } else if (message.method === "log.entryAdded") {
    const text = message.params.text ?? "";
    if (/Content-Security-Policy|Content Security Policy/i.test(text)) violations.push(text);
  }
};
const send = (method, params) =>
  new Promise((resolve, reject) => {
    const id = ++next;
    waiting.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });

try {
  const session = await send("session.new", { capabilities: {} });
  await send("session.subscribe", { events: ["network.beforeRequestSent", "log.entryAdded"] });
  const { contexts } = await send("browsingContext.getTree", {});
  const context = contexts[0].context;
  await send("browsingContext.navigate", { context, url: pathToFileURL(input.html).href, wait: "complete" });
  const answer = await send("script.callFunction", {
    functionDeclaration: "async (bases, cases) => JSON.stringify(await window.daybookVerifyCases(JSON.parse(bases), JSON.parse(cases)))",
    arguments: [
      { type: "string", value: JSON.stringify(input.bases) },
      { type: "string", value: JSON.stringify(input.cases) },
    ],
    awaitPromise: true,
    target: { context },
  });
  if (answer.type !== "success") throw new Error(`the page failed: ${JSON.stringify(answer.exceptionDetails)}`);
  const version = `${session.capabilities.browserName} ${session.capabilities.browserVersion}`;
  process.stdout.write(JSON.stringify({ results: JSON.parse(answer.result.value), requested, violations, version }));
  await send("browser.close", {}).catch(() => undefined);
} finally {
  socket.close();
  firefox.kill();
  rmSync(profile, { recursive: true, force: true });
}

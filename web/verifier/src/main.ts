/**
 * daybook-verify.html: the officer picks the bundle ZIP, types the bundle key
 * (and, if they wish, witness keys they trust), and the SDK runs every check
 * of docs/protocol §25.8 in the browser, offline. The result comes first; then
 * the report: chronology, earlier versions, exhibits (thumbnails for images),
 * with SHA256SUMS, verification.txt and each exhibit to save, and a print
 * stylesheet for a PDF.
 */

import { BundleKey } from "../../sdk/src/protocol/bundle.js";
import { CosignatureVerifier } from "../../sdk/src/protocol/cosignature.js";
import { type ByteSource, blobSource, bytesSource } from "../../sdk/src/bundle/source.js";
import { BundleInvalid, type Exhibit, type PolicePack, type Version, type VerifyOptions, verifyBundle } from "../../sdk/src/bundle/verify.js";

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function el(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

function saveButton(label: string, name: string, blob: Blob): HTMLElement {
  const link = el("a", { href: URL.createObjectURL(blob), download: name.split("/").pop() as string }, label);
  return el("button", { type: "button" }, link);
}

const iso = (d: Date): string => d.toISOString().replace(".000Z", "Z");

interface Outcome {
  ok: boolean;
  item: string | null;
  check: string | null;
  detail: string | null;
}

async function run(source: ByteSource, keyText: string, witnesses: string, files?: Map<string, Blob[]>): Promise<{ outcome: Outcome; pack?: PolicePack }> {
  let key: BundleKey;
  try {
    key = await BundleKey.parse(keyText);
  } catch (error) {
    return { outcome: { ok: false, item: "bundle key", check: "typing", detail: (error as Error).message } };
  }
  let named: CosignatureVerifier[];
  try {
    named = witnesses.split(/\s+/).filter((w) => w !== "").map((w) => CosignatureVerifier.fromVkey(w));
  } catch (error) {
    return { outcome: { ok: false, item: "witness keys", check: "typing", detail: (error as Error).message } };
  }
  try {
    const options: VerifyOptions = { witnesses: named };
    if (files !== undefined) {
      options.onFile = (id, piece) => {
        if (piece === null) return;
        const parts = files.get(id) ?? [];
        parts.push(new Blob([piece]));
        files.set(id, parts);
      };
    }
    const pack = await verifyBundle(source, key, options);
    return { outcome: { ok: true, item: null, check: null, detail: null }, pack };
  } catch (error) {
    if (error instanceof BundleInvalid) return { outcome: { ok: false, item: error.item, check: error.check, detail: error.detail } };
    return { outcome: { ok: false, item: source.name, check: "format", detail: String(error) } };
  }
}

function showResult(outcome: Outcome, pack?: PolicePack): void {
  const box = $("result");
  box.replaceChildren();
  box.className = outcome.ok ? "pass" : "fail";
  if (outcome.ok && pack !== undefined) {
    box.append(
      el("strong", {}, "VERIFIED: every check passed."),
      `${pack.incidents.length} incident(s), sealed on the victim's device at ${pack.createdAt}. `,
      "Compare the victim's fingerprint below with the one her phone shows.",
    );
  } else {
    box.append(
      el("strong", {}, "NOT VERIFIED: do not rely on this file."),
      `${outcome.item}: ${outcome.check} failed: ${outcome.detail}`,
    );
  }
}

function versionBlock(v: Version, current: boolean): HTMLElement {
  const rows = el("table");
  const row = (k: string, value: string): void => void rows.append(el("tr", {}, el("th", {}, k), el("td", {}, value)));
  row("Version", `${v.version}${current ? " (current)" : " (earlier version)"}`);
  for (const s of v.timeSources) row(s.kind === "server" ? "Received by the server" : s.kind === "tsa" ? `Time-stamped (${s.name})` : `Cosigned by witness ${s.name}`, `${iso(s.time)} (${s.detail})`);
  for (const [name, value] of Object.entries(v.fields)) {
    if (name === "attachments") continue;
    row(name, typeof value === "string" ? value : JSON.stringify(value, null, 1));
  }
  if (v.withheld.length > 0) row("Withheld by the victim", v.withheld.join(", "));
  row("Commitment SHA-256", v.commitmentSha256);
  return el("div", { class: "version" }, rows);
}

function exhibitBlock(e: Exhibit, blob: Blob | undefined): HTMLElement {
  const text = el(
    "div",
    {},
    el("div", {}, el("strong", {}, e.reference), ` ${e.fileName} (${e.mediaType}, ${e.size} bytes)`),
    el("div", { class: "mono" }, `SHA-256 ${e.sha256}`),
    el("div", { class: "note" }, e.packPath === null ? "Not in the bundle (withheld by the victim)." : e.metadata.kind === "stripped" ? `Metadata-stripped copy; the original's SHA-256 was ${e.metadata.originalSha256}.` : `Metadata: ${e.metadata.kind}.`),
  );
  const figure = el("div", { class: "exhibit" });
  if (blob !== undefined && /^image\/(jpeg|png|gif|webp)$/.test(e.mediaType)) {
    figure.append(el("img", { src: URL.createObjectURL(new Blob([blob], { type: e.mediaType })), alt: e.reference }));
  }
  figure.append(text);
  if (blob !== undefined && e.packPath !== null) figure.append(el("span", { class: "no-print" }, saveButton("Save", e.packPath, blob)));
  return figure;
}

function verificationText(pack: PolicePack, fileName: string): string {
  const lines = [
    "Daybook evidence bundle: verification",
    `File: ${fileName}`,
    `Bundle: ${pack.bundleId}`,
    `Verified at: ${iso(pack.openedAt)} (this computer's clock), in the browser verifier daybook-verify.html`,
    `Sealed on the victim's device: ${pack.createdAt}`,
    `Victim's fingerprint: ${pack.ownerFingerprint}`,
    `Evidence log: ${pack.logOrigin}, checkpoint of ${pack.checkpointSize} leaves, root ${pack.checkpointRoot}`,
    "",
    "Checks passed:",
    ...pack.checks.map((c) => `  ${c.item}: ${c.check}: ${c.result}`),
    "",
  ];
  return lines.join("\n");
}

function showReport(pack: PolicePack, fileName: string, files: Map<string, Blob[]>): void {
  const report = $("report");
  report.replaceChildren();
  const blobs = new Map([...files.entries()].map(([id, parts]) => [id, new Blob(parts)]));
  const sums = pack.incidents.flatMap((i) => i.exhibits).filter((e) => e.packPath !== null).map((e) => `${e.sha256}  ${e.packPath}\n`).join("");
  const summary = el("table");
  const row = (k: string, v: string, mono = false): void => void summary.append(el("tr", {}, el("th", {}, k), el("td", mono ? { class: "mono" } : {}, v)));
  row("Bundle", pack.bundleId, true);
  row("Victim's fingerprint", pack.ownerFingerprint, true);
  row("Sealed on the victim's device", pack.createdAt);
  row("Evidence log", `${pack.logOrigin}, ${pack.checkpointSize} leaves`);
  row("Checkpoint root", pack.checkpointRoot, true);
  row("Verified", `${iso(pack.openedAt)} by daybook-verify.html`);
  const actions = el(
    "div",
    { class: "actions" },
    saveButton("Save SHA256SUMS", "SHA256SUMS", new Blob([sums], { type: "text/plain" })),
    saveButton("Save verification.txt", "verification.txt", new Blob([verificationText(pack, fileName)], { type: "text/plain" })),
  );
  const print = el("button", { type: "button" }, "Print the report (or save it as PDF)");
  print.addEventListener("click", () => window.print());
  actions.append(print);
  report.append(el("h2", {}, "Report"), summary, actions, el("h2", {}, "Chronology"));
  for (const incident of pack.incidents) {
    const current = incident.versions.at(-1) as Version;
    const block = el("section", { class: "incident" }, el("h3", {}, `Incident ${incident.number}`), el("div", { class: "mono note" }, `entry ${incident.entryId}`), versionBlock(current, true));
    if (incident.versions.length > 1) {
      block.append(el("h3", {}, "Earlier versions"));
      for (const v of incident.versions.slice(0, -1).reverse()) block.append(versionBlock(v, false));
    }
    if (incident.exhibits.length > 0) {
      block.append(el("h3", {}, "Exhibits"));
      for (const e of incident.exhibits) block.append(exhibitBlock(e, blobs.get(e.carriedId)));
    }
    report.append(block);
  }
  report.append(el("h2", {}, "Checks"), el("pre", {}, pack.checks.map((c) => `${c.item}: ${c.check}: ${c.result}`).join("\n")));
}

async function onSubmit(event: Event): Promise<void> {
  event.preventDefault();
  const file = ($("bundle") as HTMLInputElement).files?.[0];
  if (file === undefined) return;
  const box = $("result");
  box.className = "busy";
  box.textContent = "Checking… (large bundles take a while; nothing leaves this computer)";
  $("report").replaceChildren();
  const files = new Map<string, Blob[]>();
  const { outcome, pack } = await run(blobSource(file), ($("key") as HTMLInputElement).value, ($("witnesses") as HTMLTextAreaElement).value, files);
  showResult(outcome, pack);
  if (pack !== undefined) showReport(pack, file.name, files);
}

// --- the test hook: many mutated files in one page session (tests/web/test_bundle_agreement.py) ---

interface Mutation {
  kind: "none" | "flip" | "truncate" | "insert";
  at: number;
}

interface Case {
  name: string;
  key: string;
  base: number;
  mutation: Mutation;
  witnesses?: string;
}

function mutate(data: Uint8Array<ArrayBuffer>, m: Mutation): Uint8Array<ArrayBuffer> {
  if (m.kind === "flip") {
    const out = data.slice();
    out[m.at] = (out[m.at] as number) ^ 0xff;
    return out;
  }
  if (m.kind === "truncate") return data.slice(0, m.at);
  if (m.kind === "insert") {
    const out = new Uint8Array(data.length + 1);
    out.set(data.subarray(0, m.at));
    out[m.at] = 0x5a;
    out.set(data.subarray(m.at), m.at + 1);
    return out;
  }
  return data;
}

async function verifyCases(bases: string[], cases: Case[]): Promise<Outcome[]> {
  const decoded = bases.map((b) => new Uint8Array(Array.from(atob(b), (c) => c.charCodeAt(0))));
  const results: Outcome[] = [];
  for (const c of cases) {
    const data = mutate(decoded[c.base] as Uint8Array<ArrayBuffer>, c.mutation);
    // Half through a Blob, as a picked file is read; the rest from memory.
    const source = results.length % 2 === 0 ? blobSource(new Blob([data]), c.name) : bytesSource(data, c.name);
    results.push((await run(source, c.key, c.witnesses ?? "")).outcome);
  }
  return results;
}

(window as unknown as { daybookVerifyCases: typeof verifyCases }).daybookVerifyCases = verifyCases;
document.addEventListener("DOMContentLoaded", () => {
  $("form").addEventListener("submit", (event) => void onSubmit(event));
  document.body.dataset["ready"] = "yes";
});

/**
 * daybook-verify.html: the officer picks the bundle ZIP, types the bundle key
 * (and, if they wish, witness keys and a time-stamping authority's root
 * certificate they trust), and the SDK runs every check
 * of docs/protocol §25.8 in the browser, offline. The result comes first; then
 * the report: chronology, earlier versions, exhibits (thumbnails for images),
 * with SHA256SUMS, verification.txt and each exhibit to save, and a print
 * stylesheet for a PDF.
 */

// A CommonJS module: under Node's interop (as TypeScript and esbuild both apply here) its function is `.default`.
import jsqr from "jsqr";

import { BundleKey } from "../../sdk/src/protocol/bundle.js";
import { CosignatureVerifier } from "../../sdk/src/protocol/cosignature.js";
import { type ByteSource, blobSource, bytesSource } from "../../sdk/src/bundle/source.js";
import { exhibitFile } from "../../sdk/src/bundle/exhibit.js";
import { ORDERS_NOTE, ORDER_HEADERS, breachLines, orderRows } from "../../sdk/src/bundle/orders.js";
import { PemTsaTrust } from "../../sdk/src/bundle/timestamp.js";
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

/** Images up to this size get a thumbnail, read again from the file once it verified; any exhibit is read again from it when saved. */
const THUMBNAIL_BYTES = 16 << 20;
const THUMBNAIL_TYPES = /^image\/(jpeg|png|gif|webp)$/;

async function collect(pieces: AsyncIterable<Uint8Array>, type: string): Promise<Blob> {
  const parts: Blob[] = [];
  for await (const piece of pieces) parts.push(new Blob([piece as Uint8Array<ArrayBuffer>]));
  return new Blob(parts, { type });
}

async function thumbnails(pack: PolicePack, source: ByteSource): Promise<Map<string, Blob>> {
  const found = new Map<string, Blob>();
  for (const e of pack.incidents.flatMap((i) => i.exhibits)) {
    if (e.fileKey === null || !THUMBNAIL_TYPES.test(e.mediaType) || e.size > THUMBNAIL_BYTES) continue;
    try {
      found.set(e.carriedId, await collect(exhibitFile(source, e.carriedId, e.fileKey, e.sha256), e.mediaType));
    } catch {
      // A file changed since it verified shows no picture; saving it says why.
    }
  }
  return found;
}

/** Save one exhibit, decrypted again from the bundle file: straight to disk where the browser can, else through a Blob (which browsers keep on disk when large). */
async function saveExhibit(e: Exhibit, source: ByteSource, button: HTMLElement): Promise<void> {
  if (e.fileKey === null || e.packPath === null) return;
  const name = e.packPath.split("/").pop() as string;
  button.textContent = "Saving…";
  try {
    const pieces = exhibitFile(source, e.carriedId, e.fileKey, e.sha256);
    const picker = (window as unknown as { showSaveFilePicker?: (o: { suggestedName: string }) => Promise<FileSystemFileHandle> }).showSaveFilePicker;
    if (picker !== undefined) {
      const out = await (await picker({ suggestedName: name })).createWritable();
      for await (const piece of pieces) await out.write(piece as Uint8Array<ArrayBuffer>);
      await out.close();
    } else {
      (el("a", { href: URL.createObjectURL(await collect(pieces, e.mediaType)), download: name }) as HTMLAnchorElement).click();
    }
    button.textContent = "Saved";
  } catch (error) {
    button.textContent = `Not saved: ${(error as Error).message}`;
  }
}

const iso = (d: Date): string => d.toISOString().replace(".000Z", "Z");

interface Outcome {
  ok: boolean;
  item: string | null;
  check: string | null;
  detail: string | null;
}

interface Officer {
  key: string;
  witnesses: string;
  /** The PEM chain of the TSA the officer trusts, if they picked one (`--tsa-roots`). */
  tsaRoots: Uint8Array | null;
}

async function run(source: ByteSource, officer: Officer): Promise<{ outcome: Outcome; pack?: PolicePack }> {
  const { key: keyText, witnesses } = officer;
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
  const options: VerifyOptions = { witnesses: named };
  if (officer.tsaRoots !== null) {
    try {
      options.tsaRoots = await PemTsaTrust.fromPem(officer.tsaRoots);
    } catch (error) {
      return { outcome: { ok: false, item: "TSA roots", check: "certificates", detail: (error as Error).message } };
    }
  }
  try {
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

function exhibitBlock(e: Exhibit, thumbnail: Blob | undefined, source: ByteSource): HTMLElement {
  const text = el(
    "div",
    {},
    el("div", {}, el("strong", {}, e.reference), ` ${e.fileName} (${e.mediaType}, ${e.size} bytes)`),
    e.number === null ? null : el("div", { class: "note" }, `Exhibit number ${e.number} in the victim's diary (her device numbers every file she keeps, the same in every bundle).`),
    el("div", { class: "mono" }, `SHA-256 ${e.sha256}`),
    el("div", { class: "note" }, e.packPath === null ? "Not in the bundle (withheld by the victim)." : e.metadata.kind === "stripped" ? `Metadata-stripped copy; the original's SHA-256 was ${e.metadata.originalSha256}.` : `Metadata: ${e.metadata.kind}.`),
  );
  const figure = el("div", { class: "exhibit" });
  if (thumbnail !== undefined) figure.append(el("img", { src: URL.createObjectURL(thumbnail), alt: e.reference }));
  figure.append(text);
  if (e.fileKey !== null) {
    const button = el("button", { type: "button", class: "save-exhibit" }, "Save");
    button.addEventListener("click", () => void saveExhibit(e, source, button));
    figure.append(el("span", { class: "no-print" }, button));
  }
  return figure;
}

/** The orders the incidents name, as report.html's "Orders in force" (app/client/police_pack/html.py); nothing when none. */
function ordersSection(pack: PolicePack): HTMLElement[] {
  if (pack.orders.length === 0) return [];
  const table = el("table", { class: "orders" }, el("tr", {}, ...ORDER_HEADERS.map((h) => el("th", {}, h))));
  for (const row of orderRows(pack.orders)) table.append(el("tr", {}, ...row.map((cell) => el("td", {}, ...cell.split("\n").flatMap((line, i) => (i === 0 ? [line] : [el("br"), line]))))));
  return [el("section", { id: "orders" }, el("h2", {}, "Orders in force"), el("p", { class: "note" }, ORDERS_NOTE), table)];
}

/** Under an incident, the orders it may breach (orders.breach_lines); nothing when none. */
function breachesBlock(pack: PolicePack, current: Version): HTMLElement[] {
  const lines = breachLines(pack.orders, current.fields);
  if (lines.length === 0) return [];
  return [el("h3", {}, "Possible breaches"), el("ul", { class: "breaches" }, ...lines.map((line) => el("li", {}, line)))];
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

function showReport(pack: PolicePack, source: ByteSource, images: Map<string, Blob>): void {
  const fileName = source.name;
  const report = $("report");
  report.replaceChildren();
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
  report.append(el("h2", {}, "Report"), summary, actions, ...ordersSection(pack), el("h2", {}, "Chronology"));
  for (const incident of pack.incidents) {
    const current = incident.versions.at(-1) as Version;
    const block = el("section", { class: "incident" }, el("h3", {}, `Incident ${incident.number}`), el("div", { class: "mono note" }, `entry ${incident.entryId}`), versionBlock(current, true));
    if (incident.versions.length > 1) {
      block.append(el("h3", {}, "Earlier versions"));
      for (const v of incident.versions.slice(0, -1).reverse()) block.append(versionBlock(v, false));
    }
    if (incident.exhibits.length > 0) {
      block.append(el("h3", {}, "Exhibits"));
      for (const e of incident.exhibits) block.append(exhibitBlock(e, images.get(e.carriedId), source));
    }
    block.append(...breachesBlock(pack, current));
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
  const roots = ($("tsa-roots") as HTMLInputElement).files?.[0];
  const officer: Officer = {
    key: ($("key") as HTMLInputElement).value,
    witnesses: ($("witnesses") as HTMLTextAreaElement).value,
    tsaRoots: roots === undefined ? null : new Uint8Array(await roots.arrayBuffer()),
  };
  const source = blobSource(file);
  const { outcome, pack } = await run(source, officer);
  const images = pack === undefined ? new Map<string, Blob>() : await thumbnails(pack, source);
  showResult(outcome, pack);
  if (pack !== undefined) showReport(pack, source, images);
}

/** The text of the QR code in a picture (the bundle key, as `daybook bundle create --qr` draws it), or null. */
async function readQr(picture: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(picture);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const drawing = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
  drawing.drawImage(bitmap, 0, 0);
  const pixels = drawing.getImageData(0, 0, bitmap.width, bitmap.height);
  return jsqr.default(pixels.data, pixels.width, pixels.height)?.data ?? null;
}

async function onQrPicked(): Promise<void> {
  const picture = ($("key-qr") as HTMLInputElement).files?.[0];
  const status = $("key-qr-status");
  if (picture === undefined) return;
  let text: string | null = null;
  try {
    text = await readQr(picture);
  } catch {
    text = null;
  }
  if (text === null) {
    status.textContent = "No QR code found in that picture: try a sharper, closer one, or type the key.";
    return;
  }
  ($("key") as HTMLInputElement).value = text.trim();
  status.textContent = "Key read from the QR code (its checksum is checked when you verify).";
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
  tsaRoots?: string;
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
    const tsaRoots = c.tsaRoots ? new TextEncoder().encode(c.tsaRoots) : null;
    results.push((await run(source, { key: c.key, witnesses: c.witnesses ?? "", tsaRoots })).outcome);
  }
  return results;
}

(window as unknown as { daybookVerifyCases: typeof verifyCases }).daybookVerifyCases = verifyCases;
document.addEventListener("DOMContentLoaded", () => {
  $("form").addEventListener("submit", (event) => void onSubmit(event));
  $("key-qr").addEventListener("change", () => void onQrPicked());
  document.body.dataset["ready"] = "yes";
});

/**
 * The SDK's end-to-end flow against a live server, driven by tests/web/test_sdk_flow.py.
 * Input (stdin, JSON): the server's URL, a victim the Python client registered, the id of an
 * entry it wrote, and incidents to write. Output (stdout, JSON): what the Python side checks next.
 */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { AdvocateCases, VictimAdvocacy } from "../../src/client/advocacy.js";
import { DaybookApi } from "../../src/client/api.js";
import { download, planUpload, upload } from "../../src/client/attachments.js";
import { Diary, type Incident, Replica } from "../../src/client/diary.js";
import { ApiError } from "../../src/client/errors.js";
import { changePassphrase, identityFingerprint, login, newId, recover, register } from "../../src/client/identity.js";
import { sha256 } from "../../src/protocol/crypto.js";
import * as stream from "../../src/protocol/stream.js";

interface Input {
  base_url: string;
  username: string;
  passphrase: string;
  python_entry_id: string;
  python_description: string;
  incident: Incident;
  edited: Incident;
  advocate_invitation: string;
}

const input = JSON.parse(readFileSync(0, "utf8")) as Input;

async function signIn(username: string, device: string): Promise<Diary> {
  const api = new DaybookApi(input.base_url);
  return new Diary(api, await login(api, username, input.passphrase, device));
}

// A new account registered by the SDK signs in on a second device; a wrong passphrase is refused.
const { identity: newcomer, recoveryKey } = await register(new DaybookApi(input.base_url), "sdk-newcomer", input.passphrase, "browser");
assert.match(recoveryKey, /^([A-Z2-7]{5}-){10}[A-Z2-7]{5}$/);
assert.equal((await signIn("sdk-newcomer", "phone")).identity.accountId, newcomer.accountId);
await assert.rejects(
  login(new DaybookApi(input.base_url), "sdk-newcomer", "not the passphrase", "phone"),
  (error: unknown) => error instanceof ApiError && error.status === 401,
);

// Recovery: the recovery key (typed in lower case with spaces) opens the same keys under a new
// passphrase and gives a new recovery key; the old passphrase and the old recovery key stop working.
const typed = recoveryKey.toLowerCase().replaceAll("-", " ");
const recovered = await recover(new DaybookApi(input.base_url), "sdk-newcomer", typed, "a new passphrase", "new phone");
assert.equal(recovered.identity.accountId, newcomer.accountId);
assert.deepEqual(recovered.identity.keys.signingPublic, newcomer.keys.signingPublic);
assert.notEqual(recovered.recoveryKey, recoveryKey);
await assert.rejects(login(new DaybookApi(input.base_url), "sdk-newcomer", input.passphrase, "phone"), ApiError);
await assert.rejects(recover(new DaybookApi(input.base_url), "sdk-newcomer", recoveryKey, "gravel orbit mitten saucer", "phone"), ApiError);
// A typo is caught by the checksum before anything is sent.
const typo = `${recoveryKey.startsWith("B") ? "C" : "B"}${recoveryKey.slice(1)}`;
await assert.rejects(recover(new DaybookApi(input.base_url), "sdk-newcomer", typo, "gravel orbit mitten saucer", "phone"), /checksum/);
// Passphrase change: the same keys, sealed under the new passphrase only.
const newcomerApi = new DaybookApi(input.base_url);
const signedIn = await login(newcomerApi, "sdk-newcomer", "a new passphrase", "phone");
await changePassphrase(newcomerApi, signedIn, "a new passphrase", input.passphrase);
assert.equal((await signIn("sdk-newcomer", "phone")).identity.accountId, newcomer.accountId);

// The victim the Python client registered: the SDK reads the entry Python wrote, verified.
const phone = await signIn(input.username, "sdk phone");
const first = await phone.sync();
assert.equal(first.changed, 1);
assert.equal(first.log.pinnedNow, "server");
const [fromPython] = await phone.readReplica();
assert.equal(fromPython?.entryId, input.python_entry_id);
assert.equal(fromPython?.incident["description"], input.python_description);

// An evidence file of 2.5 MiB, streamed in odd pieces: encrypted with STREAM, uploaded in runs of chunks.
const FILE_BYTES = 5 * 512 * 1024 + 17;
const fileByte = (i: number): number => (i * 7 + 3) % 251;
function file(bytes = FILE_BYTES): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes) return controller.close();
      const piece = Uint8Array.from({ length: Math.min(333_333, bytes - at) }, (_, i) => fileByte(at + i));
      at += piece.length;
      controller.enqueue(piece);
    },
  });
}
// Resumable: the first attempt breaks off after 2 MiB; the second sends only the chunks the server lacks.
const pending = planUpload("evidence.bin", "application/octet-stream", FILE_BYTES);
function breaking(): ReadableStream<Uint8Array> {
  const reader = file().getReader();
  let read = 0;
  return new ReadableStream({
    async pull(controller) {
      if (read > 2 * 1024 * 1024) return controller.error(new Error("the connection dropped"));
      const next = await reader.read();
      if (next.done) return controller.close();
      read += next.value.length;
      controller.enqueue(next.value);
    },
  });
}
await assert.rejects(upload(phone.api, pending, breaking), /connection dropped/);
const missing = (await phone.api.attachment(pending.attachmentId)).missing_chunks;
assert.ok(missing.length >= 1 && missing.length < 3, `chunks still missing: ${missing.join()}`);
let chunkPuts = 0;
const counting = new DaybookApi(input.base_url, phone.api.tokens, undefined, (url, init) => {
  if (init?.method === "PUT" && String(url).includes("/chunks/")) chunkPuts++;
  return fetch(url, init);
});
const reference = await upload(counting, pending, file);
assert.equal(chunkPuts, 1, "the missing chunks are consecutive: one request");

/** Uploads a file of `bytes` through `fetcher`, recording each chunk request as `<path after /chunks/> <status>`; downloads and checks it. */
async function roundTrip(bytes: number, fetcher: typeof fetch): Promise<string[]> {
  const seen: string[] = [];
  const api = new DaybookApi(input.base_url, phone.api.tokens, undefined, async (url, init) => {
    const response = await fetcher(url, init);
    if (init?.method === "PUT" && String(url).includes("/chunks/")) seen.push(`${String(url).split("/chunks/")[1]} ${response.status}`);
    return response;
  });
  const plan = planUpload("runs.bin", "application/octet-stream", bytes);
  const sent = await upload(api, plan, () => file(bytes));
  const reader = (await download(phone.api, sent)).getReader();
  let at = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    assert.equal(read.value.findIndex((byte, i) => byte !== fileByte(at + i)), -1, `the bytes from ${at} are the file's`);
    at += read.value.length;
  }
  assert.equal(at, bytes);
  // In the order of their first chunk: two at once may finish in either order.
  return seen.sort((a, b) => parseInt(a) - parseInt(b));
}
// A 9 MiB file goes in runs of 4 chunks (§21.2 step 3b), each stored as new.
const RUN_FILE = 9 * 1024 * 1024 + 4321;
assert.deepEqual(await roundTrip(RUN_FILE, fetch), ["0/run 201", "4/run 201", "8/run 201"]);
// A server older than runs answers the run route 404: that run and the rest go chunk by chunk.
const old: typeof fetch = (url, init) => (String(url).endsWith("/run") ? Promise.resolve(new Response(JSON.stringify({ code: "not-found" }), { status: 404, headers: { "Content-Type": "application/problem+json" } })) : fetch(url, init));
const singly = await roundTrip(RUN_FILE, old);
assert.ok(singly.some((s) => s === "0/run 404"));
assert.deepEqual(singly.filter((s) => !s.includes("/run")), [...Array(10).keys()].map((i) => `${i} 201`));

// A run of chunks in one request (§21.2): each chunk stored as if sent alone; sent again, none is new.
const CHUNK = stream.CHUNK_BYTES + stream.TAG_BYTES;
const runId = newId();
const runBytes = Uint8Array.from({ length: 2 * CHUNK + 100 }, (_, i) => fileByte(i));
await phone.api.startUpload(runId, runBytes.length);
const firstTwo = runBytes.slice(0, 2 * CHUNK);
const stored = await phone.api.putRun(runId, 0, firstTwo, await sha256(firstTwo));
assert.deepEqual(stored.chunks.map((c) => [c.index, c.size, c.created]), [[0, CHUNK, true], [1, CHUNK, true]]);
const overlapping = runBytes.slice(CHUNK);
const again = await phone.api.putRun(runId, 1, overlapping, await sha256(overlapping));
assert.deepEqual(again.chunks.map((c) => [c.index, c.created]), [[1, false], [2, true]]);
assert.equal((await phone.api.finalizeAttachment(runId, await sha256(runBytes))).status, "complete");

// Write, then edit (adding the file); the history verifies as a chain of two.
const written = await phone.add(input.incident);
const edited = await phone.edit(written.entryId, { ...input.edited, attachments: [reference] });
assert.equal(edited.version, 2);
const history = await phone.history(written.entryId);
assert.deepEqual(history.map((v) => v.version), [1, 2]);

// A second device syncs both entries and proves every receipt in a checkpoint that extends the first.
const laptop = await signIn(input.username, "sdk laptop");
const second = await laptop.sync();
assert.equal(second.changed, 2);
assert.ok(second.log.proven >= 2, "the second device proved the receipts of both entries");
const onLaptop = new Map((await laptop.readReplica()).map((v) => [v.entryId, v]));
assert.equal(onLaptop.get(written.entryId)?.version, 2);
assert.deepEqual(onLaptop.get(written.entryId)?.incident, { ...input.edited, attachments: [reference] });

// The second device downloads the file, decrypts it as a stream and checks both hashes.
const listed = (onLaptop.get(written.entryId)?.incident["attachments"] as (typeof reference)[])[0] ?? {};
const reader = (await download(laptop.api, listed)).getReader();
let received = 0;
for (let read = await reader.read(); !read.done; read = await reader.read()) {
  read.value.forEach((byte, i) => assert.equal(byte, fileByte(received + i)));
  received += read.value.length;
}
assert.equal(received, FILE_BYTES);

// The first device's own writes are proven at its next sync, against a checkpoint extending the last,
// also after its replica was saved and loaded again (as an app does between launches).
const reloaded = new Diary(phone.api, phone.identity, Replica.fromJSON(JSON.parse(JSON.stringify(phone.replica))));
assert.equal(reloaded.replica.log.pending.size, phone.replica.log.pending.size);
const third = await reloaded.sync();
assert.ok(third.log.proven >= 2);
assert.ok(third.log.previousSize !== null && third.log.size >= third.log.previousSize);

// Editing from a stale base is refused, never written over.
const stale = await laptop.current(written.entryId);
await phone.edit(written.entryId, input.incident);
await assert.rejects(laptop.append(stale, input.edited), (error: unknown) => error instanceof ApiError && error.code === "stale-version");

// Advocacy: an invited advocate registers, issues a code; the victim compares fingerprints,
// accepts, shares the entry; the advocate reads its whole history, verified against her key.
const advocateApi = new DaybookApi(input.base_url);
const { identity: advocateId } = await register(advocateApi, "sdk-advocate", input.passphrase, "office", { invitationCode: input.advocate_invitation });
const office = new AdvocateCases(advocateApi, advocateId);
const { code } = await office.issueCode();
const victim = new VictimAdvocacy(phone.api, phone.identity, null, phone.replica);
const card = await victim.lookUp(code.toLowerCase().replaceAll("-", " "));
assert.equal(card.fingerprint, await identityFingerprint(advocateId), "the fingerprint the victim reads is the advocate's own");
await victim.accept(code, card, "Robin");
const shared = await victim.share([written.entryId]);
assert.equal(shared[0]?.leaf.kind, "key-grant");
const [theCase] = await office.cases();
assert.ok(theCase !== undefined);
const caseView = await office.case(theCase.id);
assert.equal(caseView.fingerprint, await identityFingerprint(phone.identity));
assert.deepEqual((await office.sharedEntries(theCase.id)).map((e) => e.entry_id), [written.entryId]);
const read = await office.read(caseView, written.entryId);
assert.deepEqual(read.map((v) => v.version), [1, 2, 3]);
assert.deepEqual(read[1]?.incident, { ...input.edited, attachments: [reference] });
// The advocate reads the attachment too, and the victim sees every read in her access log.
const advocateReader = (await download(advocateApi, reference)).getReader();
let advocateBytes = 0;
for (let r = await advocateReader.read(); !r.done; r = await advocateReader.read()) advocateBytes += r.value.length;
assert.equal(advocateBytes, FILE_BYTES);
const accessLog = await victim.accessLog();
assert.ok(accessLog.some((record) => record.entry_id === written.entryId));
// Entries not shared stay out of reach.
await assert.rejects(office.read(caseView, input.python_entry_id));
// The advocate adds a note (non-ASCII text) on the entry; the victim reads it, checked against the confirmed key.
const note = await office.addNote(caseView, "Agreed: text me on leaving work — Café Müller", "safety-plan", written.entryId);
const [seen] = await victim.notes();
assert.equal(seen?.text, note.text);
assert.equal(seen?.kind, "safety-plan");
assert.equal(seen?.entryId, written.entryId);
assert.deepEqual((await office.notes(caseView)).map((n) => n.noteId), [note.noteId]);

// The share's receipt is proven at the victim's next sync.
assert.ok((await phone.sync()).log.proven >= 1);

process.stdout.write(JSON.stringify({ sdk_entry_id: written.entryId, attachment: reference, note_text: note.text }));

/**
 * The SDK's end-to-end flow against a live server, driven by tests/web/test_sdk_flow.py.
 * Input (stdin, JSON): the server's URL, a victim the Python client registered, the id of an
 * entry it wrote, and incidents to write. Output (stdout, JSON): what the Python side checks next.
 */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { DaybookApi } from "../../src/client/api.js";
import { Diary, type Incident } from "../../src/client/diary.js";
import { ApiError } from "../../src/client/errors.js";
import { login, register } from "../../src/client/identity.js";

interface Input {
  base_url: string;
  username: string;
  passphrase: string;
  python_entry_id: string;
  python_description: string;
  incident: Incident;
  edited: Incident;
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

// The victim the Python client registered: the SDK reads the entry Python wrote, verified.
const phone = await signIn(input.username, "sdk phone");
const first = await phone.sync();
assert.equal(first.changed, 1);
assert.equal(first.log.pinnedNow, "server");
const [fromPython] = await phone.readReplica();
assert.equal(fromPython?.entryId, input.python_entry_id);
assert.equal(fromPython?.incident["description"], input.python_description);

// Write, then edit; the history verifies as a chain of two.
const written = await phone.add(input.incident);
const edited = await phone.edit(written.entryId, input.edited);
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
assert.deepEqual(onLaptop.get(written.entryId)?.incident, input.edited);

// The first device's own writes are proven at its next sync, against a checkpoint extending the last.
const third = await phone.sync();
assert.ok(third.log.proven >= 2);
assert.ok(third.log.previousSize !== null && third.log.size >= third.log.previousSize);

// Editing from a stale base is refused, never written over.
const stale = await laptop.current(written.entryId);
await phone.edit(written.entryId, input.incident);
await assert.rejects(laptop.append(stale, input.edited), (error: unknown) => error instanceof ApiError && error.code === "stale-version");

process.stdout.write(JSON.stringify({ sdk_entry_id: written.entryId, sdk_versions: 3 }));

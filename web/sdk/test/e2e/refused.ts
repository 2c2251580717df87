/**
 * The SDK's diary refuses an entry its incident schema refuses (docs/protocol §14.1), against a
 * live server, driven by tests/web/test_sdk_flow.py: a broken writer stored it, signed and logged.
 * Input (stdin, JSON): the server's URL and the victim's username and passphrase. Output (stdout,
 * JSON): the refusal's check and message.
 */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { DaybookApi } from "../../src/client/api.js";
import { Diary } from "../../src/client/diary.js";
import { VerificationError } from "../../src/client/errors.js";
import { login } from "../../src/client/identity.js";

const input = JSON.parse(readFileSync(0, "utf8")) as { base_url: string; username: string; passphrase: string };

const api = new DaybookApi(input.base_url);
const diary = new Diary(api, await login(api, input.username, input.passphrase, "sdk phone"));
const refused = await diary.sync().catch((error: unknown) => error);
assert.ok(refused instanceof VerificationError, String(refused));
process.stdout.write(JSON.stringify({ check: refused.check, message: refused.message }));

/**
 * The account side of the SDK against a live server, driven by tests/web/test_sdk_flow.py, in two
 * steps on one database. Input (stdin, JSON): the step, the server's URL, a passphrase.
 *   "before": register an account at the server's cost, then stop.
 *   "after" (the operator raised the cost in between): a new account registers at the new cost;
 *   signing in re-seals the old one at the new cost; a taken username is refused with a proposed pseudonym;
 *   failed guesses lock new devices out, which her signed-in phone sees and ends, while a device
 *   that signed in before still gets in with its device token.
 * Output (stdout, JSON): what the Python side checks next.
 */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { DaybookApi } from "../../src/client/api.js";
import { ApiError, RegistrationRefusedError, SignInBlockedError } from "../../src/client/errors.js";
import { login, register } from "../../src/client/identity.js";
import { randomBytes } from "../../src/protocol/crypto.js";

interface Input {
  step: "before" | "after";
  base_url: string;
  passphrase: string;
}

const input = JSON.parse(readFileSync(0, "utf8")) as Input;
const NAME = "sdk-cost";
const fresh = (): DaybookApi => new DaybookApi(input.base_url);

async function before(): Promise<object> {
  const { identity } = await register(fresh(), NAME, input.passphrase, "phone");
  return { account_id: identity.accountId };
}

/** Wrong guesses at the username from a device with no token, until `failures` were counted. */
async function guess(failures: number): Promise<void> {
  const stalker = fresh();
  for (let counted = 0; counted < failures; ) {
    try {
      await stalker.login(NAME, randomBytes(32), "stalker");
      assert.fail("a random auth key signed in");
    } catch (error) {
      if (error instanceof SignInBlockedError) {
        assert.equal(error.knownDevice, false);
        await new Promise((done) => setTimeout(done, error.retryAfterSeconds * 1000));
        continue;
      }
      assert.ok(error instanceof ApiError && error.status === 401, String(error));
      counted++;
    }
  }
}

async function after(): Promise<object> {
  // The cost rose: the account still shows the old one, and signing in re-seals at the new one.
  const sealedAt = await fresh().prelogin(NAME);
  assert.ok(sealedAt.kdf.iterations < sealedAt.current.iterations, JSON.stringify(sealedAt));
  // A new name registers at the new cost, though its `kdf` still shows the old one, as every
  // account's does until it re-seals.
  const unknown = await fresh().prelogin("sdk-after-rise");
  assert.equal(unknown.kdf.iterations, sealedAt.kdf.iterations);
  await register(fresh(), "sdk-after-rise", input.passphrase, "phone");
  const phone = fresh();
  const identity = await login(phone, NAME, input.passphrase, "phone");
  const resealed = (await fresh().prelogin(NAME)).kdf;
  assert.equal(resealed.iterations, sealedAt.current.iterations);
  assert.notEqual(resealed.salt, sealedAt.kdf.salt);
  // The new seal opens on another device, and the phone that re-sealed stays signed in.
  assert.equal((await login(fresh(), NAME, input.passphrase, "tablet")).accountId, identity.accountId);
  assert.equal((await phone.ownKeys()).kdf.iterations, sealedAt.current.iterations);

  // A taken username: refused, with a random pseudonym proposed, which then registers.
  const refused = await register(fresh(), NAME, input.passphrase, "phone").catch((error: unknown) => error);
  assert.ok(refused instanceof RegistrationRefusedError, String(refused));
  assert.equal(refused.status, 409);
  const pseudonym = refused.proposal;
  await register(fresh(), pseudonym, input.passphrase, "phone");

  // Someone guesses at the username: after 7 failures, new devices are kept out for 4 seconds...
  await guess(7);
  const blocked = await login(fresh(), NAME, input.passphrase, "new phone").catch((error: unknown) => error);
  assert.ok(blocked instanceof SignInBlockedError, String(blocked));
  assert.equal(blocked.knownDevice, false);
  // ...which her signed-in phone sees and ends, so that the new device gets in at once...
  assert.notEqual(await phone.lockout(), null);
  await phone.endLockout();
  assert.equal(await phone.lockout(), null);
  await login(fresh(), NAME, input.passphrase, "new phone");
  // ...and a device that signed in before is never kept out: it presents its device token.
  const laptop = fresh();
  await login(laptop, NAME, input.passphrase, "laptop");
  assert.match((await laptop.deviceTokens.load(input.base_url, NAME)) ?? "", /^dbd_[A-Za-z0-9_-]{43}$/);
  await guess(7);
  await assert.rejects(login(fresh(), NAME, input.passphrase, "new phone"), SignInBlockedError);
  assert.equal((await login(laptop, NAME, input.passphrase, "laptop")).accountId, identity.accountId);
  await phone.endLockout();
  return { account_id: identity.accountId, pseudonym, blocked_explanation: blocked.explanation, refused_explanation: refused.explanation };
}

process.stdout.write(JSON.stringify(input.step === "before" ? await before() : await after()));

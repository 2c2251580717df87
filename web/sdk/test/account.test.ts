/**
 * Account-side answers, over a scripted fetch: refused registrations and throttled sign-ins become
 * typed errors with a plain explanation, and the device token is kept and presented at sign-in.
 */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { DaybookApi } from "../src/client/api.js";
import { deviceTokenKey, MemoryDeviceTokens } from "../src/client/device_tokens.js";
import { ApiError, RegistrationRefusedError, SignInBlockedError, TooManyAttemptsError } from "../src/client/errors.js";
import { changePassphrase, recover, register } from "../src/client/identity.js";
import { WeakPassphraseError } from "../src/client/passphrase.js";
import { AccountKeys } from "../src/protocol/keys.js";

const SERVER = "http://daybook.test/";

interface Seen {
  path: string;
  body: Record<string, unknown>;
}

/** A fetch that answers each call with the next of `answers` and records what was sent. */
function scripted(answers: Response[]): { fetcher: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetcher = (async (url: string | URL | Request, init?: RequestInit) => {
    seen.push({ path: new URL(String(url)).pathname, body: JSON.parse(String(init?.body ?? "{}")) as Record<string, unknown> });
    const next = answers.shift();
    if (next === undefined) throw new Error("no more answers");
    return next;
  }) as typeof fetch;
  return { fetcher, seen };
}

function problem(status: number, code: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ status, code, title: code, detail: `the server said ${code}` }), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });
}

function tokenPair(deviceToken: string | null): Response {
  const body = { account_id: "a", session_id: "s", token_type: "Bearer", access_token: "dba_x", refresh_token: "dbr_x", device_token: deviceToken };
  return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
}

const AUTH_KEY = new Uint8Array(32);

describe("refused registrations", () => {
  it("are a RegistrationRefusedError proposing a random pseudonym", async () => {
    const { fetcher } = scripted([problem(409, "registration-refused"), problem(409, "registration-refused")]);
    const api = new DaybookApi(SERVER, null, undefined, fetcher);
    const refused = await api.register({} as never).catch((error: unknown) => error);
    assert.ok(refused instanceof RegistrationRefusedError && refused instanceof ApiError);
    assert.equal(refused.status, 409);
    assert.match(refused.proposal, /^[a-z]+-[a-z]+-\d{4}$/);
    assert.ok(refused.explanation.includes(refused.proposal));
    assert.match(refused.explanation, /does not say/);
    const again = (await api.register({} as never).catch((error: unknown) => error)) as RegistrationRefusedError;
    assert.notEqual(again.proposal, refused.proposal);
  });

  it("past the address's refusals, are TooManyAttemptsError with the wait from Retry-After", async () => {
    const { fetcher } = scripted([problem(429, "too-many-attempts", { "Retry-After": "90" })]);
    const refused = await new DaybookApi(SERVER, null, undefined, fetcher).register({} as never).catch((error: unknown) => error);
    assert.ok(refused instanceof TooManyAttemptsError && !(refused instanceof SignInBlockedError));
    assert.equal(refused.retryAfterSeconds, 90);
    assert.ok(Math.abs(refused.retryAt.getTime() - Date.now() - 90_000) < 5_000);
    assert.equal(refused.explanation, "Too many failed attempts from here. Wait 2 minutes, then try again.");
  });
});

describe("weak passphrases", () => {
  it("are refused on the device before anything is derived or sent", async () => {
    const { fetcher, seen } = scripted([]);
    const api = new DaybookApi(SERVER, { accessToken: "dba_x", refreshToken: "dbr_x" }, undefined, fetcher);
    const identity = { accountId: "a", username: "heron-quartz-4821", keys: AccountKeys.generate() };
    await assert.rejects(register(api, "robin", "password123", "phone"), WeakPassphraseError);
    await assert.rejects(register(api, "heron-quartz-4821", "heronquartz4821", "phone"), WeakPassphraseError);
    await assert.rejects(changePassphrase(api, identity, "the old one", "heronquartz4821"), WeakPassphraseError);
    await assert.rejects(recover(api, "robin", "not read", "sunshine", "phone"), WeakPassphraseError);
    assert.deepEqual(seen, []);
  });
});

describe("device tokens", () => {
  it("are kept from each sign-in, per server and username, and presented at the next", async () => {
    const { fetcher, seen } = scripted([tokenPair("dbd_first"), tokenPair("dbd_second"), new Response(null, { status: 204 })]);
    const api = new DaybookApi(SERVER, null, undefined, fetcher);
    await api.login("Robin", AUTH_KEY, "phone");
    assert.equal(seen[0]?.body["device_token"], undefined);
    assert.equal(api.deviceTokens.load(SERVER, "robin"), "dbd_first");
    await api.login("robin", AUTH_KEY, "phone");
    assert.equal(seen[1]?.body["device_token"], "dbd_first");
    assert.equal(api.deviceTokens.load(`${SERVER}/`, "ROBIN"), "dbd_second");
    await api.logout();
    // Sign-out forgets the session, never the device token.
    assert.equal(api.deviceTokens.load(SERVER, "robin"), "dbd_second");
  });

  it("go to the store the app provides, and a token for one name is never sent for another", async () => {
    const saved: string[] = [];
    const store = { load: (server: string, username: string) => (username === "robin" ? `dbd_for ${deviceTokenKey(server, username)}` : null), save: (_s: string, u: string, t: string) => void saved.push(`${u}=${t}`) };
    const { fetcher, seen } = scripted([tokenPair("dbd_new"), tokenPair("dbd_other")]);
    const api = new DaybookApi(SERVER, null, undefined, fetcher, store);
    await api.login("robin", AUTH_KEY, "phone");
    await api.login("someone", AUTH_KEY, "phone");
    assert.deepEqual(seen.map((s) => s.body["device_token"]), ["dbd_for http://daybook.test robin", undefined]);
    assert.deepEqual(saved, ["robin=dbd_new", "someone=dbd_other"]);
  });

  it("without a store, live in memory, one per DaybookApi", () => {
    const one = new DaybookApi(SERVER);
    one.deviceTokens.save(SERVER, "robin", "dbd_x");
    assert.ok(one.deviceTokens instanceof MemoryDeviceTokens);
    assert.equal(new DaybookApi(SERVER).deviceTokens.load(SERVER, "robin"), null);
  });
});

describe("throttled sign-ins", () => {
  it("without a device token: the username's lockout, which a signed-in device can end", async () => {
    const { fetcher } = scripted([problem(429, "too-many-attempts", { "Retry-After": "8" })]);
    const blocked = await new DaybookApi(SERVER, null, undefined, fetcher).login("robin", AUTH_KEY, "phone").catch((error: unknown) => error);
    assert.ok(blocked instanceof SignInBlockedError);
    assert.equal(blocked.knownDevice, false);
    assert.equal(blocked.code, "too-many-attempts");
    assert.match(blocked.explanation, /^Signing in to this account from a new device is paused for 8 seconds/);
    assert.match(blocked.explanation, /signed in before can still sign in/);
  });

  it("with one: this device's own counter", async () => {
    const { fetcher } = scripted([tokenPair("dbd_mine"), problem(429, "too-many-attempts", { "Retry-After": "1" })]);
    const api = new DaybookApi(SERVER, null, undefined, fetcher);
    await api.login("robin", AUTH_KEY, "phone");
    const blocked = (await api.login("robin", AUTH_KEY, "phone").catch((error: unknown) => error)) as SignInBlockedError;
    assert.equal(blocked.knownDevice, true);
    assert.equal(blocked.explanation, "Too many failed sign-ins on this device. Wait 1 second, then try again.");
  });

  it("a wrong passphrase stays a plain 401", async () => {
    const { fetcher } = scripted([problem(401, "unauthenticated")]);
    const wrong = await new DaybookApi(SERVER, null, undefined, fetcher).login("robin", AUTH_KEY, "phone").catch((error: unknown) => error);
    assert.ok(wrong instanceof ApiError && !(wrong instanceof TooManyAttemptsError));
    assert.equal(wrong.status, 401);
  });

  it("the lockout as a time, or null", async () => {
    const { fetcher, seen } = scripted([
      new Response(JSON.stringify({ blocked_until: "2026-12-06T05:00:00Z" }), { headers: { "Content-Type": "application/json" } }),
      new Response(null, { status: 204 }),
      new Response(JSON.stringify({ blocked_until: null }), { headers: { "Content-Type": "application/json" } }),
    ]);
    const api = new DaybookApi(SERVER, { accessToken: "dba_x", refreshToken: "dbr_x" }, undefined, fetcher);
    assert.deepEqual(await api.lockout(), new Date("2026-12-06T05:00:00Z"));
    await api.endLockout();
    assert.equal(await api.lockout(), null);
    assert.deepEqual(seen.map((s) => s.path), ["/v1/account/lockout", "/v1/account/lockout", "/v1/account/lockout"]);
  });
});

/**
 * Client-side account operations (app/client/identity.py): everything secret is
 * derived, generated and sealed here, on the device.
 */

import { randomBytes } from "../protocol/crypto.js";
import { b64decode, b64encode, equal } from "../protocol/encoding.js";
import { type Argon2Runner, type DerivedKeys, type KdfParams, deriveFromPassphrase, deriveFromRecoveryKey, SALT_BYTES } from "../protocol/kdf.js";
import { AccountKeys, fingerprint } from "../protocol/keys.js";
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from "../protocol/recovery.js";
import { seal, openSealed } from "../protocol/sealing.js";
import type { DaybookApi, Schemas } from "./api.js";
import { VerificationError } from "./errors.js";
import { checkPassphrase } from "./passphrase.js";

/** An unlocked account on this device. Call `keys.wipe()` when signing out. */
export interface Identity {
  accountId: string;
  username: string;
  keys: AccountKeys;
}

export function identityFingerprint(identity: Identity): Promise<string> {
  return fingerprint(identity.keys.signingPublic, identity.keys.hpkePublic);
}

function params(kdf: Schemas["KdfParams"]): KdfParams {
  return { salt: b64decode(kdf.salt), memoryKib: kdf.memory_kib, iterations: kdf.iterations, parallelism: kdf.parallelism };
}

/** The server's current cost (§5), with a new random salt: for every new seal. */
function fresh(current: Schemas["KdfCost"]): KdfParams {
  return { salt: randomBytes(SALT_BYTES), memoryKib: current.memory_kib, iterations: current.iterations, parallelism: current.parallelism };
}

async function freshParams(api: DaybookApi, username: string): Promise<KdfParams> {
  return fresh((await api.prelogin(username)).current);
}

function below(sealedAt: KdfParams, current: KdfParams): boolean {
  return sealedAt.memoryKib < current.memoryKib || sealedAt.iterations < current.iterations;
}

function wireKdf(p: KdfParams): Schemas["KdfParams"] {
  return { algorithm: "argon2id", salt: b64encode(p.salt), memory_kib: p.memoryKib, iterations: p.iterations, parallelism: p.parallelism };
}

/** A random UUID v4 (crypto.randomUUID is missing from some React Native runtimes). */
export function newId(): string {
  const b = randomBytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A new recovery key: its text for the victim (show once), its auth key, and the keys sealed under it. */
async function recoveryMaterial(accountId: string, keys: AccountKeys): Promise<{ text: string; authKey: Uint8Array; sealed: Uint8Array }> {
  const recoveryKey = newRecoveryKey();
  const derived = await deriveFromRecoveryKey(recoveryKey);
  const sealed = await seal(keys.toBytes(), derived.keyEncryptionKey, "recovery", accountId);
  const text = await formatRecoveryKey(recoveryKey);
  recoveryKey.fill(0);
  return { text, authKey: derived.authKey, sealed };
}

export interface RegisterOptions {
  invitationCode?: string;
  argon2?: Argon2Runner;
}

/**
 * Create the account; returns the identity and the recovery key to show once. Throws
 * WeakPassphraseError before anything is derived or sent, and RegistrationRefusedError (with a
 * random pseudonym to propose) when the username is taken.
 */
export async function register(
  api: DaybookApi,
  username: string,
  passphrase: string,
  deviceName: string,
  options: RegisterOptions = {},
): Promise<{ identity: Identity; recoveryKey: string }> {
  await checkPassphrase(passphrase, [username, deviceName]);
  const accountId = newId();
  const keys = AccountKeys.generate();
  const kdf = await freshParams(api, username);
  const derived = await deriveFromPassphrase(passphrase, kdf, options.argon2);
  const { text: recoveryKey, authKey: recoveryAuthKey, sealed: recoverySealed } = await recoveryMaterial(accountId, keys);
  await api.register({
    account_id: accountId,
    username,
    kdf: wireKdf(kdf),
    auth_key: b64encode(derived.authKey),
    recovery_auth_key: b64encode(recoveryAuthKey),
    signing_public_key: b64encode(keys.signingPublic),
    hpke_public_key: b64encode(keys.hpkePublic),
    sealed_private_keys: b64encode(await seal(keys.toBytes(), derived.keyEncryptionKey, "passphrase", accountId)),
    recovery_sealed_private_keys: b64encode(recoverySealed),
    device_name: deviceName,
    ...(options.invitationCode === undefined ? {} : { invitation_code: options.invitationCode }),
  });
  return { identity: { accountId, username: username.toLowerCase(), keys }, recoveryKey };
}

/**
 * Sign in and unlock the account keys with the passphrase (which never leaves the device). An
 * account sealed at a cheaper Argon2id cost than the server's current one is re-sealed at the
 * current cost (§5: a passphrase change to the same passphrase, which signs her other devices out).
 */
export async function login(
  api: DaybookApi,
  username: string,
  passphrase: string,
  deviceName: string,
  argon2?: Argon2Runner,
): Promise<Identity> {
  const pre = await api.prelogin(username);
  const sealedAt = params(pre.kdf);
  const derived = await deriveFromPassphrase(passphrase, sealedAt, argon2);
  const signedIn = await api.login(username, derived.authKey, deviceName);
  const identity = await unlock(api, signedIn.account_id, username, derived);
  const current = fresh(pre.current);
  if (below(sealedAt, current)) await sealPassphrase(api, identity, derived.authKey, passphrase, current, argon2);
  return identity;
}

/** Open the sealed keys and check they are the ones the server publishes for this account. */
export async function unlock(api: DaybookApi, accountId: string, username: string, derived: DerivedKeys): Promise<Identity> {
  const own = await api.ownKeys();
  const plain = await openSealed(b64decode(own.sealed_private_keys), derived.keyEncryptionKey, "passphrase", accountId);
  const keys = AccountKeys.fromBytes(plain);
  plain.fill(0);
  if (!equal(keys.signingPublic, b64decode(own.signing_public_key)) || !equal(keys.hpkePublic, b64decode(own.hpke_public_key))) {
    throw new VerificationError("the server's public keys do not match the sealed private keys");
  }
  return { accountId, username: username.toLowerCase(), keys };
}

/** Re-seal the same account keys under a key derived from the new passphrase (fresh salt, current cost). */
export async function changePassphrase(api: DaybookApi, identity: Identity, current: string, next: string, argon2?: Argon2Runner): Promise<void> {
  await checkPassphrase(next, [identity.username]);
  const own = await api.ownKeys();
  const currentKeys = await deriveFromPassphrase(current, params(own.kdf), argon2);
  await sealPassphrase(api, identity, currentKeys.authKey, next, await freshParams(api, identity.username), argon2);
}

async function sealPassphrase(
  api: DaybookApi,
  identity: Identity,
  currentAuthKey: Uint8Array,
  next: string,
  kdf: KdfParams,
  argon2?: Argon2Runner,
): Promise<void> {
  const derived = await deriveFromPassphrase(next, kdf, argon2);
  await api.changePassphrase({
    current_auth_key: b64encode(currentAuthKey),
    kdf: wireKdf(kdf),
    auth_key: b64encode(derived.authKey),
    sealed_private_keys: b64encode(await seal(identity.keys.toBytes(), derived.keyEncryptionKey, "passphrase", identity.accountId)),
  });
}

/**
 * Open the keys with the recovery key, set a new passphrase and a new recovery key (returned,
 * to show once). The account keys do not change. A weak new passphrase (WeakPassphraseError) or a
 * typo in the recovery key (the checksum) is refused before anything is sent.
 */
export async function recover(
  api: DaybookApi,
  username: string,
  recoveryText: string,
  newPassphrase: string,
  deviceName: string,
  argon2?: Argon2Runner,
): Promise<{ identity: Identity; recoveryKey: string }> {
  await checkPassphrase(newPassphrase, [username, deviceName]);
  const recovery = await deriveFromRecoveryKey(await parseRecoveryKey(recoveryText));
  const found = await api.recoveryKeys(username, recovery.authKey);
  const plain = await openSealed(b64decode(found.recovery_sealed_private_keys), recovery.keyEncryptionKey, "recovery", found.account_id);
  const keys = AccountKeys.fromBytes(plain);
  plain.fill(0);
  const kdf = await freshParams(api, username);
  const derived = await deriveFromPassphrase(newPassphrase, kdf, argon2);
  const renewed = await recoveryMaterial(found.account_id, keys);
  await api.recover({
    username,
    recovery_auth_key: b64encode(recovery.authKey),
    kdf: wireKdf(kdf),
    auth_key: b64encode(derived.authKey),
    sealed_private_keys: b64encode(await seal(keys.toBytes(), derived.keyEncryptionKey, "passphrase", found.account_id)),
    new_recovery_auth_key: b64encode(renewed.authKey),
    recovery_sealed_private_keys: b64encode(renewed.sealed),
    device_name: deviceName,
  });
  return { identity: { accountId: found.account_id, username: username.toLowerCase(), keys }, recoveryKey: renewed.text };
}

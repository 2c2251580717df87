/** docs/vectors/foundation.json: Argon2id, HKDF, recovery keys, sealing, public keys, HPKE, base64url. */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { DecryptionError, x25519Public } from "../src/protocol/crypto.js";
import { ascii, b64decode, b64encode, concat, fromHex, hex, u8, uuidBytes } from "../src/protocol/encoding.js";
import * as hpke from "../src/protocol/hpke.js";
import * as kdf from "../src/protocol/kdf.js";
import { AccountKeys, fingerprint } from "../src/protocol/keys.js";
import { formatRecoveryKey, parseRecoveryKey } from "../src/protocol/recovery.js";
import * as sealing from "../src/protocol/sealing.js";
import { group, h, loadVectors, sections } from "./vectors.js";

const V = loadVectors("foundation.json");

describe("foundation vectors", () => {
  it("has every section this file checks", () => {
    assert.deepEqual(sections(V).sort(), [
      "argon2id", "base64url", "hkdf", "hpke", "hpke_rejected", "public_keys", "recovery", "sealing",
    ]);
  });

  for (const v of group(V, "argon2id")) {
    it(`argon2id ${v.name}`, async () => {
      const params = { salt: h(v, "salt_hex"), memoryKib: v.memory_kib, iterations: v.iterations, parallelism: v.parallelism };
      assert.equal(hex(kdf.passphraseBytes(v.passphrase)), v.passphrase_nfc_utf8_hex);
      const master = await kdf.masterKey(v.passphrase, params);
      assert.equal(hex(master), v.master_key_hex);
      const split = await kdf.splitMasterKey(master);
      assert.equal(hex(split.authKey), v.auth_key_hex);
      assert.equal(hex(split.keyEncryptionKey), v.key_encryption_key_hex);
    });
  }

  for (const v of group(V, "hkdf")) {
    it(`hkdf ${v.name}`, async () => {
      assert.equal(hex(kdf.AUTH_KEY_INFO), hex(ascii(v.auth_key_info)));
      assert.equal(hex(kdf.KEK_INFO), hex(ascii(v.key_encryption_key_info)));
      const split = await kdf.splitMasterKey(h(v, "master_key_hex"));
      assert.equal(hex(split.authKey), v.auth_key_hex);
      assert.equal(hex(split.keyEncryptionKey), v.key_encryption_key_hex);
    });
  }

  for (const v of group(V, "recovery")) {
    it(`recovery key ${v.name}`, async () => {
      const key = h(v, "recovery_key_hex");
      assert.equal(await formatRecoveryKey(key), v.text);
      assert.equal(hex(await parseRecoveryKey(v.text)), hex(key));
      for (const variant of v.also_accepted as string[]) assert.equal(hex(await parseRecoveryKey(variant)), hex(key));
      await assert.rejects(parseRecoveryKey(v.rejected_typo), /checksum/);
      const derived = await kdf.deriveFromRecoveryKey(key);
      assert.equal(hex(kdf.RECOVERY_AUTH_KEY_INFO), hex(ascii(v.auth_key_info)));
      assert.equal(hex(kdf.RECOVERY_KEK_INFO), hex(ascii(v.key_encryption_key_info)));
      assert.equal(hex(derived.authKey), v.recovery_auth_key_hex);
      assert.equal(hex(derived.keyEncryptionKey), v.recovery_key_encryption_key_hex);
    });
  }

  it("recovery key: every single-character typo is caught", async () => {
    const text = group(V, "recovery")[0]?.text as string;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const positions = [...text].flatMap((ch, i) => (ch === "-" ? [] : [i])).slice(0, -1);
    for (const i of positions) {
      for (const replacement of alphabet.replace(text[i] ?? "", "").slice(0, 3)) {
        await assert.rejects(parseRecoveryKey(text.slice(0, i) + replacement + text.slice(i + 1)));
      }
    }
    for (const bad of ["", "AAAQE-AYEAU-DAOCA", `${text}A`, `0${text.slice(1)}`]) {
      await assert.rejects(parseRecoveryKey(bad));
    }
  });

  for (const v of group(V, "sealing")) {
    it(`sealing ${v.name}`, async () => {
      const aad = sealing.associatedData(v.purpose, v.account_id);
      assert.equal(hex(aad), v.aad_hex);
      assert.equal(hex(aad), hex(concat(ascii("daybook/v1/private-keys\x00"), ascii(v.purpose), u8(0), uuidBytes(v.account_id))));
      const blob = await sealing.seal(h(v, "private_keys_hex"), h(v, "kek_hex"), v.purpose, v.account_id, h(v, "nonce_hex"));
      assert.equal(hex(blob), v.sealed_hex);
      assert.equal(b64encode(blob), v.sealed_base64url);
      assert.equal(blob.length, 93);
      assert.equal(hex(await sealing.openSealed(blob, h(v, "kek_hex"), v.purpose, v.account_id)), v.private_keys_hex);
      const kekFrom: Record<string, string> = {
        "hkdf-split": group(V, "hkdf")[0]?.key_encryption_key_hex,
        "recovery-1": group(V, "recovery")[0]?.recovery_key_encryption_key_hex,
      };
      assert.equal(v.kek_hex, kekFrom[v.kek_from]);
    });
  }

  it("sealing: tampering, another purpose, another account, another key and bad layouts fail", async () => {
    const v = group(V, "sealing")[0] ?? {};
    const [blob, kek] = [h(v, "sealed_hex"), h(v, "kek_hex")];
    for (const index of [1, 12, 13, 50, 76, 77, 92]) {
      const tampered = blob.slice();
      tampered[index] = (tampered[index] ?? 0) ^ 1;
      await assert.rejects(sealing.openSealed(tampered, kek, v.purpose, v.account_id), DecryptionError);
    }
    const other = v.purpose === "passphrase" ? "recovery" : "passphrase";
    await assert.rejects(sealing.openSealed(blob, kek, other, v.account_id), DecryptionError);
    await assert.rejects(sealing.openSealed(blob, kek, v.purpose, "00000000-0000-0000-0000-000000000001"), DecryptionError);
    await assert.rejects(sealing.openSealed(blob, new Uint8Array(32), v.purpose, v.account_id), DecryptionError);
    for (const bad of [blob.slice(0, 0), blob.slice(0, 1), blob.slice(0, 92), concat(blob, u8(0))]) {
      await assert.rejects(sealing.openSealed(bad, kek, v.purpose, v.account_id), /exactly 93 bytes/);
    }
    await assert.rejects(sealing.openSealed(concat(u8(2), blob.slice(1)), kek, v.purpose, v.account_id), /version/);
  });

  for (const v of group(V, "public_keys")) {
    it(`public keys and fingerprint ${v.name}`, async () => {
      const account = AccountKeys.fromBytes(h(v, "private_keys_hex"));
      assert.equal(hex(account.toBytes()), v.private_keys_hex);
      assert.equal(hex(account.signingPublic), v.signing_public_key_hex);
      assert.equal(hex(account.hpkePublic), v.hpke_public_key_hex);
      assert.equal(await fingerprint(account.signingPublic, account.hpkePublic), v.fingerprint);
      assert.equal(hex(concat(ascii("daybook/v1/fingerprint\x00"), account.signingPublic, account.hpkePublic)), v.fingerprint_input_hex);
    });
  }
  it("private keys must be 64 bytes", () => {
    assert.throws(() => AccountKeys.fromBytes(new Uint8Array(63)), /64 bytes/);
  });

  for (const v of group(V, "hpke")) {
    it(`hpke ${v.name}`, async () => {
      const info = hpke.wrapInfo(v.purpose, v.object_id, v.recipient_id);
      assert.equal(hex(info), v.info_hex);
      const recipient = h(v, "recipient_private_key_hex");
      assert.equal(hex(x25519Public(recipient)), v.recipient_public_key_hex);
      const envelope = h(v, "envelope_hex");
      const spec = hpke.parseEnvelope(envelope);
      assert.equal(spec.name, v.suite);
      assert.deepEqual([spec.kemId, spec.kdfId, spec.aeadId], [v.kem_id, v.kdf_id, v.aead_id]);
      assert.equal(hex(envelope), v.envelope_header_hex + v.enc_hex + v.ciphertext_hex);
      assert.equal(hex(await hpke.unwrap(envelope, recipient, info)), v.plaintext_hex);
      // A wrap made here opens in the same way, and only for the info it was made for.
      const again = await hpke.wrap(h(v, "plaintext_hex"), h(v, "recipient_public_key_hex"), info);
      assert.equal(hex(await hpke.unwrap(again, recipient, info)), v.plaintext_hex);
      const otherInfo = hpke.wrapInfo(v.purpose, v.recipient_id, v.object_id);
      await assert.rejects(hpke.unwrap(envelope, recipient, otherInfo), DecryptionError);
      await assert.rejects(hpke.unwrap(envelope, new Uint8Array(32).fill(7), info), DecryptionError);
    });
  }

  for (const v of group(V, "hpke_rejected")) {
    it(`hpke rejects ${v.name}`, async () => {
      const recipient = h(group(V, "hpke")[0] ?? {}, "recipient_private_key_hex");
      assert.throws(() => hpke.parseEnvelope(h(v, "envelope_hex")), hpke.HpkeEnvelopeError);
      await assert.rejects(hpke.unwrap(h(v, "envelope_hex"), recipient, fromHex("")), hpke.HpkeEnvelopeError);
    });
  }

  it("base64url: accepted and rejected spellings", () => {
    for (const v of V.base64url.accepted) {
      assert.equal(b64encode(h(v, "bytes_hex")), v.text);
      assert.equal(hex(b64decode(v.text)), v.bytes_hex);
    }
    for (const v of V.base64url.rejected) assert.throws(() => b64decode(v.text), Error, v.why);
  });
});

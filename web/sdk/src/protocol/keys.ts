/** Account key pairs (Ed25519 signing, X25519 for HPKE) and their fingerprint, as app/protocol/keys.py. */

import { ed25519Public, randomBytes, sha256, x25519Public } from "./crypto.js";
import { type Bytes, ascii, concat, hex } from "./encoding.js";

export const PUBLIC_KEY_BYTES = 32;
export const PRIVATE_KEYS_BYTES = 64;
export const FINGERPRINT_LABEL = ascii("daybook/v1/fingerprint\x00");
export const FINGERPRINT_BYTES = 20;

/** The 64-byte private-key plaintext: Ed25519 seed || X25519 scalar. */
export class AccountKeys {
  readonly signingPublic: Bytes;
  readonly hpkePublic: Bytes;

  private constructor(
    readonly signingSeed: Bytes,
    readonly hpkePrivate: Bytes,
  ) {
    this.signingPublic = ed25519Public(signingSeed);
    this.hpkePublic = x25519Public(hpkePrivate);
  }

  static generate(): AccountKeys {
    return new AccountKeys(randomBytes(32), randomBytes(32));
  }

  static fromBytes(data: Uint8Array): AccountKeys {
    if (data.length !== PRIVATE_KEYS_BYTES) throw new Error(`private keys must be ${PRIVATE_KEYS_BYTES} bytes`);
    return new AccountKeys(data.slice(0, 32), data.slice(32));
  }

  toBytes(): Bytes {
    return concat(this.signingSeed, this.hpkePrivate);
  }

  /** Overwrites the private halves: call when signing out. */
  wipe(): void {
    this.signingSeed.fill(0);
    this.hpkePrivate.fill(0);
  }
}

/** Human-comparable: the first 20 bytes of SHA-256, as 10 groups of 4 hex digits. */
export async function fingerprint(signingPublic: Uint8Array, hpkePublic: Uint8Array): Promise<string> {
  const digest = await sha256(concat(FINGERPRINT_LABEL, signingPublic, hpkePublic));
  const text = hex(digest.subarray(0, FINGERPRINT_BYTES)).toUpperCase();
  return text.match(/.{4}/g)?.join(" ") ?? "";
}

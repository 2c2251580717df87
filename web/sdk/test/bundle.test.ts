/** docs/vectors/bundle.json: the bundle key, wrapped export keys, packages, entry records, the records digest, the statement. */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import * as bundle from "../src/protocol/bundle.js";
import { parseDisclosure } from "../src/protocol/commitment.js";
import { aesGcmEncrypt, sha256 } from "../src/protocol/crypto.js";
import { ascii, b64decode, b64encode, concat, fromHex, fromUtf8, hex, u8, uuidBytes } from "../src/protocol/encoding.js";
import { formatKey } from "../src/protocol/printable_key.js";
import { fingerprint } from "../src/protocol/keys.js";
import { group, h, loadVectors, sections, type Vector } from "./vectors.js";

const V = loadVectors("bundle.json");
const D = loadVectors("diary.json");
const keyVector = group(V, "bundle_keys")[0] as Vector;
const bundleKey = (): Promise<bundle.BundleKey> => bundle.BundleKey.of(h(keyVector, "secret_hex"));

function record(e: Vector): bundle.EntryRecord {
  return {
    entryId: e.entry_id,
    commitments: (e.record.commitments_hex as string[]).map(fromHex),
    attachments: e.record.attachments,
    wrappedKey: h(e.wrap, "wrapped_key_hex"),
    package: h(e.package, "package_hex"),
  };
}

describe("bundle vectors", () => {
  it("has every section this file checks", () => {
    assert.deepEqual(sections(V).sort(), ["bundle_keys", "entries", "package_casework", "package_casework_rejected", "records_digest", "statement", "statement_rejected"]);
  });

  for (const v of group(V, "bundle_keys")) {
    it(`bundle key ${v.name}`, async () => {
      assert.equal(await formatKey(h(v, "secret_hex")), v.text);
      assert.equal(v.qr_code_text, v.text);
      for (const text of [v.text, ...(v.also_accepted as string[])]) assert.equal(hex((await bundle.BundleKey.parse(text)).secret), v.secret_hex);
      await assert.rejects(bundle.BundleKey.parse(v.rejected_typo), /checksum/);
      const key = await bundle.BundleKey.of(h(v, "secret_hex"));
      assert.equal(hex(bundle.X25519_INFO), hex(ascii(v.x25519_info)));
      assert.equal(hex(key.privateKey), v.x25519_private_key_hex);
      assert.equal(hex(key.publicKey), v.x25519_public_key_hex);
      assert.equal(b64encode(key.publicKey), v.x25519_public_key_base64url);
      assert.equal(hex(bundle.STATEMENT_MAC_INFO), hex(ascii(v.statement_mac_info)));
      assert.equal(hex(key.macKey), v.statement_mac_key_hex);
    });
  }

  // A package carrying the pack's exhibit numbers and orders opens to the same versions and that casework.
  for (const c of group(V, "package_casework")) {
    it(`package ${c.name}: the versions open as entry-a's, with its casework`, async () => {
      const entryA = group(V, "entries").find((e) => e.name === "entry-a") as Vector;
      assert.equal(c.export_key_hex, entryA.wrap.export_key_hex);
      const aad = concat(ascii("daybook/v1/bundle-entry\0"), uuidBytes(c.bundle_id), uuidBytes(c.entry_id));
      assert.equal(hex(aad), c.aad_hex);
      const sealed = concat(u8(1), h(c, "nonce_hex"), await aesGcmEncrypt(h(c, "export_key_hex"), h(c, "nonce_hex"), ascii(c.plaintext), aad));
      assert.equal(hex(sealed), c.package_hex);
      const opened = await bundle.openPackage(h(c, "package_hex"), h(c, "export_key_hex"), c.bundle_id, c.entry_id);
      assert.deepEqual(opened.versions, entryA.package.versions);
      assert.deepEqual(Object.fromEntries(opened.casework.exhibitNumbers), c.exhibit_numbers);
      assert.deepEqual(opened.casework.orders, c.orders);
    });
  }

  // Each malformed package the Python opener refuses (app.protocol.bundle._casework), the SDK refuses too.
  for (const r of group(V, "package_casework_rejected")) {
    it(`package casework rejected: ${r.name} (${r.why})`, async () => {
      const good = group(V, "package_casework")[0] as Vector;
      const sealed = concat(u8(1), h(good, "nonce_hex"), await aesGcmEncrypt(h(good, "export_key_hex"), h(good, "nonce_hex"), ascii(r.plaintext), h(good, "aad_hex")));
      await assert.rejects(bundle.openPackage(sealed, h(good, "export_key_hex"), good.bundle_id, good.entry_id), bundle.BundleFormatError);
    });
  }

  it("package casework: a number written as 3.0 is refused, as Python reads it as a float", async () => {
    const good = group(V, "package_casework")[0] as Vector;
    const plaintext = (good.plaintext as string).replace(':3}', ':3.0}');
    assert.notEqual(plaintext, good.plaintext);
    const sealed = concat(u8(1), h(good, "nonce_hex"), await aesGcmEncrypt(h(good, "export_key_hex"), h(good, "nonce_hex"), ascii(plaintext), h(good, "aad_hex")));
    await assert.rejects(bundle.openPackage(sealed, h(good, "export_key_hex"), good.bundle_id, good.entry_id), /exhibit_numbers maps attachment ids to numbers from 1/);
  });

  for (const e of group(V, "entries")) {
    it(`entry ${e.name}: wrap, package and record`, async () => {
      const key = await bundleKey();
      const info = bundle.entryKeyInfo(e.entry_id, e.bundle_id);
      assert.equal(hex(info), e.wrap.info_hex);
      const exportKey = await bundle.unwrapExportKey(h(e.wrap, "wrapped_key_hex"), key, info);
      assert.equal(hex(exportKey), e.wrap.export_key_hex);
      await assert.rejects(bundle.unwrapExportKey(h(e.wrap, "wrapped_key_hex"), key, bundle.entryKeyInfo(e.bundle_id, e.entry_id)), bundle.BundleFormatError);
      const { versions, casework } = await bundle.openPackage(h(e.package, "package_hex"), exportKey, e.bundle_id, e.entry_id);
      assert.deepEqual(versions, e.package.versions);
      assert.deepEqual(casework, { exhibitNumbers: new Map(), orders: [] });
      assert.equal(fromUtf8(bundle.packageDocument(e.entry_id, versions)), e.package.plaintext);
      const resealed = await bundle.sealPackage(exportKey, e.bundle_id, e.entry_id, versions, h(e.package, "nonce_hex"));
      assert.equal(hex(resealed), e.package.package_hex);
      await assert.rejects(bundle.openPackage(h(e.package, "package_hex"), exportKey, e.bundle_id, e.bundle_id), bundle.BundleFormatError);
      const r = record(e);
      assert.equal(fromUtf8(await bundle.recordDocument(r)), e.record.document);
      assert.equal(hex(await bundle.recordDigest(r)), e.record.digest_hex);
      assert.equal(hex(await sha256(r.package)), e.record.package_sha256_hex);
      assert.equal(hex(await sha256(r.wrappedKey)), e.record.wrapped_key_sha256_hex);
    });
  }

  it("entry A discloses the diary's signed fields and withholds the witnesses", async () => {
    const a = group(V, "entries").find((e) => e.entry_id === group(D, "entry_versions")[0]?.entry_id) as Vector;
    const versions = a.package.versions as Vector[];
    for (const [i, version] of versions.entries()) {
      const diary = group(D, "entry_versions")[i] as Vector;
      const signed = new Set((diary.disclosures as Vector[]).map((d) => d.disclosure as string));
      for (const d of version.disclosures as string[]) assert.ok(signed.has(d));
      assert.ok(!(version.disclosures as string[]).some((d) => parseDisclosure(d)[0] === "witnesses"));
    }
    assert.deepEqual(a.record.commitments_hex, group(D, "entry_versions").map((v) => v.commitment_hash_hex));
  });

  it("records digest: ascending entry id order, each once", async () => {
    const d = V.records_digest as Vector;
    const records = group(V, "entries").map(record);
    const found = await bundle.recordsDigest(records);
    assert.equal(found.count, d.entry_count);
    assert.equal(hex(found.digest), d.entries_sha256_hex);
    await assert.rejects(bundle.recordsDigest([records[0] as bundle.EntryRecord, records[0] as bundle.EntryRecord]), /each once/);
  });

  it("statement: document, signature, MAC and member", async () => {
    const s = V.statement as Vector;
    const data = ascii(s.statement);
    assert.equal(hex(data), s.statement_hex);
    const parsed = bundle.parseStatement(data);
    assert.equal(parsed.bundleId, s.bundle_id);
    assert.equal(parsed.entryCount, s.entry_count);
    assert.equal(hex(parsed.entriesSha256), s.entries_sha256_hex);
    assert.equal(hex(parsed.recipientKey), s.recipient_key_hex);
    assert.equal(parsed.logKey, s.log_key);
    assert.equal(await fingerprint(parsed.ownerKey, parsed.ownerHpkeKey), s.owner_fingerprint);
    assert.equal(hex(bundle.statementBytes(parsed)), s.statement_hex);
    assert.equal(hex(bundle.STATEMENT_SIGNATURE_LABEL), hex(ascii(s.signature_label)));
    assert.ok(bundle.statementSignatureOk(data, h(s, "signature_hex"), h(s, "owner_key_hex")));
    assert.equal(hex(bundle.signStatement(data, h(s, "owner_signing_seed_hex"))), s.signature_hex);
    const key = await bundleKey();
    assert.equal(hex(await bundle.statementMac(data, key)), s.mac_hex);
    assert.ok(await bundle.statementMacOk(data, h(s, "mac_hex"), key));
    const otherKey = await bundle.BundleKey.of(new Uint8Array(32));
    assert.ok(!(await bundle.statementMacOk(data, h(s, "mac_hex"), otherKey)));
    const member = JSON.parse(s.statement_member) as Record<string, string>;
    const std = (t: string): string => hex(b64decode(t.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")));
    assert.deepEqual([std(member.statement ?? ""), std(member.signature ?? ""), std(member.mac ?? "")], [s.statement_hex, s.signature_hex, s.mac_hex]);
  });

  for (const v of group(V, "statement_rejected")) {
    it(`statement rejected: ${v.name}`, () => {
      assert.throws(() => bundle.parseStatement(ascii(v.statement)), bundle.BundleFormatError, v.why);
    });
  }
});

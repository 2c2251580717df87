/**
 * Verifies a list of bundle files with the SDK, as the corpus test
 * (tests/web/test_bundle_agreement.py) asks: reads [{path, key, name, witnesses, tsaRoots}] as JSON
 * from the file named in argv, prints [{ok, item, check, detail}] as JSON.
 */

import { open } from "node:fs/promises";
import { readFileSync } from "node:fs";

import { BundleKey } from "../../src/protocol/bundle.js";
import { CosignatureVerifier } from "../../src/protocol/cosignature.js";
import { BundleInvalid, type VerifyOptions, verifyBundle } from "../../src/bundle/verify.js";
import { PemTsaTrust } from "../../src/bundle/timestamp.js";
import type { ByteSource } from "../../src/bundle/source.js";

interface Case {
  path: string;
  key: string;
  name: string;
  witnesses: string[];
  tsaRoots: string;
}

async function fileSource(path: string, name: string): Promise<{ source: ByteSource; close: () => Promise<void> }> {
  const handle = await open(path, "r");
  const { size } = await handle.stat();
  const source: ByteSource = {
    name,
    size,
    async read(offset, length) {
      const start = Math.min(Math.max(offset, 0), size);
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - start)));
      if (buffer.length > 0) await handle.read(buffer, 0, buffer.length, start);
      return buffer;
    },
  };
  return { source, close: () => handle.close() };
}

const cases = JSON.parse(readFileSync(process.argv[2] as string, "utf8")) as Case[];
const results = [];
for (const c of cases) {
  const { source, close } = await fileSource(c.path, c.name);
  try {
    const options: VerifyOptions = { witnesses: c.witnesses.map((w) => CosignatureVerifier.fromVkey(w)) };
    if (c.tsaRoots !== "") options.tsaRoots = await PemTsaTrust.fromPem(new TextEncoder().encode(c.tsaRoots));
    await verifyBundle(source, await BundleKey.parse(c.key), options);
    results.push({ ok: true, item: null, check: null, detail: null });
  } catch (error) {
    if (!(error instanceof BundleInvalid)) throw error;
    results.push({ ok: false, item: error.item, check: error.check, detail: error.detail });
  } finally {
    await close();
  }
}
process.stdout.write(JSON.stringify(results));

/** docs/vectors/zip.json and canonical.zip: the ZIP reader reads the canonical layout, and the layout the verifier rebuilds is byte for byte stream-zip's. */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";

import { canonicalZip } from "../src/bundle/bundle_zip.js";
import { bytesSource } from "../src/bundle/source.js";
import { MemberReader, crc32, readDirectory } from "../src/bundle/zip.js";
import { hex, utf8 } from "../src/protocol/encoding.js";

const VECTORS = new URL("../../../../docs/vectors/", import.meta.url);
const zip = JSON.parse(readFileSync(new URL("zip.json", VECTORS), "utf8")) as {
  members: { name: string; data_text: string; size: number; crc32_hex: string }[];
  zip_hex: string;
};
const file = new Uint8Array(readFileSync(new URL("canonical.zip", VECTORS)));

describe("canonical ZIP", () => {
  it("is the vector's bytes", () => assert.equal(hex(file), zip.zip_hex));

  it("reads every member with its size and CRC-32", async () => {
    const { infos } = await readDirectory(bytesSource(file, "canonical.zip"));
    assert.deepEqual(infos.map((i) => i.filename), zip.members.map((m) => m.name));
    for (const [i, member] of zip.members.entries()) {
      const info = infos[i]!;
      assert.equal(info.fileSize, member.size);
      assert.equal(info.crc.toString(16).padStart(8, "0"), member.crc32_hex);
      const data = await (await MemberReader.open(bytesSource(file, "canonical.zip"), info)).read(1 << 20);
      assert.equal(new TextDecoder().decode(data), member.data_text);
      assert.equal(crc32(data).toString(16).padStart(8, "0"), member.crc32_hex);
    }
  });

  it("is rebuilt byte for byte from its members", () => {
    const rebuilt = canonicalZip(zip.members.map((m) => ({ name: m.name, data: utf8(m.data_text) })));
    assert.equal(hex(rebuilt), zip.zip_hex);
  });

  it("fails its CRC-32 when a data byte changes", async () => {
    const damaged = file.slice();
    const at = hex(file).indexOf(hex(utf8("Daybook reference"))) / 2;
    damaged[at] = (damaged[at] as number) ^ 0xff;
    const { infos } = await readDirectory(bytesSource(damaged, "damaged.zip"));
    const reader = await MemberReader.open(bytesSource(damaged, "damaged.zip"), infos[0]!);
    await assert.rejects(reader.read(1 << 20), /Bad CRC-32/);
  });
});

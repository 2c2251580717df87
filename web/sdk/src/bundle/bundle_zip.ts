/**
 * Reading a bundle ZIP strictly, as app/client/bundle_zip.py does: every member
 * listed by the manifest with its size and SHA-256, nothing else present, and
 * the container byte for byte the canonical one (app/protocol/bundle_layout.py).
 */

import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { createSHA256 } from "hash-wasm";

import { canonicalJson } from "../protocol/commitment.js";
import { type Bytes, ascii, b64decode, concat, equal, u16, u32, u64, u8 } from "../protocol/encoding.js";
import { BundleInvalid, parseJson } from "./invalid.js";
import { MANIFEST } from "./layout.js";
import { MemberReader, ZipError, type ZipInfo, crc32, readDirectory } from "./zip.js";
import type { ByteSource } from "./source.js";

export const READ_BYTES = 1 << 20;

export interface Listed {
  size: number;
  sha256: Bytes;
}

export class BundleZip {
  readonly used = new Set<string>([MANIFEST]);
  private constructor(
    readonly source: ByteSource,
    readonly infos: ZipInfo[],
    readonly startDir: number,
    readonly byName: Map<string, ZipInfo>,
    readonly manifestBytes: Bytes,
    readonly manifest: any,
    readonly listing: Map<string, Listed>,
  ) {}

  get names(): string[] {
    return this.infos.map((i) => i.filename);
  }

  static async open(source: ByteSource): Promise<BundleZip> {
    let directory: { infos: ZipInfo[]; startDir: number };
    try {
      directory = await readDirectory(source);
    } catch (error) {
      throw new BundleInvalid(source.name, "ZIP structure", (error as Error).message);
    }
    const byName = new Map(directory.infos.map((i) => [i.filename, i]));
    const manifestBytes = await memberBytes(source, byName, MANIFEST);
    let manifest: any;
    try {
      manifest = parseJson(manifestBytes);
    } catch (error) {
      throw new BundleInvalid(MANIFEST, "format", (error as Error).message);
    }
    const problem = manifestProblem(manifest);
    if (problem !== null) throw new BundleInvalid(MANIFEST, "schema", problem);
    let canonical = false;
    try {
      canonical = equal(canonicalJson(manifest), manifestBytes);
    } catch {
      canonical = false;
    }
    if (!canonical) throw new BundleInvalid(MANIFEST, "canonical form", "it is not canonical JSON (spacing or order)");
    const listing = listingOf(directory.infos, manifest);
    return new BundleZip(source, directory.infos, directory.startDir, byName, manifestBytes, manifest, listing);
  }

  has(name: string): boolean {
    return this.listing.has(name);
  }

  async read(name: string): Promise<Bytes> {
    const listed = this.listing.get(name);
    if (listed === undefined) throw new BundleInvalid(name, "presence", "the manifest does not list it");
    const data = await memberBytes(this.source, this.byName, name);
    if (!equal(nobleSha256(data), listed.sha256)) throw new BundleInvalid(name, "SHA-256", "the member's bytes differ from the manifest's hash");
    this.used.add(name);
    return data;
  }

  /** The member in pieces of `pieceBytes` (the last may be shorter); its hash is checked after the last. */
  async *stream(name: string, pieceBytes: number = READ_BYTES): AsyncGenerator<Bytes> {
    const listed = this.listing.get(name);
    if (listed === undefined) throw new BundleInvalid(name, "presence", "the manifest does not list it");
    // WebAssembly: an exhibit of a GiB hashes at disk speed.
    const digest = await createSHA256();
    digest.init();
    const info = this.byName.get(name) as ZipInfo;
    let reader: MemberReader;
    try {
      reader = await MemberReader.open(this.source, info);
    } catch (error) {
      throw new BundleInvalid(name, "ZIP CRC-32 and header", (error as Error).message);
    }
    for (;;) {
      let piece: Bytes;
      try {
        piece = await reader.read(pieceBytes);
      } catch (error) {
        throw new BundleInvalid(name, "ZIP CRC-32 and header", (error as Error).message);
      }
      if (piece.length === 0) break;
      digest.update(piece);
      yield piece;
    }
    if (!equal(digest.digest("binary"), listed.sha256)) throw new BundleInvalid(name, "SHA-256", "the member's bytes differ from the manifest's hash");
    this.used.add(name);
  }

  checkAllUsed(): void {
    const unused = this.names.find((n) => !this.used.has(n));
    if (unused !== undefined) throw new BundleInvalid(unused, "purpose", "the bundle holds a member nothing refers to");
  }

  /**
   * The canonical ZIP rebuilt from the members and compared with the file. The
   * members' bytes were each read (and so checked) already: when every header
   * is the canonical one at its canonical place, the data between them is what
   * was read, so comparing the headers and the directory compares every byte.
   */
  async checkContainer(): Promise<void> {
    const fail = (where: string): never => {
      throw new BundleInvalid(this.source.name, "canonical ZIP layout", `the file differs from the canonical encoding (${where})`);
    };
    let offset = 0;
    const directory: Uint8Array[] = [];
    for (const info of this.infos) {
      const name = new TextEncoder().encode(info.filename);
      const header = localHeader(name, info.fileSize, info.crc);
      if (!equal(await this.source.read(offset, header.length), header)) fail(`in the header of ${info.filename}`);
      directory.push(centralHeader(name, info.fileSize, info.crc, offset));
      offset += header.length + info.fileSize;
    }
    const central = concat(...directory);
    const tail = concat(central, endRecords(this.infos.length, central.length, offset));
    if (this.source.size !== offset + tail.length) fail("its length");
    if (!equal(await this.source.read(offset, tail.length), tail)) fail("in the central directory or end records");
  }
}

async function memberBytes(source: ByteSource, byName: Map<string, ZipInfo>, name: string): Promise<Bytes> {
  const info = byName.get(name);
  if (info === undefined) throw new BundleInvalid(name, "presence", "the member is missing");
  try {
    const reader = await MemberReader.open(source, info);
    const parts: Bytes[] = [];
    for (;;) {
      const piece = await reader.read(READ_BYTES);
      if (piece.length === 0) return concat(...parts);
      parts.push(piece);
    }
  } catch (error) {
    if (error instanceof ZipError || error instanceof Error) throw new BundleInvalid(name, "ZIP CRC-32 and header", error.message);
    throw error;
  }
}

function listingOf(infos: ZipInfo[], manifest: any): Map<string, Listed> {
  const names = infos.map((i) => i.filename);
  if (new Set(names).size !== names.length || names.at(-1) !== MANIFEST) {
    throw new BundleInvalid(MANIFEST, "member list", "members repeat, or the manifest is not last");
  }
  const members = (manifest.members ?? []) as { path: string; size: number; sha256: string }[];
  const listed = new Map(members.map((m) => [m.path, { size: m.size, sha256: b64decode(m.sha256) }]));
  const paths = members.map((m) => m.path);
  if (paths.length !== names.length - 1 || paths.some((p, i) => p !== names[i])) {
    throw new BundleInvalid(MANIFEST, "member list", "the ZIP's members are not those the manifest lists");
  }
  for (const info of infos.slice(0, -1)) {
    if (info.fileSize !== (listed.get(info.filename) as Listed).size) throw new BundleInvalid(info.filename, "size", "it differs from the manifest");
  }
  return listed;
}

// --- the manifest's schema (app/schemas/bundle-manifest.schema.json), checked by hand --------

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// Python's re.search lets `$` match before a final newline; so does this.
const PATH = /^(README\.txt|statement\.json|log\/checkpoint\.txt|log\/tsa-certificates\.pem|log\/keys\.json|entries\/[0-9a-f-]{36}\.json|attachments\/[0-9a-f-]{36}\.bin|log\/checkpoints\/[1-9][0-9]*\.json)\n?$/;
const SHA = /^[A-Za-z0-9_-]{43}\n?$/;
const MANIFEST_FIELDS = ["bundle_id", "checkpoint_size", "format", "log_key", "members", "owner_id"];
const MEMBER_FIELDS = ["path", "sha256", "size"];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInteger = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const exactly = (v: Record<string, unknown>, fields: string[]): boolean => Object.keys(v).sort().join() === fields.join();

function manifestProblem(m: unknown): string | null {
  if (!isObject(m) || !exactly(m, MANIFEST_FIELDS)) return `$: an object with exactly ${MANIFEST_FIELDS.join(", ")}`;
  if (m.format !== "daybook/v1/bundle") return "$.format: not daybook/v1/bundle";
  for (const id of ["bundle_id", "owner_id"]) if (typeof m[id] !== "string" || !UUID.test(m[id] as string)) return `$.${id}: not a UUID`;
  if (!isInteger(m.checkpoint_size) || m.checkpoint_size < 1) return "$.checkpoint_size: not a positive integer";
  if (typeof m.log_key !== "string" || m.log_key.length < 1) return "$.log_key: not a non-empty string";
  if (!Array.isArray(m.members) || m.members.length < 4) return "$.members: not a list of at least 4";
  for (const [i, member] of m.members.entries()) {
    if (!isObject(member) || !exactly(member, MEMBER_FIELDS)) return `$.members[${i}]: not path, size and sha256`;
    if (typeof member.path !== "string" || !PATH.test(member.path)) return `$.members[${i}].path: not a member name`;
    if (!isInteger(member.size) || member.size < 0) return `$.members[${i}].size: not a size`;
    if (typeof member.sha256 !== "string" || !SHA.test(member.sha256)) return `$.members[${i}].sha256: not a SHA-256`;
  }
  return null;
}

// --- the canonical layout (stream-zip's NO_COMPRESSION_64, dated 1980-01-01, mode 0644) --------

const MS_DOS_TIME = concat(u16le(0), u16le(33));
const EXTERNAL_ATTR = 0o100644 * 0x10000;

function u16le(n: number): Bytes {
  return u16(n).reverse();
}
function u32le(n: number): Bytes {
  return u32(n).reverse();
}
function u64le(n: number): Bytes {
  return u64(n).reverse();
}

function localHeader(name: Uint8Array, size: number, crc: number): Bytes {
  const extra = concat(u16le(1), u16le(16), u64le(size), u64le(size));
  return concat(ascii("PK\x03\x04"), u16le(45), u16le(0x800), u16le(0), MS_DOS_TIME, u32le(crc), u32le(0xffffffff), u32le(0xffffffff), u16le(name.length), u16le(extra.length), name, extra);
}

function centralHeader(name: Uint8Array, size: number, crc: number, offset: number): Bytes {
  const extra = concat(u16le(1), u16le(24), u64le(size), u64le(size), u64le(offset));
  return concat(
    ascii("PK\x01\x02"), u8(45), u8(3), u8(45), u8(0), u16le(0x800), u16le(0), MS_DOS_TIME, u32le(crc),
    u32le(0xffffffff), u32le(0xffffffff), u16le(name.length), u16le(extra.length), u16le(0), u16le(0), u16le(0),
    u32le(EXTERNAL_ATTR), u32le(0xffffffff), name, extra,
  );
}

/** The canonical ZIP of these members, whole (for small ZIPs and tests: the check above compares piece by piece). */
export function canonicalZip(members: readonly { name: string; data: Uint8Array }[]): Bytes {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data } of members) {
    const encoded = new TextEncoder().encode(name);
    const header = localHeader(encoded, data.length, crc32(data));
    directory.push(centralHeader(encoded, data.length, crc32(data), offset));
    parts.push(header, data);
    offset += header.length + data.length;
  }
  const central = concat(...directory);
  return concat(...parts, central, endRecords(members.length, central.length, offset));
}

function endRecords(count: number, directorySize: number, directoryStart: number): Bytes {
  const directoryEnd = directoryStart + directorySize;
  return concat(
    ascii("PK\x06\x06"), u64le(44), u16le(45), u16le(45), u32le(0), u32le(0), u64le(count), u64le(count), u64le(directorySize), u64le(directoryStart),
    ascii("PK\x06\x07"), u32le(0), u64le(directoryEnd), u32le(1),
    ascii("PK\x05\x06"), u16le(0xffff), u16le(0xffff), u16le(0xffff), u16le(0xffff), u32le(0xffffffff), u32le(0xffffffff), u16le(0),
  );
}

/**
 * Reading a ZIP as the Python verifier reads it (CPython 3.11's zipfile, which
 * app/client/bundle_zip.py uses), so that a damaged file fails the same check
 * in both: the end record found as zipfile finds it (also behind a comment),
 * the central directory parsed with its checks, each member opened through its
 * local header and read with its CRC-32 checked when the last byte is read.
 * Only random-access reads of the file: the central directory, then each member
 * in pieces; nothing holds the whole file.
 *
 * Every failure here is a ZipError, zipfile's BadZipFile and the other errors
 * app/client/bundle_zip.py catches as ZIP_ERRORS.
 */

import { type IHasher, createCRC32 } from "hash-wasm";

import { type Bytes, concat } from "../protocol/encoding.js";
import type { ByteSource } from "./source.js";

export class ZipError extends Error {}

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END_BYTES = 22;
const END64_BYTES = 56;
const LOCATOR_BYTES = 20;
const CENTRAL_BYTES = 46;
const LOCAL_BYTES = 30;
const MAX_EXTRACT_VERSION = 63;
const UTF8_NAME = 0x800;
const MIN_READ_SIZE = 4096;
const ZIP_STORED = 0;

export interface ZipInfo {
  /** The name as zipfile gives it (cut at a NUL), and as the directory holds it. */
  filename: string;
  origFilename: string;
  flagBits: number;
  compressType: number;
  crc: number;
  compressSize: number;
  fileSize: number;
  headerOffset: number;
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);
const u16 = (b: Uint8Array, at: number): number => view(b).getUint16(at, true);
const u32 = (b: Uint8Array, at: number): number => view(b).getUint32(at, true);
const u64 = (b: Uint8Array, at: number): number => Number(view(b).getBigUint64(at, true));

/** Like zipfile: UTF-8 (strict) when the flag says so, else code page 437 (ASCII kept, other bytes kept distinct). */
function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & UTF8_NAME) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      throw new ZipError("a member name is not UTF-8");
    }
  }
  return Array.from(raw, (b) => (b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(0x100 + b))).join("");
}

function lastIndexOf(data: Uint8Array, signature: number): number {
  for (let i = data.length - 4; i >= 0; i--) if (u32(data, i) === signature) return i;
  return -1;
}

interface EndRecord {
  zip64: boolean;
  sizeCd: number;
  offsetCd: number;
  location: number;
}

/** zipfile._EndRecData and _EndRecData64. */
async function endRecord(src: ByteSource): Promise<EndRecord | null> {
  const size = src.size;
  if (size < END_BYTES) return null;
  const tail = await src.read(size - END_BYTES, END_BYTES);
  if (u32(tail, 0) === END && u16(tail, 20) === 0) return end64(src, size - END_BYTES, tail);
  const searchFrom = Math.max(size - (1 << 16) - END_BYTES, 0);
  const window = await src.read(searchFrom, size - searchFrom);
  const start = lastIndexOf(window, END);
  if (start < 0) return null;
  const record = window.subarray(start, start + END_BYTES);
  if (record.length !== END_BYTES) return null;
  return end64(src, searchFrom + start, record);
}

async function end64(src: ByteSource, location: number, record: Uint8Array): Promise<EndRecord> {
  const plain = { zip64: false, sizeCd: u32(record, 12), offsetCd: u32(record, 16), location };
  const at = location - LOCATOR_BYTES;
  if (at < 0) return plain;
  const locator = await src.read(at, LOCATOR_BYTES);
  if (u32(locator, 0) !== END64_LOCATOR) return plain;
  if (u32(locator, 4) !== 0 || u32(locator, 16) > 1) throw new ZipError("zipfiles that span multiple disks are not supported");
  if (at - END64_BYTES < 0) throw new ZipError("File is not a zip file");
  const z = await src.read(at - END64_BYTES, END64_BYTES);
  if (u32(z, 0) !== END64) return plain;
  return { zip64: true, sizeCd: u64(z, 40), offsetCd: u64(z, 48), location };
}

/** zipfile.ZipInfo._decodeExtra: the ZIP64 sizes and offset. */
function decodeExtra(info: ZipInfo, extra: Uint8Array): void {
  let rest = extra;
  while (rest.length >= 4) {
    const [type, length] = [u16(rest, 0), u16(rest, 2)];
    if (length + 4 > rest.length) throw new ZipError(`Corrupt extra field ${type.toString(16)}`);
    if (type === 1) {
      let data = rest.subarray(4, length + 4);
      const take = (): number => {
        if (data.length < 8) throw new ZipError("Corrupt zip64 extra field");
        const value = u64(data, 0);
        data = data.subarray(8);
        return value;
      };
      if (info.fileSize === 0xffffffff) info.fileSize = take();
      if (info.compressSize === 0xffffffff) info.compressSize = take();
      if (info.headerOffset === 0xffffffff) info.headerOffset = take();
    }
    rest = rest.subarray(length + 4);
  }
}

/** zipfile.ZipFile._RealGetContents: the members in directory order, and where the directory starts. */
export async function readDirectory(src: ByteSource): Promise<{ infos: ZipInfo[]; startDir: number }> {
  const end = await endRecord(src);
  if (end === null) throw new ZipError("File is not a zip file");
  let concatenated = end.location - end.sizeCd - end.offsetCd;
  if (end.zip64) concatenated -= END64_BYTES + LOCATOR_BYTES;
  const startDir = end.offsetCd + concatenated;
  if (startDir < 0) throw new ZipError("Bad offset for central directory");
  const limit = Math.min(startDir + end.sizeCd, src.size);
  let at = startDir;
  const take = async (n: number): Promise<Bytes> => {
    const piece = await src.read(at, Math.max(0, Math.min(n, limit - at)));
    at += piece.length;
    return piece;
  };
  const infos: ZipInfo[] = [];
  let total = 0;
  while (total < end.sizeCd) {
    const header = await take(CENTRAL_BYTES);
    if (header.length !== CENTRAL_BYTES) throw new ZipError("Truncated central directory");
    if (u32(header, 0) !== CENTRAL) throw new ZipError("Bad magic number for central directory");
    const [nameLength, extraLength, commentLength] = [u16(header, 28), u16(header, 30), u16(header, 32)];
    const flags = u16(header, 8);
    const origFilename = decodeName(await take(nameLength), flags);
    const extra = await take(extraLength);
    await take(commentLength);
    const nul = origFilename.indexOf("\0");
    const info: ZipInfo = {
      filename: nul >= 0 ? origFilename.slice(0, nul) : origFilename,
      origFilename,
      flagBits: flags,
      compressType: u16(header, 10),
      crc: u32(header, 16),
      compressSize: u32(header, 20),
      fileSize: u32(header, 24),
      headerOffset: u32(header, 42),
    };
    if ((header[6] as number) > MAX_EXTRACT_VERSION) throw new ZipError("zip file version too new");
    decodeExtra(info, extra);
    info.headerOffset += concatenated;
    infos.push(info);
    total += CENTRAL_BYTES + nameLength + extraLength + commentLength;
  }
  return { infos, startDir };
}

// --- reading a member ----------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array, previous = 0): number {
  let c = ~previous >>> 0;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** zipfile.ZipExtFile for a stored member: reads ahead as it does, checks the CRC-32 at the end. */
export class MemberReader {
  private eof = false;
  private compressLeft: number;
  private left: number;
  private buffer: Bytes = new Uint8Array(0);

  private constructor(
    private readonly src: ByteSource,
    private readonly info: ZipInfo,
    private position: number,
    // WebAssembly: a large exhibit's CRC-32 at disk speed, where a table in JavaScript is several times slower.
    private readonly running: IHasher,
  ) {
    this.compressLeft = info.compressSize;
    this.left = info.fileSize;
  }

  /** zipfile.ZipFile.open: the local header's signature and name, and the flags zipfile refuses. */
  static async open(src: ByteSource, info: ZipInfo): Promise<MemberReader> {
    if (info.headerOffset < 0) throw new ZipError("Invalid header offset");
    const header = await src.read(info.headerOffset, LOCAL_BYTES);
    if (header.length !== LOCAL_BYTES) throw new ZipError("Truncated file header");
    if (u32(header, 0) !== LOCAL) throw new ZipError("Bad magic number for file header");
    const [nameLength, extraLength] = [u16(header, 26), u16(header, 28)];
    const name = await src.read(info.headerOffset + LOCAL_BYTES, nameLength);
    const dataStart = Math.min(info.headerOffset + LOCAL_BYTES + nameLength + extraLength, src.size);
    if (info.flagBits & 0x20) throw new ZipError("compressed patched data (flag bit 5)");
    if (info.flagBits & 0x40) throw new ZipError("strong encryption (flag bit 6)");
    if (decodeName(name, u16(header, 6)) !== info.origFilename) throw new ZipError("File name in directory and header differ");
    if (info.flagBits & 0x1) throw new ZipError("the member is encrypted");
    // zipfile would inflate deflated, bzip2 and LZMA members; a bundle has none (every member is stored).
    if (info.compressType !== ZIP_STORED) throw new ZipError("That compression method is not supported");
    const running = await createCRC32();
    running.init();
    return new MemberReader(src, info, dataStart, running);
  }

  private async read2(n: number): Promise<Bytes> {
    if (this.compressLeft <= 0) return new Uint8Array(0);
    const size = Math.min(Math.max(n, MIN_READ_SIZE), this.compressLeft);
    const data = await this.src.read(this.position, size);
    this.position += data.length;
    this.compressLeft -= data.length;
    if (data.length === 0) throw new ZipError("EOFError");
    return data;
  }

  private async read1(n: number): Promise<Bytes> {
    if (this.eof || n <= 0) return new Uint8Array(0);
    let data = await this.read2(n);
    this.eof = this.compressLeft <= 0;
    data = data.subarray(0, Math.max(this.left, 0));
    this.left -= data.length;
    if (this.left <= 0) this.eof = true;
    this.running.update(data);
    if (this.eof && new DataView(this.running.digest("binary").buffer).getUint32(0) !== this.info.crc) throw new ZipError(`Bad CRC-32 for file ${this.info.filename}`);
    return data;
  }

  /** ZipExtFile.read(n): n bytes, fewer only at the end. */
  async read(n: number): Promise<Bytes> {
    const parts: Uint8Array[] = [this.buffer];
    let wanted = n - this.buffer.length;
    if (wanted <= 0) {
      const out = this.buffer.slice(0, n);
      this.buffer = this.buffer.slice(n);
      return out;
    }
    this.buffer = new Uint8Array(0);
    while (wanted > 0 && !this.eof) {
      const data = await this.read1(wanted);
      if (wanted < data.length) {
        parts.push(data.subarray(0, wanted));
        this.buffer = data.slice(wanted);
        break;
      }
      parts.push(data);
      wanted -= data.length;
    }
    return concat(...parts);
  }
}

/** Loads docs/vectors/*.json from the repository, so the SDK is checked against the very files Python is. */

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { type Bytes, fromHex } from "../src/protocol/encoding.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- vectors are data; each test reads the fields it names
export type Vector = Record<string, any>;

function vectorDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    try {
      readFileSync(join(dir, "docs", "vectors", "foundation.json"));
      return join(dir, "docs", "vectors");
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error("docs/vectors not found above the test directory");
}

const DIRECTORY = vectorDirectory();

export function loadVectors(file: string): Vector {
  const data = JSON.parse(readFileSync(join(DIRECTORY, file), "utf8")) as Vector;
  if (data["format"] !== "daybook-test-vectors/1") throw new Error(`${file}: unknown format`);
  return data;
}

export function group(data: Vector, name: string): Vector[] {
  const items = data[name] as Vector[] | undefined;
  if (!Array.isArray(items) || items.length === 0) throw new Error(`vector group ${name} is empty`);
  return items;
}

/** A hex field as bytes; the field's name must end in _hex. */
export function h(vector: Vector, field: string): Bytes {
  if (!field.endsWith("_hex")) throw new Error(`${field} is not a hex field`);
  const value = vector[field] as unknown;
  if (typeof value !== "string") throw new Error(`${field} missing`);
  return fromHex(value);
}

/** Every section of a vector file must be read by some test: returns the ones not listed. */
export function sections(data: Vector): string[] {
  return Object.keys(data).filter((k) => k !== "format" && k !== "note");
}

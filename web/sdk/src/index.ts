/** @daybook/sdk: the Daybook protocol (docs/protocol) for browsers, Node and React Native. */

export * as crypto from "./protocol/crypto.js";
export * as encoding from "./protocol/encoding.js";
export * as hpke from "./protocol/hpke.js";
export * as kdf from "./protocol/kdf.js";
export * as keyGrants from "./protocol/key_grants.js";
export * as keys from "./protocol/keys.js";
export * as recovery from "./protocol/recovery.js";
export * as sealing from "./protocol/sealing.js";
export type { paths as ApiPaths, components as ApiComponents } from "./generated/openapi.js";

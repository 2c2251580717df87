/** The errors a client sees: the server's problem documents (RFC 9457) typed by `code`, and failed verifications. */

import { proposeUsername } from "./pseudonym.js";

/** The stable codes of docs/protocol (§2 and the chapters; test/errors.test.ts keeps them in step). */
export const PROBLEM_CODES = [
  "account-deactivated", "advocate-mismatch", "attachment-unavailable", "bad-bundle-entry", "bad-cosignature",
  "bad-request", "bad-seal-time", "bad-statement", "bad-tree-size", "bundle-entry-conflict", "bundle-id-taken",
  "bundle-sealed", "bundle-stale", "case-document-id-taken", "chunks-missing", "concurrent-request", "conflict", "cross-origin-refused",
  "database-unavailable", "digest-mismatch", "entry-deleted", "entry-id-taken", "forbidden", "gone",
  "handover-not-ready", "internal-error", "invalid-code", "invalid-expiry", "invalid-invitation", "invalid-note",
  "invalid-push-endpoint", "invalid-version", "kdf-parameters-rejected", "link-expired", "log-key-not-current",
  "malformed-body", "malformed-json", "method-not-allowed", "no-advocate", "no-handover", "not-checkpointed",
  "not-found", "not-ready", "note-id-taken", "payload-too-large", "push-consent-required", "quota-exceeded",
  "range-not-satisfiable", "rate-limits-unavailable", "registration-refused", "stale-version", "storage-full",
  "token-expired", "too-deeply-nested", "too-many-attempts", "unauthenticated", "unknown-advocate",
  "unknown-witness", "uploads-busy", "validation-failed",
] as const;

/** A code the SDK knows; a newer server may send others, hence the open string. */
export type ProblemCode = (typeof PROBLEM_CODES)[number] | (string & {});

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: ProblemCode;
  [extension: string]: unknown;
}

/** A problem document returned by the server; branch on `code`, never on the text. */
export class ApiError extends Error {
  readonly code: ProblemCode;

  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.code ?? ""}: ${problem.detail ?? ""}`);
    this.code = problem.code ?? "";
  }
}

/** "3 seconds", "4 minutes": how long to wait, for a person. */
function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/**
 * `409 registration-refused`: the username (or, by a chance too small to count, the account id) is
 * in use; the server gives one answer for both so as not to say which (§4). `proposal` is a random
 * pseudonym to offer instead. Refusals are counted per address: from the 5th, 429.
 */
export class RegistrationRefusedError extends ApiError {
  readonly proposal = proposeUsername();
  readonly explanation =
    "This username cannot be used: it may belong to someone else (the server does not say). " +
    `Choose another one. A random one such as ${this.proposal} is safest: a stalker who knows a handle ` +
    "you use elsewhere, your name or your email could tell that the account exists and try to sign in to it.";
}

/** `429 too-many-attempts`: wait `retryAfterSeconds` (the Retry-After header) before trying again. */
export class TooManyAttemptsError extends ApiError {
  /** When trying again makes sense (the client's clock). */
  readonly retryAt: Date;

  constructor(
    status: number,
    problem: Problem,
    readonly retryAfterSeconds: number,
  ) {
    super(status, problem);
    this.retryAt = new Date(Date.now() + retryAfterSeconds * 1000);
  }

  get explanation(): string {
    return `Too many failed attempts from here. Wait ${waitText(this.retryAfterSeconds)}, then try again.`;
  }
}

/**
 * A sign-in refused by the throttle before the passphrase was checked (§6.4). Without a device
 * token (`knownDevice` false) it is usually the username's lockout: someone failed to sign in as
 * her several times. Her devices that signed in before are not kept out, and a signed-in one can
 * end the lockout (DaybookApi.endLockout). With one, it is this device's own counter.
 */
export class SignInBlockedError extends TooManyAttemptsError {
  constructor(
    status: number,
    problem: Problem,
    retryAfterSeconds: number,
    readonly knownDevice: boolean,
  ) {
    super(status, problem, retryAfterSeconds);
  }

  override get explanation(): string {
    const wait = waitText(this.retryAfterSeconds);
    if (this.knownDevice) return `Too many failed sign-ins on this device. Wait ${wait}, then try again.`;
    return (
      `Signing in to this account from a new device is paused for ${wait}, after several failed attempts ` +
      "(someone else may be trying to guess the passphrase). A phone or computer where you signed in before " +
      "can still sign in, and on one that is signed in you can end this pause at once."
    );
  }
}

/** The error for a problem document: a typed one for the codes a client handles by name, else ApiError. */
export function problemError(status: number, problem: Problem, retryAfter: string | null): ApiError {
  if (problem.code === "registration-refused") return new RegistrationRefusedError(status, problem);
  if (problem.code === "too-many-attempts") return new TooManyAttemptsError(status, problem, retryAfterSeconds(retryAfter));
  return new ApiError(status, problem);
}

/** Retry-After in seconds (a number, or an HTTP date); 1 when it is missing or unreadable. */
function retryAfterSeconds(header: string | null): number {
  if (header === null) return 1;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header.trim()) : Math.ceil((Date.parse(header) - Date.now()) / 1000);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 1;
}

/**
 * Which check failed, stable across releases, so that a client words it in the person's language
 * (the message, in English, adds where and the library's own detail):
 * receipt: the public log's receipt is not this object's; signature: its author's signature does
 * not verify; commitment: what was signed belongs elsewhere (moved, reordered or relabelled);
 * ciphertext: the ciphertext is not the one signed; content: it does not decrypt to valid
 * content; key: no key for this reader, or it does not open; history: versions are missing, extra
 * or rolled back; author: the keys or the owner are another account's.
 */
export type VerificationCheck = "receipt" | "signature" | "commitment" | "ciphertext" | "content" | "key" | "history" | "author" | "other";

/** Something the server sent does not verify; the message says what and where. Show it loudly. */
export class VerificationError extends Error {
  readonly check: VerificationCheck;

  constructor(message: string, check: VerificationCheck = "other") {
    super(message);
    this.check = check;
  }
}

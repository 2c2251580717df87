/** The errors a client sees: the server's problem documents (RFC 9457) typed by `code`, and failed verifications. */

/** The stable codes of docs/protocol (§2 and the chapters; test/errors.test.ts keeps them in step). */
export const PROBLEM_CODES = [
  "account-deactivated", "advocate-mismatch", "attachment-unavailable", "bad-bundle-entry", "bad-cosignature",
  "bad-request", "bad-seal-time", "bad-statement", "bad-tree-size", "bundle-entry-conflict", "bundle-id-taken",
  "bundle-sealed", "bundle-stale", "case-document-id-taken", "chunks-missing", "concurrent-request", "conflict",
  "database-unavailable", "digest-mismatch", "entry-deleted", "entry-id-taken", "forbidden", "gone",
  "handover-not-ready", "internal-error", "invalid-code", "invalid-expiry", "invalid-invitation", "invalid-note",
  "invalid-push-endpoint", "invalid-version", "kdf-parameters-rejected", "link-expired", "log-key-not-current",
  "malformed-body", "malformed-json", "method-not-allowed", "no-advocate", "no-handover", "not-checkpointed",
  "not-found", "not-ready", "note-id-taken", "payload-too-large", "push-consent-required", "quota-exceeded",
  "range-not-satisfiable", "rate-limits-unavailable", "registration-refused", "stale-version", "storage-full",
  "token-expired", "too-deeply-nested", "too-many-attempts", "unauthenticated", "unknown-advocate",
  "unknown-witness", "validation-failed",
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

/** Something the server sent does not verify; the message says what and where. Show it loudly. */
export class VerificationError extends Error {}

/**
 * What failed verification, in the console's language: the SDK names the check that failed
 * (VerificationError.check, stable), the catalogue words it, and the SDK's English message, which
 * says where and carries the cryptographic library's own words, follows as a technical detail for
 * the organisation's admin, marked as English. A refusal from the server is said in its problem's
 * detail, which the server words in the language the console asks for (Accept-Language).
 */

import { ApiError, VerificationError, type VerificationCheck } from "@daybook/sdk";

import { h } from "./dom.js";
import { type MessageId, t } from "./i18n.js";

export interface Failure {
  check: VerificationCheck;
  detail: string;
}

const CHECKS: Record<VerificationCheck, MessageId> = {
  receipt: "verify.receipt",
  signature: "verify.signature",
  commitment: "verify.commitment",
  ciphertext: "verify.ciphertext",
  content: "verify.content",
  key: "verify.key",
  history: "verify.history",
  author: "verify.author",
  other: "verify.other",
};

export function failureOf(error: unknown): Failure {
  return { check: error instanceof VerificationError ? error.check : "other", detail: error instanceof Error ? error.message : String(error) };
}

/** The check in words, then the detail as the SDK gave it. */
export function failureView(failure: Failure): HTMLElement[] {
  return [
    h("p", { class: "meta", "data-check": failure.check }, t("incident.what-failed", { failure: t(CHECKS[failure.check]) })),
    h("p", { class: "meta" }, t("verify.detail"), " ", h("code", { lang: "en" }, failure.detail)),
  ];
}

/** Any error, for the "{error}" of a catalogue message: the server's or the SDK's words in the person's language where there are any. */
export function errorWords(error: unknown): string {
  if (error instanceof VerificationError) return t(CHECKS[error.check]);
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

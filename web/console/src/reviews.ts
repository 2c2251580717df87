/**
 * When the advocate last marked each case reviewed, kept in this browser's localStorage under
 * their account (case ids and times only: nothing of the diary). The server keeps no such record
 * (docs/protocol §29.2: the mark is the device's).
 */

type Reviewed = Record<string, string>;

const key = (accountId: string): string => `daybook.console.reviewed.${accountId}`;

export function lastReviews(accountId: string): Reviewed {
  try {
    const found: unknown = JSON.parse(localStorage.getItem(key(accountId)) ?? "{}");
    return typeof found === "object" && found !== null ? (found as Reviewed) : {};
  } catch {
    return {};
  }
}

export function markReviewed(accountId: string, caseId: string, when: Date = new Date()): void {
  localStorage.setItem(key(accountId), JSON.stringify({ ...lastReviews(accountId), [caseId]: when.toISOString() }));
}

/** Entries shared or changed after the last review (all of them before a first review). */
export function newSince<T extends { updated_at: string; shared_at: string }>(entries: readonly T[], reviewed: string | undefined): T[] {
  if (reviewed === undefined) return [...entries];
  const since = Date.parse(reviewed);
  return entries.filter((e) => Date.parse(e.updated_at) > since || Date.parse(e.shared_at) > since);
}

/**
 * One-time codes people read out or type (assignment and invitation codes; app/codes.py):
 * Crockford's base32 in groups of 5. Reading one back forgives any case, spaces and dashes,
 * O for 0 and I or L for 1; anything but ASCII is refused. The server keeps only their HMAC.
 */

export const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const ASSIGNMENT_CODE_LENGTH = 10;
const READ_AS: Record<string, string> = { O: "0", I: "1", L: "1" };

/** The code as it was issued, or null if `text` cannot be one of `length` characters. */
export function normaliseCode(text: string, length: number): string | null {
  if (!/^[\x00-\x7f]*$/.test(text)) return null;
  const compact = [...text.toUpperCase()].filter((ch) => !" -\t".includes(ch)).map((ch) => READ_AS[ch] ?? ch).join("");
  if (compact.length !== length || [...compact].some((ch) => !ALPHABET.includes(ch))) return null;
  return compact;
}

export function groupCode(code: string): string {
  return code.match(/.{1,5}/g)?.join("-") ?? "";
}

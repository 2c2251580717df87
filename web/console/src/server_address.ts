/**
 * Where the Daybook API is. Served over http(s) at /console/ (by Daybook, or by a proxy in front of
 * it) the console calls its own origin. Opened from disk, or hosted by the organisation at another
 * path, it asks for the server's address at sign-in and remembers it in this browser (an address,
 * nothing secret). It takes https addresses only, or http on this computer: what the
 * Content-Security-Policy in index.html lets a page opened from disk connect to (docs/CONSOLE.md).
 */

import { h } from "./dom.js";
import { t } from "./i18n.js";

const REMEMBERED = "daybook-console-server";
const LOOPBACK = new Set(["127.0.0.1", "localhost"]);

export function servedByApi(): boolean {
  return (location.protocol === "https:" || location.protocol === "http:") && location.pathname.startsWith("/console/");
}

/** The sign-in form's address field, or nothing when the console is served by the API. */
export function addressField(): HTMLElement[] {
  if (servedByApi()) return [];
  const remembered = localStorage.getItem(REMEMBERED) ?? undefined;
  const input = h("input", { id: "server", name: "server", type: "url", autocomplete: "url", required: true, spellcheck: "false", value: remembered });
  return [h("label", { for: "server" }, t("signin.server-address")), input];
}

/** The API's origin: this page's, or the one typed in the address field (then remembered). */
export function apiAddress(): string {
  if (servedByApi()) return location.origin;
  const origin = acceptedOrigin((document.getElementById("server") as HTMLInputElement | null)?.value ?? "");
  localStorage.setItem(REMEMBERED, origin);
  return origin;
}

export function acceptedOrigin(address: string): string {
  let url: URL | null = null;
  try {
    url = new URL(address.trim());
  } catch {
    // Refused below, with the same words.
  }
  if (url === null || !(url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname)))) {
    throw new Error(t("signin.server-not-https"));
  }
  return url.origin;
}

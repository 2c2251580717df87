/**
 * The signed-in advocate or admin: the API client, the unlocked keys (in memory only, never
 * stored) and the idle lock. Signing out or locking wipes the private keys, revokes every
 * blob: URL a decrypted file was shown through, and forgets the tokens.
 */

import { AdvocateCases, DaybookApi, type Identity, type Schemas, kdf, login } from "@daybook/sdk";

import { languageTag, t } from "./i18n.js";
import { apiAddress } from "./server_address.js";

export interface Session {
  api: DaybookApi;
  identity: Identity;
  organisation: Schemas["OrganisationOut"];
  cases: AdvocateCases;
}

let current: Session | null = null;
let idleTimer: number | undefined;
let idleMs = 10 * 60 * 1000;
const blobUrls = new Set<string>();
let onLock: (reason: string) => void = () => undefined;

export function session(): Session | null {
  return current;
}

/** Every decrypted file shown in the page; revoked when the session ends. */
export function keepBlobUrl(url: string): string {
  blobUrls.add(url);
  return url;
}

export function releaseBlobUrls(): void {
  for (const url of blobUrls) URL.revokeObjectURL(url);
  blobUrls.clear();
}

/** Every API call names the console's language, so the server's problem details can answer in it. */
const inLanguage: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set("Accept-Language", languageTag());
  return fetch(input, { ...init, headers });
};

let worker: Worker | null = null;
function argon2(): kdf.Argon2Runner {
  // A page opened from disk may start no worker: Argon2id runs here, and the page waits for it.
  if (location.protocol === "file:") return kdf.directArgon2;
  worker ??= new Worker(new URL("argon2-worker.js", location.href));
  return kdf.workerArgon2(worker as unknown as MessagePort);
}

export async function signIn(username: string, passphrase: string, idleMinutes: number, lock: (reason: string) => void): Promise<Session> {
  const api = new DaybookApi(apiAddress(), null, undefined, inLanguage);
  const identity = await login(api, username, passphrase, "Daybook console", argon2());
  let organisation: Schemas["OrganisationOut"];
  try {
    organisation = await api.call<Schemas["OrganisationOut"]>("/v1/organisation");
  } catch (error) {
    identity.keys.wipe();
    await api.logout().catch(() => undefined);
    throw error;
  }
  current = { api, identity, organisation, cases: new AdvocateCases(api, identity) };
  idleMs = idleMinutes * 60 * 1000;
  onLock = lock;
  touch();
  return current;
}

/** Any key press, click or pointer move restarts the idle clock. */
export function touch(): void {
  if (current === null) return;
  window.clearTimeout(idleTimer);
  idleTimer = window.setTimeout(() => void signOut(t("session.locked", { minutes: idleMs / 60000 })), idleMs);
}

export async function signOut(reason = t("session.signed-out")): Promise<void> {
  window.clearTimeout(idleTimer);
  const ending = current;
  current = null;
  releaseBlobUrls();
  document.getElementById("nav")?.replaceChildren();
  ending?.identity.keys.wipe();
  // Her words leave the screen before the network is asked anything: revoking the
  // session may be slow, or fail with the office offline.
  onLock(reason);
  if (ending !== null) {
    await ending.api.logout().catch(() => undefined);
    ending.api.tokens = null;
  }
}

export function isAdmin(s: Session): boolean {
  return s.organisation.role === "org_admin";
}

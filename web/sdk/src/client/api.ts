/**
 * Thin typed access to the HTTP API over fetch (app/client/api.py), refreshing the
 * access token once when it has expired. Types come from schemas/openapi.json.
 */

import type { components } from "../generated/openapi.js";
import { b64encode, parseJson } from "../protocol/encoding.js";
import { b64encodeStd } from "../protocol/signed_note.js";
import { type DeviceTokenStore, MemoryDeviceTokens } from "./device_tokens.js";
import { type Problem, problemError, SignInBlockedError, TooManyAttemptsError } from "./errors.js";

export type Schemas = components["schemas"];

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

interface Call {
  method?: string;
  body?: unknown;
  raw?: BodyInit;
  headers?: Record<string, string>;
  query?: Query;
  auth?: boolean;
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    return (response.headers.get("content-type") ?? "").includes("json") ? (parseJson(text) as Problem) : { detail: text };
  } catch {
    return { detail: text };
  }
}

export class DaybookApi {
  constructor(
    readonly baseUrl: string,
    public tokens: Tokens | null = null,
    private readonly onTokens?: (tokens: Tokens | null) => void | Promise<void>,
    private readonly fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
    /** This device's device tokens (§6.4): kept past sign-out, sent with the next sign-in. */
    readonly deviceTokens: DeviceTokenStore = new MemoryDeviceTokens(),
  ) {}

  private url(path: string, query?: Query): string {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
    }
    return url.toString();
  }

  private async send(path: string, call: Call): Promise<Response> {
    const headers: Record<string, string> = { ...call.headers };
    if (call.auth !== false && this.tokens) headers["Authorization"] = `Bearer ${this.tokens.accessToken}`;
    let body: BodyInit | undefined = call.raw;
    if (call.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(call.body);
    }
    return this.fetcher(this.url(path, call.query), { method: call.method ?? "GET", headers, ...(body === undefined ? {} : { body }) });
  }

  /** One call, refreshing the access token once if it has expired; throws ApiError (or a subclass, errors.ts) for a problem. */
  async request(path: string, call: Call = {}): Promise<Response> {
    let response = await this.send(path, call);
    if (response.status === 401 && call.auth !== false && this.tokens) {
      const problem = await problemOf(response.clone());
      if (problem.code === "token-expired") {
        await this.refresh();
        response = await this.send(path, call);
      }
    }
    if (!response.ok) throw problemError(response.status, await problemOf(response), response.headers.get("Retry-After"));
    return response;
  }

  async call<T>(path: string, call: Call = {}): Promise<T> {
    const response = await this.request(path, call);
    const text = await response.text();
    return (text === "" ? undefined : parseJson(text)) as T;
  }

  /** Keep the new tokens, and the device token under `username` when the answer gives one. */
  private async signedIn(pair: Schemas["TokenPair"], username?: string): Promise<Schemas["TokenPair"]> {
    if (username !== undefined && typeof pair.device_token === "string") await this.deviceTokens.save(this.baseUrl, username, pair.device_token);
    this.tokens = { accessToken: pair.access_token, refreshToken: pair.refresh_token };
    await this.onTokens?.(this.tokens);
    return pair;
  }

  // Accounts and sign-in
  /** `kdf`: the name's salt and the cost it was sealed at; `current`: the cost new seals use (§5). */
  prelogin(username: string): Promise<Schemas["PreloginResponse"]> {
    return this.call("/v1/auth/prelogin", { method: "POST", body: { username }, auth: false });
  }

  /** Throws RegistrationRefusedError when the username is taken. */
  async register(body: Schemas["RegisterRequest"]): Promise<Schemas["TokenPair"]> {
    return this.signedIn(await this.call("/v1/accounts", { method: "POST", body, auth: false }), body.username);
  }

  /** Presents this device's token for `username`, if it has one; throws SignInBlockedError while the throttle holds. */
  async login(username: string, authKey: Uint8Array, deviceName: string): Promise<Schemas["TokenPair"]> {
    const deviceToken = await this.deviceTokens.load(this.baseUrl, username);
    const body = { username, auth_key: b64encode(authKey), device_name: deviceName, ...(deviceToken === null ? {} : { device_token: deviceToken }) };
    try {
      return await this.signedIn(await this.call("/v1/auth/login", { method: "POST", body, auth: false }), username);
    } catch (error) {
      if (!(error instanceof TooManyAttemptsError)) throw error;
      throw new SignInBlockedError(error.status, error.problem, error.retryAfterSeconds, deviceToken !== null);
    }
  }

  async refresh(): Promise<Schemas["TokenPair"]> {
    if (this.tokens === null) throw new Error("not signed in");
    try {
      const body = { refresh_token: this.tokens.refreshToken };
      return await this.signedIn(await this.call("/v1/auth/refresh", { method: "POST", body, auth: false }));
    } catch (error) {
      this.tokens = null;
      await this.onTokens?.(null);
      throw error;
    }
  }

  async logout(): Promise<void> {
    await this.call("/v1/auth/logout", { method: "POST" });
    this.tokens = null;
    await this.onTokens?.(null);
  }

  changePassphrase(body: Schemas["ChangePassphraseRequest"]): Promise<void> {
    return this.call("/v1/account/passphrase", { method: "POST", body });
  }

  recoveryKeys(username: string, recoveryAuthKey: Uint8Array): Promise<Schemas["RecoveryKeysResponse"]> {
    const body = { username, recovery_auth_key: b64encode(recoveryAuthKey) };
    return this.call("/v1/auth/recovery/keys", { method: "POST", body, auth: false });
  }

  async recover(body: Schemas["RecoverRequest"]): Promise<Schemas["TokenPair"]> {
    return this.signedIn(await this.call("/v1/auth/recovery", { method: "POST", body, auth: false }), body.username);
  }

  /** Until when new devices cannot sign in to this account after failed attempts (§6.4), or null. */
  async lockout(): Promise<Date | null> {
    const body = await this.call<Schemas["LockoutOut"]>("/v1/account/lockout");
    return body.blocked_until === null ? null : new Date(body.blocked_until);
  }

  /** End the lockout at once; the victim sees a `lockout_ended` security event. */
  endLockout(): Promise<void> {
    return this.call("/v1/account/lockout", { method: "DELETE" });
  }

  ownKeys(): Promise<Schemas["OwnKeys"]> {
    return this.call("/v1/account/keys");
  }

  publicKeys(accountId: string): Promise<Schemas["PublicKeys"]> {
    return this.call(`/v1/accounts/${accountId}/public-keys`);
  }

  // Entries and sync
  createEntry(entryId: string, body: Schemas["EntryCreate"]): Promise<Schemas["EntryOut"]> {
    return this.call(`/v1/entries/${entryId}`, { method: "PUT", body });
  }

  entry(entryId: string): Promise<Schemas["EntryOut"]> {
    return this.call(`/v1/entries/${entryId}`);
  }

  appendVersion(entryId: string, body: Schemas["VersionAppend"]): Promise<Schemas["VersionOut"]> {
    return this.call(`/v1/entries/${entryId}/versions`, { method: "POST", body });
  }

  versions(entryId: string, after = 0): Promise<Schemas["VersionPage"]> {
    return this.call(`/v1/entries/${entryId}/versions`, { query: { after, limit: 100 } });
  }

  deleteEntry(entryId: string): Promise<void> {
    return this.call(`/v1/entries/${entryId}`, { method: "DELETE" });
  }

  sync(cursor: string | null, limit = 100): Promise<Schemas["SyncPage"]> {
    return this.call("/v1/sync", { query: { limit, ...(cursor === null ? {} : { cursor }) } });
  }

  // Attachments
  startUpload(attachmentId: string, ciphertextSize: number): Promise<Schemas["AttachmentOut"]> {
    return this.call(`/v1/attachments/${attachmentId}`, { method: "PUT", body: { ciphertext_size: ciphertextSize } });
  }

  attachment(attachmentId: string): Promise<Schemas["AttachmentOut"]> {
    return this.call(`/v1/attachments/${attachmentId}`);
  }

  putChunk(attachmentId: string, index: number, chunk: Uint8Array<ArrayBuffer>, digest: Uint8Array): Promise<Schemas["ChunkOut"]> {
    const headers = { "Content-Type": "application/octet-stream", "Content-Digest": `sha-256=:${b64encodeStd(digest)}:` };
    return this.call(`/v1/attachments/${attachmentId}/chunks/${index}`, { method: "PUT", raw: chunk, headers });
  }

  /**
   * Chunks `first`, `first` + 1, ... laid end to end in `body` (at most 16 chunks, every one but
   * the attachment's last a whole chunk), `digest` the SHA-256 of the whole body (§21.2).
   */
  putRun(attachmentId: string, first: number, body: Uint8Array<ArrayBuffer>, digest: Uint8Array): Promise<Schemas["RunOut"]> {
    const headers = { "Content-Type": "application/octet-stream", "Content-Digest": `sha-256=:${b64encodeStd(digest)}:` };
    return this.call(`/v1/attachments/${attachmentId}/chunks/${first}/run`, { method: "PUT", raw: body, headers });
  }

  finalizeAttachment(attachmentId: string, ciphertextSha256: Uint8Array): Promise<Schemas["AttachmentOut"]> {
    const body = { ciphertext_sha256: b64encode(ciphertextSha256) };
    return this.call(`/v1/attachments/${attachmentId}/finalize`, { method: "POST", body });
  }

  /** The attachment's ciphertext as a stream, read as it arrives. */
  async download(attachmentId: string): Promise<ReadableStream<Uint8Array>> {
    const response = await this.request(`/v1/attachments/${attachmentId}/content`);
    if (response.body === null) throw new Error("the attachment download has no body");
    return response.body;
  }

  // Advocacy
  issueAssignmentCode(): Promise<Schemas["AssignmentCodeOut"]> {
    return this.call("/v1/assignment-codes", { method: "POST" });
  }

  previewAssignmentCode(code: string): Promise<Schemas["AdvocateOut"]> {
    return this.call("/v1/assignment-codes/preview", { method: "POST", body: { code } });
  }

  acceptAssignment(code: string, advocateId: string, label: string): Promise<Schemas["AssignmentOut"]> {
    return this.call("/v1/assignment", { method: "POST", body: { code, advocate_id: advocateId, label } });
  }

  share(advocateId: string, grants: Schemas["ShareRequest"]["grants"]): Promise<Schemas["ShareList"]> {
    return this.call("/v1/shares", { method: "POST", body: { advocate_id: advocateId, grants } });
  }

  accessLog(limit = 200): Promise<Schemas["AccessLogPage"]> {
    return this.call("/v1/access-log", { query: { limit } });
  }

  cases(): Promise<Schemas["CaseList"]> {
    return this.call("/v1/cases");
  }

  case(caseId: string): Promise<Schemas["CaseDetail"]> {
    return this.call(`/v1/cases/${caseId}`);
  }

  caseEntries(caseId: string): Promise<Schemas["SharedEntryList"]> {
    return this.call(`/v1/cases/${caseId}/entries`);
  }

  notes(): Promise<Schemas["NoteList"]> {
    return this.call("/v1/notes");
  }

  caseNotes(caseId: string): Promise<Schemas["NoteList"]> {
    return this.call(`/v1/cases/${caseId}/notes`);
  }

  addNote(caseId: string, noteId: string, body: Schemas["NoteIn"]): Promise<Schemas["NoteOut"]> {
    return this.call(`/v1/cases/${caseId}/notes/${noteId}`, { method: "PUT", body });
  }

  // The evidence log (public: no token is sent)
  async logCheckpoint(): Promise<string> {
    return (await this.request("/v1/log/checkpoint", { auth: false })).text();
  }

  logKey(): Promise<Schemas["LogKey"]> {
    return this.call("/v1/log/key", { auth: false });
  }

  logKeys(): Promise<Schemas["LogKeyHistory"]> {
    return this.call("/v1/log/keys", { auth: false });
  }

  inclusionProofs(indexes: readonly number[], size: bigint): Promise<Schemas["InclusionProofs"]> {
    return this.call("/v1/log/proofs/inclusion", { query: { size: size.toString(), index: indexes }, auth: false });
  }

  consistencyProof(fromSize: bigint, toSize: bigint): Promise<Schemas["ConsistencyProof"]> {
    return this.call("/v1/log/proof/consistency", { query: { from: fromSize.toString(), to: toSize.toString() }, auth: false });
  }
}

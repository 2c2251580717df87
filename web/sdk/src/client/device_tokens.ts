/**
 * The device tokens this device was given at sign-in (OWASP's device cookies, docs/protocol §6.4;
 * app/client/device_tokens.py), one per server and username. A token grants nothing by itself: it
 * only tells the server at the next sign-in that this device signed in before, so that a stalker's
 * failed guesses on the username do not lock it out. Keep it past sign-out, and keep it apart from
 * the session's tokens, which sign-out forgets.
 */

/**
 * Where a device keeps its tokens. A browser or phone app provides one over its own storage (the
 * platform keystore, IndexedDB, localStorage); without one, DaybookApi keeps them in memory, for
 * as long as the DaybookApi lives, which is enough for Node.
 */
export interface DeviceTokenStore {
  load(server: string, username: string): string | null | Promise<string | null>;
  save(server: string, username: string, token: string): void | Promise<void>;
}

/** One key per server and username, as the Python client keys them. */
export function deviceTokenKey(server: string, username: string): string {
  return `${server.replace(/\/+$/, "")} ${username.toLowerCase()}`;
}

export class MemoryDeviceTokens implements DeviceTokenStore {
  private readonly tokens = new Map<string, string>();

  load(server: string, username: string): string | null {
    return this.tokens.get(deviceTokenKey(server, username)) ?? null;
  }

  save(server: string, username: string, token: string): void {
    this.tokens.set(deviceTokenKey(server, username), token);
  }
}

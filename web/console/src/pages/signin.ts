/** Sign-in: Argon2id runs in a Web Worker here; only the derived auth key is sent, never the passphrase. */

import { ApiError } from "@daybook/sdk";

import { errorBox, h, show } from "../dom.js";
import { addressField } from "../server_address.js";
import { signIn } from "../session.js";

const IDLE_CHOICES = [5, 10, 15, 30];

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.code === "invalid-credentials") return "The username or passphrase is not right.";
    if (error.status === 404) return "This console is for advocates and organisation admins; this account is neither.";
    if (error.status === 429) return "Too many attempts: wait a little, then try again.";
    return `The server refused: ${error.problem.detail ?? error.code ?? error.status}`;
  }
  return `Could not sign in: ${(error as Error).message}`;
}

export function signInPage(notice: string | null, signedIn: () => void): void {
  const username = h("input", { id: "username", name: "username", autocomplete: "username", required: true, spellcheck: "false" });
  const passphrase = h("input", { id: "passphrase", name: "passphrase", type: "password", autocomplete: "current-password", required: true });
  const idle = h("select", { id: "idle", name: "idle" }, ...IDLE_CHOICES.map((m) => h("option", { value: m, selected: m === 10 }, `${m} minutes`)));
  const problem = h("div", { id: "sign-in-problem" });
  const submit = h("button", { type: "submit" }, "Sign in");
  const form = h(
    "form",
    { class: "card narrow", "aria-describedby": "sign-in-help" },
    h("p", { id: "sign-in-help" }, "Your passphrase stays in this browser: it unlocks your keys here and is never sent to the server."),
    ...addressField(),
    h("label", { for: "username" }, "Username"),
    username,
    h("label", { for: "passphrase" }, "Passphrase"),
    passphrase,
    h("label", { for: "idle" }, "Lock this console after this long without use"),
    idle,
    problem,
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit.disabled = true;
    submit.textContent = "Signing in…";
    problem.replaceChildren();
    signIn(username.value.trim(), passphrase.value, Number(idle.value), (reason) => signInPage(reason, signedIn))
      .then(() => {
        passphrase.value = "";
        signedIn();
      })
      .catch((error: unknown) => {
        passphrase.value = "";
        problem.replaceChildren(errorBox(describe(error)));
        submit.disabled = false;
        submit.textContent = "Sign in";
        passphrase.focus();
      });
  });
  show("Sign in", notice === null ? null : h("p", { class: "notice", role: "status" }, notice), form);
}

/** Sign-in: Argon2id runs in a Web Worker here; only the derived auth key is sent, never the passphrase. */

import { ApiError } from "@daybook/sdk";

import { errorBox, h, show } from "../dom.js";
import { errorWords } from "../failures.js";
import { t } from "../i18n.js";
import { addressField } from "../server_address.js";
import { signIn } from "../session.js";

const IDLE_CHOICES = [5, 10, 15, 30];

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.code === "invalid-credentials") return t("signin.wrong");
    if (error.status === 404) return t("signin.not-for-you");
    if (error.status === 429) return t("signin.too-many");
    return t("signin.refused", { reason: String(error.problem.detail ?? error.code ?? error.status) });
  }
  return t("signin.failed", { error: errorWords(error) });
}

export function signInPage(notice: string | null, signedIn: () => void): void {
  const username = h("input", { id: "username", name: "username", autocomplete: "username", required: true, spellcheck: "false" });
  const passphrase = h("input", { id: "passphrase", name: "passphrase", type: "password", autocomplete: "current-password", required: true });
  const idle = h("select", { id: "idle", name: "idle" }, ...IDLE_CHOICES.map((m) => h("option", { value: m, selected: m === 10 }, t("signin.minutes", { count: m }))));
  const problem = h("div", { id: "sign-in-problem" });
  const submit = h("button", { type: "submit" }, t("signin.submit"));
  const form = h(
    "form",
    { class: "card narrow", "aria-describedby": "sign-in-help" },
    h("p", { id: "sign-in-help" }, t("signin.help")),
    ...addressField(),
    h("label", { for: "username" }, t("signin.username")),
    username,
    h("label", { for: "passphrase" }, t("signin.passphrase")),
    passphrase,
    h("label", { for: "idle" }, t("signin.idle")),
    idle,
    problem,
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit.disabled = true;
    submit.textContent = t("signin.signing-in");
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
        submit.textContent = t("signin.submit");
        passphrase.focus();
      });
  });
  show(t("signin.title"), notice === null ? null : h("p", { class: "notice", role: "status" }, notice), form);
}

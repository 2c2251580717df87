/** An assignment code for a new victim, and this advocate's key fingerprint to read out with it. */

import { identityFingerprint } from "@daybook/sdk";

import { button, errorBox, h, show } from "../dom.js";
import { t } from "../i18n.js";
import type { Session } from "../session.js";
import { local } from "../time.js";

export async function codePage(s: Session): Promise<void> {
  const fingerprint = await identityFingerprint(s.identity);
  const place = h("div", { "aria-live": "polite" });
  const issue = async (): Promise<void> => {
    try {
      const code = await s.cases.issueCode();
      place.replaceChildren(
        h(
          "div",
          { class: "card" },
          h("p", {}, t("code.read-out")),
          h("p", { class: "code", id: "assignment-code" }, code.code),
          h("p", { class: "meta" }, t("code.works-until", { until: local(code.expires_at) })),
        ),
      );
    } catch (error) {
      place.replaceChildren(errorBox(t("code.failed", { error: (error as Error).message })));
    }
  };
  show(
    t("code.title"),
    h("p", {}, t("code.explain")),
    h("div", { class: "card" }, h("h2", {}, t("code.fingerprint")), h("p", { class: "fingerprint", id: "fingerprint" }, fingerprint)),
    button(t("code.issue"), issue),
    place,
  );
}

/** An assignment code for a new victim, and this advocate's key fingerprint to read out with it. */

import { identityFingerprint } from "@daybook/sdk";

import { button, errorBox, h, show } from "../dom.js";
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
          h("p", {}, "Read this code to the victim. They type it into their Daybook app:"),
          h("p", { class: "code", id: "assignment-code" }, code.code),
          h("p", { class: "meta" }, `It works once, until ${local(code.expires_at)}.`),
        ),
      );
    } catch (error) {
      place.replaceChildren(errorBox(`No code was issued: ${(error as Error).message}`));
    }
  };
  show(
    "Start a case",
    h("p", {}, "The victim's app shows your name and a fingerprint. Read yours out so they can check it matches, digit by digit. If it does not match, they must not accept: someone may be pretending to be you."),
    h("div", { class: "card" }, h("h2", {}, "Your fingerprint"), h("p", { class: "fingerprint", id: "fingerprint" }, fingerprint)),
    button("Issue an assignment code", issue),
    place,
  );
}

/** The organisation admin's page: invite advocates, see them, deactivate one, hand cases over. */

import type { Schemas } from "@daybook/sdk";

import { announce, button, errorBox, h, show } from "../dom.js";
import type { Session } from "../session.js";
import { local } from "../time.js";
import { handoversSection } from "./handovers.js";

type Advocate = Schemas["AdvocateSummary"];

function inviteForm(s: Session): HTMLElement {
  const name = h("input", { id: "invite-name", name: "display_name", required: true, maxlength: 200, autocomplete: "off" });
  const result = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "card" }, h("h2", {}, "Invite an advocate"), h("label", { for: "invite-name" }, "Their name, as victims will see it"), name, h("button", { type: "submit" }, "Create invitation"), result);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    s.api
      .call<Schemas["InvitationOut"]>("/v1/organisation/invitations", { method: "POST", body: { display_name: name.value.trim() } })
      .then((invitation) => {
        result.replaceChildren(
          h("p", {}, `Give ${invitation.display_name} this invitation code, in person or by phone. It is shown only now and works once, until ${local(invitation.expires_at)}:`),
          h("p", { class: "code", id: "invitation-code" }, invitation.code),
        );
        name.value = "";
      })
      .catch((error: unknown) => result.replaceChildren(errorBox(`No invitation was made: ${(error as Error).message}`)));
  });
  return form;
}

function advocateRow(s: Session, a: Advocate, reload: () => void): HTMLElement {
  const deactivate = async (): Promise<void> => {
    if (!window.confirm(`Deactivate ${a.display_name}? Their sessions end at once, their cases end and everything shared with them is revoked. The victims see it.`)) return;
    try {
      await s.api.call(`/v1/organisation/advocates/${a.account_id}/deactivate`, { method: "POST" });
      announce(`${a.display_name} is deactivated.`);
      reload();
    } catch (error) {
      announce(`Could not deactivate ${a.display_name}: ${(error as Error).message}`);
    }
  };
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, a.display_name),
    h("td", {}, a.username),
    h("td", {}, String(a.active_cases)),
    h("td", {}, local(a.joined_at)),
    h("td", {}, a.deactivated_at ? `Deactivated ${local(a.deactivated_at)}` : button(`Deactivate ${a.display_name}`, deactivate, { class: "danger" })),
  );
}

export async function adminPage(s: Session): Promise<void> {
  try {
    const { advocates } = await s.api.call<Schemas["AdvocateList"]>("/v1/organisation/advocates");
    const reload = (): void => void adminPage(s);
    const handovers = await handoversSection(s, advocates, reload);
    show(
      `Advocates of ${s.organisation.name}`,
      inviteForm(s),
      h(
        "section",
        { "aria-labelledby": "advocates-title" },
        h("h2", { id: "advocates-title" }, "Advocates"),
        advocates.length === 0
          ? h("p", {}, "No advocates yet.")
          : h(
              "table",
              {},
              h("caption", {}, "Who works for the organisation, and how many victims each has (never which victims)"),
              h("thead", {}, h("tr", {}, ...["Name", "Username", "Victims", "Joined", "Access"].map((t) => h("th", { scope: "col" }, t)))),
              h("tbody", {}, ...advocates.map((a) => advocateRow(s, a, reload))),
            ),
      ),
      handovers,
    );
  } catch (error) {
    show("Advocates", errorBox(`Could not load the advocates: ${(error as Error).message}`));
  }
}

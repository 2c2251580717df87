/** The organisation admin's page: invite advocates, revoke an unused invitation, see the advocates, deactivate or reactivate one, hand cases over. */

import type { Schemas } from "@daybook/sdk";

import { announce, button, errorBox, h, show } from "../dom.js";
import type { Session } from "../session.js";
import { local } from "../time.js";
import { handoversSection } from "./handovers.js";

type Advocate = Schemas["AdvocateSummary"];
type Invitation = Schemas["PendingInvitationOut"];

/** A new invitation refreshes only the list of invitations, so the code shown once stays on screen. */
function inviteForm(s: Session, invited: () => Promise<void>): HTMLElement {
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
        void invited();
      })
      .catch((error: unknown) => result.replaceChildren(errorBox(`No invitation was made: ${(error as Error).message}`)));
  });
  return form;
}

function invitationRow(s: Session, i: Invitation, reload: () => Promise<void>): HTMLElement {
  const revoke = async (): Promise<void> => {
    if (!window.confirm(`Revoke the invitation for ${i.display_name}? Its code stops working at once.`)) return;
    try {
      await s.api.call(`/v1/organisation/invitations/${i.id}`, { method: "DELETE" });
      await reload();
      // The pressed button is gone: put focus back where the list starts.
      document.getElementById("invitations-title")?.focus();
      announce(`The invitation for ${i.display_name} is revoked.`);
    } catch (error) {
      announce(`Could not revoke the invitation for ${i.display_name}: ${(error as Error).message}`);
    }
  };
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, i.display_name),
    h("td", {}, i.role === "org_admin" ? "Organisation admin" : "Advocate"),
    h("td", {}, local(i.created_at)),
    h("td", {}, local(i.expires_at)),
    h("td", {}, button(`Revoke the invitation for ${i.display_name}`, revoke, { class: "danger" })),
  );
}

function invitationsTable(s: Session, invitations: Invitation[], reload: () => Promise<void>): HTMLElement {
  if (invitations.length === 0) return h("p", {}, "No invitation is waiting to be used.");
  return h(
    "table",
    {},
    h("caption", {}, "Invitation codes given out and not used yet. Revoke one that was lost or given to the wrong person."),
    h("thead", {}, h("tr", {}, ...["For", "Role", "Made", "Works until", "Revoke"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, ...invitations.map((i) => invitationRow(s, i, reload))),
  );
}

/** The section and a way to reload it in place (after an invitation is made or revoked). */
function invitationsSection(s: Session): { section: HTMLElement; reload: () => Promise<void> } {
  const body = h("div", {});
  const section = h("section", { "aria-labelledby": "invitations-title" }, h("h2", { id: "invitations-title", tabindex: -1 }, "Invitations not used yet"), body);
  const reload = async (): Promise<void> => {
    try {
      const { invitations } = await s.api.call<Schemas["PendingInvitationList"]>("/v1/organisation/invitations");
      body.replaceChildren(invitationsTable(s, invitations, reload));
    } catch (error) {
      body.replaceChildren(errorBox(`Could not load the invitations: ${(error as Error).message}`));
    }
  };
  return { section, reload };
}

/** Deactivating asks first (it ends cases); reactivating only lets them sign in again, so it needs no confirmation. */
function accessAction(s: Session, a: Advocate, reload: () => void): HTMLElement {
  const act = (verb: "deactivate" | "reactivate", done: string) => async (): Promise<void> => {
    try {
      await s.api.call(`/v1/organisation/advocates/${a.account_id}/${verb}`, { method: "POST" });
      announce(`${a.display_name} ${done}.`);
      reload();
    } catch (error) {
      announce(`Could not ${verb} ${a.display_name}: ${(error as Error).message}`);
    }
  };
  if (a.deactivated_at) {
    return h(
      "div",
      {},
      h("p", {}, `Deactivated ${local(a.deactivated_at)}`),
      button(`Reactivate ${a.display_name}`, act("reactivate", "can sign in again; the cases they had stay ended")),
    );
  }
  const deactivate = act("deactivate", "is deactivated");
  return button(`Deactivate ${a.display_name}`, async () => {
    if (window.confirm(`Deactivate ${a.display_name}? Their sessions end at once, their cases end and everything shared with them is revoked. The victims see it.`)) await deactivate();
  }, { class: "danger" });
}

function advocateRow(s: Session, a: Advocate, reload: () => void): HTMLElement {
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, a.display_name),
    h("td", {}, a.username),
    h("td", {}, String(a.active_cases)),
    h("td", {}, local(a.joined_at)),
    h("td", {}, accessAction(s, a, reload)),
  );
}

export async function adminPage(s: Session): Promise<void> {
  try {
    const { advocates } = await s.api.call<Schemas["AdvocateList"]>("/v1/organisation/advocates");
    const invitations = invitationsSection(s);
    await invitations.reload();
    const reload = (): void => void adminPage(s);
    const handovers = await handoversSection(s, advocates, reload);
    show(
      `Advocates of ${s.organisation.name}`,
      inviteForm(s, invitations.reload),
      invitations.section,
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

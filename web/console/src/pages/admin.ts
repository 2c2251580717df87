/** The organisation admin's page: invite advocates, revoke an unused invitation, see the advocates, deactivate or reactivate one, hand cases over. */

import type { Schemas } from "@daybook/sdk";

import { announce, button, errorBox, h, show } from "../dom.js";
import { errorWords } from "../failures.js";
import { t } from "../i18n.js";
import type { Session } from "../session.js";
import { local } from "../time.js";
import { handoversSection } from "./handovers.js";

type Advocate = Schemas["AdvocateSummary"];
type Invitation = Schemas["PendingInvitationOut"];

/** A new invitation refreshes only the list of invitations, so the code shown once stays on screen. */
function inviteForm(s: Session, invited: () => Promise<void>): HTMLElement {
  const name = h("input", { id: "invite-name", name: "display_name", required: true, maxlength: 200, autocomplete: "off" });
  const result = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "card" }, h("h2", {}, t("admin.invite")), h("label", { for: "invite-name" }, t("admin.invite-name")), name, h("button", { type: "submit" }, t("admin.invite-create")), result);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    s.api
      .call<Schemas["InvitationOut"]>("/v1/organisation/invitations", { method: "POST", body: { display_name: name.value.trim() } })
      .then((invitation) => {
        result.replaceChildren(
          h("p", {}, t("admin.invite-code", { name: invitation.display_name, until: local(invitation.expires_at) })),
          h("p", { class: "code", id: "invitation-code" }, invitation.code),
        );
        name.value = "";
        void invited();
      })
      .catch((error: unknown) => result.replaceChildren(errorBox(t("admin.invite-failed", { error: errorWords(error) }))));
  });
  return form;
}

function invitationRow(s: Session, i: Invitation, reload: () => Promise<void>): HTMLElement {
  const revoke = async (): Promise<void> => {
    if (!window.confirm(t("admin.revoke-confirm", { name: i.display_name }))) return;
    try {
      await s.api.call(`/v1/organisation/invitations/${i.id}`, { method: "DELETE" });
      await reload();
      // The pressed button is gone: put focus back where the list starts.
      document.getElementById("invitations-title")?.focus();
      announce(t("admin.revoked", { name: i.display_name }));
    } catch (error) {
      announce(t("admin.revoke-failed", { name: i.display_name, error: errorWords(error) }));
    }
  };
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, i.display_name),
    h("td", {}, t(i.role === "org_admin" ? "admin.role.org_admin" : "admin.role.advocate")),
    h("td", {}, local(i.created_at)),
    h("td", {}, local(i.expires_at)),
    h("td", {}, button(t("admin.revoke", { name: i.display_name }), revoke, { class: "danger" })),
  );
}

function invitationsTable(s: Session, invitations: Invitation[], reload: () => Promise<void>): HTMLElement {
  if (invitations.length === 0) return h("p", {}, t("admin.no-invitations"));
  return h(
    "table",
    {},
    h("caption", {}, t("admin.invitations-caption")),
    h("thead", {}, h("tr", {}, ...[t("admin.column.for"), t("admin.column.role"), t("admin.column.made"), t("admin.column.until"), t("admin.column.revoke")].map((words) => h("th", { scope: "col" }, words)))),
    h("tbody", {}, ...invitations.map((i) => invitationRow(s, i, reload))),
  );
}

/** The section and a way to reload it in place (after an invitation is made or revoked). */
function invitationsSection(s: Session): { section: HTMLElement; reload: () => Promise<void> } {
  const body = h("div", {});
  const section = h("section", { "aria-labelledby": "invitations-title" }, h("h2", { id: "invitations-title", tabindex: -1 }, t("admin.invitations")), body);
  const reload = async (): Promise<void> => {
    try {
      const { invitations } = await s.api.call<Schemas["PendingInvitationList"]>("/v1/organisation/invitations");
      body.replaceChildren(invitationsTable(s, invitations, reload));
    } catch (error) {
      body.replaceChildren(errorBox(t("admin.invitations-failed", { error: errorWords(error) })));
    }
  };
  return { section, reload };
}

/** Deactivating asks first (it ends cases); reactivating only lets them sign in again, so it needs no confirmation. */
function accessAction(s: Session, a: Advocate, reload: () => void): HTMLElement {
  const act = (verb: "deactivate" | "reactivate") => async (): Promise<void> => {
    const name = a.display_name;
    try {
      await s.api.call(`/v1/organisation/advocates/${a.account_id}/${verb}`, { method: "POST" });
      announce(t(verb === "deactivate" ? "admin.deactivated" : "admin.reactivated", { name }));
      reload();
    } catch (error) {
      const values = { name, error: errorWords(error) };
      announce(t(verb === "deactivate" ? "admin.deactivate-failed" : "admin.reactivate-failed", values));
    }
  };
  if (a.deactivated_at) {
    return h(
      "div",
      {},
      h("p", {}, t("admin.deactivated-on", { when: local(a.deactivated_at) })),
      button(t("admin.reactivate", { name: a.display_name }), act("reactivate")),
    );
  }
  const deactivate = act("deactivate");
  return button(t("admin.deactivate", { name: a.display_name }), async () => {
    if (window.confirm(t("admin.deactivate-confirm", { name: a.display_name }))) await deactivate();
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
      t("admin.title", { organisation: s.organisation.name }),
      inviteForm(s, invitations.reload),
      invitations.section,
      h(
        "section",
        { "aria-labelledby": "advocates-title" },
        h("h2", { id: "advocates-title" }, t("admin.advocates")),
        advocates.length === 0
          ? h("p", {}, t("admin.no-advocates"))
          : h(
              "table",
              {},
              h("caption", {}, t("admin.advocates-caption")),
              h("thead", {}, h("tr", {}, ...[t("admin.column.name"), t("admin.column.username"), t("admin.column.victims"), t("admin.column.joined"), t("admin.column.access")].map((words) => h("th", { scope: "col" }, words)))),
              h("tbody", {}, ...advocates.map((a) => advocateRow(s, a, reload))),
            ),
      ),
      handovers,
    );
  } catch (error) {
    show(t("admin.advocates"), errorBox(t("admin.advocates-failed", { error: errorWords(error) })));
  }
}

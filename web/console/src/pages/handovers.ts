/**
 * The admin's handovers (docs/protocol §29.1): the cases awaiting a new advocate (after a
 * deactivation) or with one proposed, and proposing an advocate. The case moves only when the
 * victim approves on her device, which checks the new advocate's fingerprint and re-wraps her keys;
 * the admin sees labels, advocates and reasons, never the victim or anything she wrote.
 */

import type { Schemas } from "@daybook/sdk";

import { announce, errorBox, h } from "../dom.js";
import type { Session } from "../session.js";
import { local } from "../time.js";

type Handover = Schemas["HandoverOut"];
type Advocate = Schemas["AdvocateSummary"];

const REASONS: Record<Schemas["HandoverReason"], string> = { leave: "Leave", caseload: "Caseload", deactivation: "Advocate deactivated", other: "Other" };
const STATUS: Record<Schemas["HandoverStatus"], string> = {
  awaiting_advocate: "Waiting for you to propose an advocate",
  proposed: "Proposed: waiting for the victim to approve on her device",
  completed: "Handed over",
  declined: "The victim declined",
};

const nameOf = (advocates: readonly Advocate[], id: string | null | undefined): string => advocates.find((a) => a.account_id === id)?.display_name ?? "another organisation's advocate";

function proposeForm(s: Session, handover: Handover, advocates: readonly Advocate[], reload: () => void): HTMLElement {
  const candidates = advocates.filter((a) => !a.deactivated_at && a.account_id !== handover.from_advocate_id);
  const id = `to-${handover.id}`;
  const select = h("select", { id, name: "to_advocate_id", required: true }, ...candidates.map((a) => h("option", { value: a.account_id, selected: a.account_id === handover.to_advocate_id }, a.display_name)));
  const result = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "inline" }, h("label", { for: id }, `New advocate for ${handover.label}`), select, h("button", { type: "submit" }, handover.status === "proposed" ? "Propose instead" : "Propose"), result);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = { case_id: handover.case_id, to_advocate_id: select.value, reason: handover.reason };
    s.api
      .call("/v1/handovers", { method: "POST", body })
      .then(() => {
        announce(`Proposed ${nameOf(advocates, select.value)} for ${handover.label}. The victim is asked to approve.`);
        reload();
      })
      .catch((error: unknown) => result.replaceChildren(errorBox(`Not proposed: ${(error as Error).message}`)));
  });
  return candidates.length === 0 ? h("p", {}, "No other active advocate to propose: invite one first.") : form;
}

export async function handoversSection(s: Session, advocates: readonly Advocate[], reload: () => void): Promise<HTMLElement> {
  const { handovers } = await s.api.call<Schemas["HandoverList"]>("/v1/organisation/handovers");
  const open = handovers.filter((x) => x.status === "awaiting_advocate" || x.status === "proposed");
  return h(
    "section",
    { "aria-labelledby": "handovers-title" },
    h("h2", { id: "handovers-title" }, "Hand cases over"),
    h("p", { class: "meta" }, "A case moves to a new advocate only when the victim approves on her device, after she checks the new advocate's fingerprint with them. Until then nobody new can read anything."),
    open.length === 0
      ? h("p", {}, "No case is waiting to be handed over.")
      : h(
          "ul",
          { class: "handovers" },
          ...open.map((x) =>
            h(
              "li",
              { class: "card handover", "data-case": x.case_id },
              h("h3", {}, x.label),
              h("p", {}, `From ${nameOf(advocates, x.from_advocate_id)} · reason: ${REASONS[x.reason]} · ${STATUS[x.status]}${x.to_advocate_id ? ` (${nameOf(advocates, x.to_advocate_id)})` : ""}`),
              h("p", { class: "meta" }, `Opened ${local(x.created_at)}${x.proposed_at ? ` · proposed ${local(x.proposed_at)}` : ""}`),
              proposeForm(s, x, advocates, reload),
            ),
          ),
        ),
  );
}

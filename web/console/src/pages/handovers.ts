/**
 * The admin's handovers (docs/protocol §29.1): the cases awaiting a new advocate (after a
 * deactivation) or with one proposed, and proposing an advocate. The case moves only when the
 * victim approves on her device, which checks the new advocate's fingerprint and re-wraps her keys;
 * the admin sees labels, advocates and reasons, never the victim or anything she wrote.
 */

import type { Schemas } from "@daybook/sdk";

import { announce, errorBox, h } from "../dom.js";
import { type MessageId, t } from "../i18n.js";
import type { Session } from "../session.js";
import { local } from "../time.js";

type Handover = Schemas["HandoverOut"];
type Advocate = Schemas["AdvocateSummary"];

const REASONS: Record<Schemas["HandoverReason"], MessageId> = { leave: "handover.reason.leave", caseload: "handover.reason.caseload", deactivation: "handover.reason.deactivation", other: "handover.reason.other" };
const STATUS: Record<Schemas["HandoverStatus"], MessageId> = {
  awaiting_advocate: "handover.status.awaiting_advocate",
  proposed: "handover.status.proposed",
  completed: "handover.status.completed",
  declined: "handover.status.declined",
};

const nameOf = (advocates: readonly Advocate[], id: string | null | undefined): string => advocates.find((a) => a.account_id === id)?.display_name ?? t("handover.other-advocate");

function proposeForm(s: Session, handover: Handover, advocates: readonly Advocate[], reload: () => void): HTMLElement {
  const candidates = advocates.filter((a) => !a.deactivated_at && a.account_id !== handover.from_advocate_id);
  const id = `to-${handover.id}`;
  const select = h("select", { id, name: "to_advocate_id", required: true }, ...candidates.map((a) => h("option", { value: a.account_id, selected: a.account_id === handover.to_advocate_id }, a.display_name)));
  const result = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "inline" }, h("label", { for: id }, t("handover.new-advocate", { label: handover.label })), select, h("button", { type: "submit" }, t(handover.status === "proposed" ? "handover.propose-instead" : "handover.propose")), result);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = { case_id: handover.case_id, to_advocate_id: select.value, reason: handover.reason };
    s.api
      .call("/v1/handovers", { method: "POST", body })
      .then(() => {
        announce(t("handover.proposed", { advocate: nameOf(advocates, select.value), label: handover.label }));
        reload();
      })
      .catch((error: unknown) => result.replaceChildren(errorBox(t("handover.failed", { error: (error as Error).message }))));
  });
  return candidates.length === 0 ? h("p", {}, t("handover.no-candidate")) : form;
}

export async function handoversSection(s: Session, advocates: readonly Advocate[], reload: () => void): Promise<HTMLElement> {
  const { handovers } = await s.api.call<Schemas["HandoverList"]>("/v1/organisation/handovers");
  const open = handovers.filter((x) => x.status === "awaiting_advocate" || x.status === "proposed");
  return h(
    "section",
    { "aria-labelledby": "handovers-title" },
    h("h2", { id: "handovers-title" }, t("handover.title")),
    h("p", { class: "meta" }, t("handover.explain")),
    open.length === 0
      ? h("p", {}, t("handover.none"))
      : h(
          "ul",
          { class: "handovers" },
          ...open.map((x) =>
            h(
              "li",
              { class: "card handover", "data-case": x.case_id },
              h("h3", {}, x.label),
              h("p", {}, [
                t("handover.from", { advocate: nameOf(advocates, x.from_advocate_id), reason: t(REASONS[x.reason]) }),
                x.to_advocate_id ? t("handover.status-to", { status: t(STATUS[x.status]), advocate: nameOf(advocates, x.to_advocate_id) }) : t(STATUS[x.status]),
              ].join(" · ")),
              h("p", { class: "meta" }, x.proposed_at ? t("handover.opened-proposed", { opened: local(x.created_at), proposed: local(x.proposed_at) }) : t("handover.opened", { opened: local(x.created_at) })),
              proposeForm(s, x, advocates, reload),
            ),
          ),
        ),
  );
}

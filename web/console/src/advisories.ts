/** Reviews due, orders ending and advisory flags, in plain words, for the case list and the case page. */

import type { Flag } from "@daybook/sdk";

import type { Due } from "./casework.js";
import { h } from "./dom.js";
import { flagReason } from "./flag_reasons.js";
import { type MessageId, t } from "./i18n.js";
import { day } from "./time.js";

const FLAG_IDS: Record<Flag["kind"], MessageId> = {
  rising: "flag.rising",
  "threats-or-violence": "flag.threats-or-violence",
  "home-visits": "flag.home-visits",
  "third-parties": "flag.third-parties",
  "possible-breach": "flag.possible-breach",
};

export const flagWords = (kind: Flag["kind"]): string => t(FLAG_IDS[kind]);

function dueWords(d: Due): string {
  const on = day(d.on);
  if (d.order === null) return t(d.overdue ? "due.review-overdue" : "due.review", { on });
  return t(d.overdue ? "due.order-ended" : "due.order-ends", { order: d.order, on });
}

export function dueList(dues: readonly Due[]): HTMLElement | null {
  if (dues.length === 0) return null;
  return h("ul", { class: "dues" }, ...dues.map((d) => h("li", { class: d.overdue ? "due overdue" : "due" }, dueWords(d))));
}

export function flagList(flags: readonly Flag[], labelledBy?: string): HTMLElement | null {
  if (flags.length === 0) return null;
  return h(
    "ul",
    { class: "flags", "aria-labelledby": labelledBy },
    ...flags.map((f) => h("li", { class: "flag", "data-flag": f.kind }, h("strong", {}, t("flag.heading", { flag: flagWords(f.kind) })), flagReason(f), ".")),
  );
}

export const flagsCaveat = (): string => t("flag.caveat");

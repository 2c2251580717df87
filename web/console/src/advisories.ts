/** Reviews due, orders ending and advisory flags, in plain words, for the case list and the case page. */

import type { Flag } from "@daybook/sdk";

import type { Due } from "./casework.js";
import { h } from "./dom.js";
import { day } from "./time.js";

export const FLAG_WORDS: Record<Flag["kind"], string> = {
  rising: "Incidents are rising",
  "threats-or-violence": "Threats or violence recorded",
  "home-visits": "Repeated visits to her home",
  "third-parties": "Other people contacted",
  "possible-breach": "Possible breach of an order",
};

export function dueList(dues: readonly Due[]): HTMLElement | null {
  if (dues.length === 0) return null;
  return h(
    "ul",
    { class: "dues" },
    ...dues.map((d) => h("li", { class: d.overdue ? "due overdue" : "due" }, d.what.startsWith("risk") ? `Risk review ${d.overdue ? "overdue since" : "due"} ${day(d.on)}` : `${d.what} ${d.overdue ? "ended" : "ends"} ${day(d.on)}`)),
  );
}

export function flagList(flags: readonly Flag[], labelledBy?: string): HTMLElement | null {
  if (flags.length === 0) return null;
  return h(
    "ul",
    { class: "flags", "aria-labelledby": labelledBy },
    ...flags.map((f) => h("li", { class: "flag", "data-flag": f.kind }, h("strong", {}, `⚑ ${FLAG_WORDS[f.kind]}: `), f.reason, ".")),
  );
}

export const FLAGS_CAVEAT = "Flags are worked out in this browser from what the victim shares. They prompt your judgement; they do not predict risk, and no flag does not mean she is safe.";

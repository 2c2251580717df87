/**
 * Why a flag was raised, in the console's language: the SDK hands over the facts of each flag (its
 * counts and days) and this words them from the catalogue, as the CLI words the same flags from its
 * gettext catalogue. docs/vectors/case-flags.json holds both clients' English and Welsh reasons,
 * word for word, and test/flag_reasons.test.ts checks these against them.
 */

import type { Flag } from "@daybook/sdk";

import { t } from "./i18n.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A day (YYYY-MM-DD) as the CLI words a flag's days ("6 Dec 2026", Babel's d MMM y), so both clients say the same. */
function flagDay(date: string): string {
  const [year = 1970, month = 1, dayOfMonth = 1] = date.split("-").map(Number);
  return t("flag.day", { day: dayOfMonth, month: MONTHS[month - 1] ?? "", year });
}

function breachReasons(named: number, during: number): string {
  const parts: string[] = [];
  if (named > 0) parts.push(t("flag.why.breach-named", { count: named }));
  if (during > 0) parts.push(t("flag.why.breach-during", { count: during }));
  return t("flag.why.possible-breach", { reasons: parts.join("; ") });
}

/** The flag's reason in the current language. */
export function flagReason(flag: Flag): string {
  const { counts, days } = flag.facts;
  const n = (name: string): number => counts[name] ?? 0;
  const first = flagDay(days[0] ?? "");
  switch (flag.kind) {
    case "rising":
      return t("flag.why.rising", { recent: n("recent"), before: n("before"), day: first });
    case "threats-or-violence":
      return t("flag.why.threats-or-violence", { threats: n("threats"), violence: n("violence"), day: first });
    case "home-visits":
      return t("flag.why.home-visits", { incidents: n("incidents"), days: days.map(flagDay).join(", ") });
    case "third-parties":
      return t("flag.why.third-parties", { people: n("people"), incidents: n("incidents") });
    case "possible-breach":
      return breachReasons(n("named"), n("during"));
  }
}

/**
 * Behaviours over time, drawn as inline SVG: one row per behaviour, one column per month, a
 * circle whose area grows with the number of incidents and the count written inside. The same
 * figures follow as a table, for screen readers and for anyone who prefers numbers.
 */

import { h, svg } from "./dom.js";
import { type MessageId, t } from "./i18n.js";
import { monthKey, monthLabel } from "./time.js";

export interface Dated {
  start: string;
  behaviours: readonly string[];
}

const BEHAVIOUR_IDS: Record<string, MessageId> = {
  following: "behaviour.following",
  contacting: "behaviour.contacting",
  publishing: "behaviour.publishing",
  monitoring_communications: "behaviour.monitoring_communications",
  loitering: "behaviour.loitering",
  interfering_with_property: "behaviour.interfering_with_property",
  watching_or_spying: "behaviour.watching_or_spying",
  threats: "behaviour.threats",
  violence: "behaviour.violence",
  other: "behaviour.other",
};

/** A behaviour in words; one Daybook does not know is shown as recorded. */
export const behaviourWords = (b: string): string => {
  const id = BEHAVIOUR_IDS[b];
  return id === undefined ? b : t(id);
};

function months(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    out.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, "0")}`;
  }
  return out;
}

function counts(incidents: readonly Dated[]): { columns: string[]; rows: string[]; count: Map<string, number> } {
  const count = new Map<string, number>();
  const seen = new Set<string>();
  for (const incident of incidents) {
    for (const b of incident.behaviours) {
      seen.add(b);
      const cell = `${b}|${monthKey(incident.start)}`;
      count.set(cell, (count.get(cell) ?? 0) + 1);
    }
  }
  const keys = incidents.map((i) => monthKey(i.start)).sort();
  const columns = keys.length === 0 ? [] : months(keys[0] ?? "", keys[keys.length - 1] ?? "");
  const rows = Object.keys(BEHAVIOUR_IDS).filter((b) => seen.has(b)).concat([...seen].filter((b) => !(b in BEHAVIOUR_IDS)));
  return { columns, rows, count };
}

export function behaviourChart(incidents: readonly Dated[]): HTMLElement {
  const { columns, rows, count } = counts(incidents);
  if (columns.length === 0) return h("p", {}, t("chart.empty"));
  const [labelWidth, cell, top] = [230, 64, 40];
  const width = labelWidth + cell * columns.length;
  const height = top + cell * rows.length;
  const most = Math.max(...count.values());
  const drawing = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-labelledby": "chart-title" }, svg("title", { id: "chart-title" }, t("chart.title")));
  columns.forEach((column, x) => drawing.append(svg("text", { x: labelWidth + cell * x + cell / 2, y: 24, "text-anchor": "middle", class: "axis" }, monthLabel(column))));
  rows.forEach((row, y) => {
    const cy = top + cell * y + cell / 2;
    drawing.append(svg("text", { x: 0, y: cy + 5, class: "axis" }, behaviourWords(row)));
    drawing.append(svg("line", { x1: labelWidth, x2: width, y1: cy, y2: cy, class: "grid" }));
    columns.forEach((column, x) => {
      const n = count.get(`${row}|${column}`) ?? 0;
      if (n === 0) return;
      const cx = labelWidth + cell * x + cell / 2;
      drawing.append(svg("circle", { cx, cy, r: 10 + 18 * Math.sqrt(n / most), class: "dot" }), svg("text", { x: cx, y: cy + 5, "text-anchor": "middle", class: "count" }, String(n)));
    });
  });
  const table = h(
    "table",
    {},
    h("caption", {}, t("chart.caption")),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("chart.behaviour")), ...columns.map((c) => h("th", { scope: "col" }, monthLabel(c))))),
    h("tbody", {}, ...rows.map((row) => h("tr", {}, h("th", { scope: "row" }, behaviourWords(row)), ...columns.map((c) => h("td", {}, String(count.get(`${row}|${c}`) ?? 0)))))),
  );
  return h("figure", { class: "chart" }, h("div", { class: "chart-scroll", tabindex: 0, role: "group", "aria-label": t("chart.scroll") }, drawing), h("details", {}, h("summary", {}, t("chart.as-table")), table));
}

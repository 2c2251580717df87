/**
 * Behaviours over time, drawn as inline SVG: one row per behaviour, one column per month, a
 * circle whose area grows with the number of incidents and the count written inside. The same
 * figures follow as a table, for screen readers and for anyone who prefers numbers.
 */

import { h, svg } from "./dom.js";
import { monthKey, monthLabel } from "./time.js";

export interface Dated {
  start: string;
  behaviours: readonly string[];
}

export const BEHAVIOUR_WORDS: Record<string, string> = {
  following: "Following",
  contacting: "Contacting",
  publishing: "Publishing about them",
  monitoring_communications: "Monitoring communications",
  loitering: "Loitering",
  interfering_with_property: "Interfering with property",
  watching_or_spying: "Watching or spying",
  threats: "Threats",
  violence: "Violence",
  other: "Other",
};

export const behaviourWords = (b: string): string => BEHAVIOUR_WORDS[b] ?? b;

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
  const rows = Object.keys(BEHAVIOUR_WORDS).filter((b) => seen.has(b)).concat([...seen].filter((b) => !(b in BEHAVIOUR_WORDS)));
  return { columns, rows, count };
}

export function behaviourChart(incidents: readonly Dated[]): HTMLElement {
  const { columns, rows, count } = counts(incidents);
  if (columns.length === 0) return h("p", {}, "No incidents to chart yet.");
  const [labelWidth, cell, top] = [230, 64, 40];
  const width = labelWidth + cell * columns.length;
  const height = top + cell * rows.length;
  const most = Math.max(...count.values());
  const drawing = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-labelledby": "chart-title" }, svg("title", { id: "chart-title" }, "Behaviours over time, by month: the table below gives the same counts"));
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
    h("caption", {}, "Incidents per behaviour and month"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Behaviour"), ...columns.map((c) => h("th", { scope: "col" }, monthLabel(c))))),
    h("tbody", {}, ...rows.map((row) => h("tr", {}, h("th", { scope: "row" }, behaviourWords(row)), ...columns.map((c) => h("td", {}, String(count.get(`${row}|${c}`) ?? 0)))))),
  );
  return h("figure", { class: "chart" }, h("div", { class: "chart-scroll", tabindex: 0, role: "group", "aria-label": "Behaviours over time (scrolls sideways)" }, drawing), h("details", {}, h("summary", {}, "The same figures as a table"), table));
}

/**
 * Elements built with textContent only: nothing the server or a diary sends is ever parsed as
 * HTML, so a hostile entry cannot inject markup or script (and the CSP forbids inline script anyway).
 */

import { t } from "./i18n.js";

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | number | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, ""), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return element;
}

const SVG = "http://www.w3.org/2000/svg";

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** Replace the main region's content and move focus to its heading, so keyboard and screen-reader users land on the new page. */
export function show(title: string, ...content: Child[]): void {
  const main = document.getElementById("main");
  if (main === null) throw new Error("index.html has no #main");
  const heading = h("h1", { tabindex: -1, id: "page-title" }, title);
  main.replaceChildren(heading, ...content.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  document.title = t("app.page-title", { title });
  heading.focus();
}

/** A polite live region for status ("Saved", "Loading"); errors go to an assertive alert. */
export function announce(text: string): void {
  const status = document.getElementById("status");
  if (status !== null) status.textContent = text;
}

export function errorBox(text: string): HTMLElement {
  return h("div", { class: "error", role: "alert" }, text);
}

export function button(label: string, onClick: () => void | Promise<void>, attrs: Attrs = {}): HTMLButtonElement {
  return h("button", { type: "button", ...attrs, onclick: () => void onClick() }, label);
}

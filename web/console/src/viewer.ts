/**
 * An attachment decrypted in memory and shown in the page through a blob: URL: nothing is
 * written to disk unless the advocate asks for a copy. The whole file is checked (both hashes)
 * before anything is shown; a file that fails is refused, loudly.
 */

import { download, type AttachmentReference } from "@daybook/sdk";

import { button, errorBox, h } from "./dom.js";
import { errorWords } from "./failures.js";
import { t } from "./i18n.js";
import { keepBlobUrl, type Session } from "./session.js";

function sizeWords(bytes: number): string {
  if (bytes < 1024) return t("viewer.bytes", { count: bytes });
  if (bytes < 1024 * 1024) return t("viewer.kilobytes", { size: Math.round(bytes / 1024) });
  return t("viewer.megabytes", { size: Math.round(bytes / 1024 / 102.4) / 10 });
}

function player(kind: string, url: string, name: string): HTMLElement {
  if (kind.startsWith("image/")) return h("img", { src: url, alt: t("viewer.photo", { name }), draggable: "false", class: "evidence" });
  if (kind.startsWith("audio/")) return h("audio", { src: url, controls: true, controlslist: "nodownload", "aria-label": t("viewer.recording", { name }) });
  if (kind.startsWith("video/")) return h("video", { src: url, controls: true, controlslist: "nodownload", class: "evidence", "aria-label": t("viewer.video", { name }) });
  if (kind === "application/pdf") return h("iframe", { src: url, title: t("viewer.document", { name }), class: "evidence pdf" });
  return h("p", {}, t("viewer.cannot-show"));
}

export function attachmentView(s: Session, reference: AttachmentReference): HTMLElement {
  const name = String(reference["file_name"] ?? t("viewer.attachment"));
  const kind = String(reference["media_type"] ?? "application/octet-stream");
  const place = h("div", { class: "viewer", "aria-live": "polite" });
  let url: string | null = null;
  const open = async (): Promise<void> => {
    place.replaceChildren(h("p", {}, t("viewer.decrypting", { name })));
    try {
      const blob = await new Response(await download(s.api, reference)).blob();
      url = keepBlobUrl(URL.createObjectURL(new Blob([blob], { type: kind })));
      const saved = url;
      place.replaceChildren(
        player(kind, saved, name),
        h("p", { class: "verified" }, t("viewer.verified")),
        button(t("viewer.save", { name }), () => {
          const link = h("a", { href: saved, download: name });
          link.click();
        }),
      );
    } catch (error) {
      place.replaceChildren(errorBox(t("viewer.failed", { name, error: errorWords(error) })));
    }
  };
  return h("div", { class: "attachment" }, button(t("viewer.view", { name, size: sizeWords(Number(reference["size"] ?? 0)) }), open, { class: "secondary" }), place);
}

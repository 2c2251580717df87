/** The bundle ZIP's member names and fixed README (app/protocol/bundle_layout.py). */

import { type Bytes, utf8 } from "../protocol/encoding.js";

export const README = "README.txt";
export const STATEMENT = "statement.json";
export const CHECKPOINT = "log/checkpoint.txt";
export const TSA_CERTIFICATES = "log/tsa-certificates.pem";
export const LOG_KEYS = "log/keys.json";
export const MANIFEST = "manifest.json";

export const fileName = (bundleId: string): string => `daybook-bundle-${bundleId}.zip`;
export const entryMember = (entryId: string): string => `entries/${entryId}.json`;
export const attachmentMember = (attachmentId: string): string => `attachments/${attachmentId}.bin`;
export const keptCheckpointMember = (treeSize: bigint | number): string => `log/checkpoints/${treeSize}.json`;

/** README.txt, fixed by the bundle id, so a verifier checks it too. */
export function readme(bundleId: string): Bytes {
  return utf8(`Daybook evidence bundle ${bundleId}

This file holds diary entries a victim chose to export, encrypted: it opens
only with the bundle key the victim gave you (55 characters, or a QR code).

Open and verify it with the Daybook client:

    daybook bundle open ${fileName(bundleId)} --key KEY --out DIR

That checks every hash, signature and log proof, then writes a report (PDF
and HTML), the original files, SHA256SUMS and verification.txt into DIR.
docs/FOR-POLICE.md in the Daybook source says what each check proves.
`);
}

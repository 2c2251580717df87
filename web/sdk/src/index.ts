/** @daybook/sdk: the Daybook protocol (docs/protocol) for browsers, Node and React Native. */

// The wire format and crypto, module for module as app/protocol.
export * as bundle from "./protocol/bundle.js";
export * as caseDocuments from "./protocol/case_documents.js";
export * as checkpoint from "./protocol/checkpoint.js";
export * as commitment from "./protocol/commitment.js";
export * as cosignature from "./protocol/cosignature.js";
export * as crypto from "./protocol/crypto.js";
export * as encoding from "./protocol/encoding.js";
export * as entries from "./protocol/entries.js";
export * as hpke from "./protocol/hpke.js";
export * as kdf from "./protocol/kdf.js";
export * as keyGrants from "./protocol/key_grants.js";
export * as keyHandover from "./protocol/key_handover.js";
export * as keys from "./protocol/keys.js";
export * as merkle from "./protocol/merkle.js";
export * as notes from "./protocol/notes.js";
export * as padding from "./protocol/padding.js";
export * as receipts from "./protocol/receipts.js";
export * as recovery from "./protocol/recovery.js";
export * as sealing from "./protocol/sealing.js";
export * as signedNote from "./protocol/signed_note.js";
export * as stream from "./protocol/stream.js";
export * as tlogProof from "./protocol/tlog_proof.js";

// The client, as app/client.
export { AdvocateCases, VictimAdvocacy, advocateCard, type AdvocateCard } from "./client/advocacy.js";
export { DaybookApi, type Schemas, type Tokens } from "./client/api.js";
export { CaseDocuments, ContentInvalid, validate as validateCaseDocument, type DocumentVersion, type Reader } from "./client/case_documents.js";
export { flags as caseFlags, orderFromDocument, type Flag, type FlagFacts, type Order, type SharedIncident } from "./client/case_flags.js";
export { AttachmentCorrupt, download, planUpload, upload, type AttachmentReference, type PendingUpload } from "./client/attachments.js";
export { FileNotPlanned, PARALLEL_RUNS, RUN_CHUNKS, type TransferOptions } from "./client/chunk_transfer.js";
export { normaliseCode } from "./client/codes.js";
export { MemoryDeviceTokens, deviceTokenKey, type DeviceTokenStore } from "./client/device_tokens.js";
export { openWire as openNote, sealNote, type VerifiedNote } from "./client/notes.js";
export { Diary, EntryDeleted, Replica, type Incident, type VerifiedVersion } from "./client/diary.js";
export { IncidentInvalid, validateIncident } from "./bundle/incident.js";
export {
  ApiError,
  RegistrationRefusedError,
  SignInBlockedError,
  TooManyAttemptsError,
  VerificationError,
  type VerificationCheck,
  type Problem,
  type ProblemCode,
} from "./client/errors.js";
export { changePassphrase, identityFingerprint, login, recover, register, unlock, type Identity } from "./client/identity.js";
export {
  GENERATED_WORDS,
  MIN_SCORE,
  WeakPassphraseError,
  advice,
  checkPassphrase,
  estimatePassphrase,
  generatePassphrase,
  type Strength,
} from "./client/passphrase.js";
export { CHOSEN_USERNAME_WARNING, proposeUsername } from "./client/pseudonym.js";
export { LogInconsistent, LogView, ReceiptNotLogged, SplitView, UntrustedCheckpoint, advance } from "./client/log_check.js";
export type { components as ApiComponents, paths as ApiPaths } from "./generated/openapi.js";

// Bundles: reading a bundle ZIP from a Blob or File and every check of docs/protocol §25.8.
export { BundleInvalid, verifyBundle, type Exhibit, type Incident as BundleIncident, type PolicePack, type Version as BundleVersion, type VerifyOptions } from "./bundle/verify.js";
export { blobSource, bytesSource, type ByteSource } from "./bundle/source.js";
export { exhibitFile, type FileKey } from "./bundle/exhibit.js";
export { PemTsaTrust, type Timestamp, type TsaTrust } from "./bundle/timestamp.js";

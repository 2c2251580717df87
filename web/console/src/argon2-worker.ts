/** Argon2id off the page's thread: the SDK's worker, bundled as its own file (argon2-worker.js). */
import "../../sdk/src/protocol/argon2_worker.js";

/** Generated from schemas/openapi.json by openapi-typescript (npm run openapi). Do not edit. */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Healthz
         * @description The process is up and answering; it checks nothing else.
         */
        get: operations["healthz_healthz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus Metrics
         * @description Request counts and latency per route, upload bytes and the log's size.
         *     404 unless DAYBOOK_METRICS_TOKEN is set; then that token is the credential.
         */
        get: operations["prometheus_metrics_metrics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readyz
         * @description Ready to serve: the database answers, the blob store is usable and this
         *     process holds the log's current signing key. 503 `not-ready`, naming the
         *     checks that failed, otherwise.
         */
        get: operations["readyz_readyz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Access Log
         * @description Every read by an advocate of what this account shared, newest first:
         *     who, which entry or attachment, when. Advocates cannot change it.
         */
        get: operations["access_log_v1_access_log_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Me */
        get: operations["me_v1_account_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete Account
         * @description Erase this victim's account and everything in it, for good: every
         *     entry, version, file, bundle, case, note and session. It needs the
         *     passphrase (its auth key) as well as the token. The evidence log keeps its
         *     leaves, which hold hashes and times and name no one.
         */
        post: operations["delete_account_v1_account_deletion_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Own Keys
         * @description What a signed-in device needs to unlock: derive the key-encryption key
         *     from the passphrase with `kdf`, then open `sealed_private_keys`.
         */
        get: operations["own_keys_v1_account_keys_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/lockout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lockout
         * @description Whether failed sign-ins on this username keep new devices out just now.
         *     Devices that signed in before (with their `device_token`) are not kept out.
         */
        get: operations["lockout_v1_account_lockout_get"];
        put?: never;
        post?: never;
        /**
         * End Lockout
         * @description End the lockout and forget the failed sign-ins on this username, so a
         *     new device can sign in at once; a security event records it.
         */
        delete: operations["end_lockout_v1_account_lockout_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/passphrase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Passphrase
         * @description Replace the auth key and the passphrase-sealed private keys atomically.
         *     Every other device is signed out.
         */
        post: operations["change_passphrase_v1_account_passphrase_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Security Events
         * @description Sign-ins (with device name), new devices, failed sign-ins, passphrase
         *     changes, recovery and session revocations on the caller's account.
         */
        get: operations["list_security_events_v1_account_security_events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register
         * @description Create an account from keys made on the device, and sign that device in.
         *     It is a victim's account, unless an organisation's `invitation_code` makes
         *     it one of its advocates or admins.
         *
         *     The server receives only public keys, private keys sealed under keys it
         *     never sees, and the two auth keys, which it stores as argon2id hashes.
         */
        post: operations["register_v1_accounts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/public-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public Keys
         * @description Any signed-in user may fetch an account's public keys to share with it.
         */
        get: operations["public_keys_v1_accounts__account_id__public_keys_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current
         * @description The victim's advocate; 404 `no-advocate` without one. Compare the keys
         *     with the ones you accepted: a change means someone else's key.
         */
        get: operations["current_v1_assignment_get"];
        put?: never;
        /**
         * Accept
         * @description Accept the advocate the code names. Any other advocate's case ends, and
         *     everything shared with them is revoked. The code works once.
         */
        post: operations["accept_v1_assignment_post"];
        /**
         * End
         * @description End the case: the advocate loses every shared entry at once (what they
         *     already downloaded they keep). Their notes stay readable to the victim.
         */
        delete: operations["end_v1_assignment_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignment-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue Code
         * @description A one-time code to hand a victim in person or by phone; it expires
         *     (a day by default). Read your key fingerprint out with it.
         */
        post: operations["issue_code_v1_assignment_codes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignment-codes/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Code
         * @description Who a code names (name, organisation, keys), without using it up.
         *     Wrong codes are counted: after 5, each try waits longer (429).
         */
        post: operations["preview_code_v1_assignment_codes_preview_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignment/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Victim Handover
         * @description This account's open handover, if any: why, from whom, to whom, and what
         *     to re-wrap. 404 `no-handover` without one.
         */
        get: operations["victim_handover_v1_assignment_handover_get"];
        put?: never;
        /**
         * Approve
         * @description Approve the proposed advocate with every key re-wrapped to them and
         *     signed by this account. At once: the old advocate's case ends and their
         *     shares go; the new case continues it with the same shares and notes.
         */
        post: operations["approve_v1_assignment_handover_post"];
        /**
         * Decline
         * @description Decline: a case whose advocate is still active carries on with them;
         *     one whose advocate was deactivated stays ended, and its shares go.
         */
        delete: operations["decline_v1_assignment_handover_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Attachment
         * @description Upload progress (missing chunks) or, once finalised, the ciphertext hash.
         */
        get: operations["get_attachment_v1_attachments__attachment_id__get"];
        /**
         * Start Upload
         * @description Begin (or, repeated, resume) an upload under an id the device chose.
         *     The answer lists the chunks still missing.
         */
        put: operations["start_upload_v1_attachments__attachment_id__put"];
        post?: never;
        /**
         * Delete Attachment
         * @description Delete an upload no entry references (entries take theirs with them).
         */
        delete: operations["delete_attachment_v1_attachments__attachment_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{attachment_id}/chunks/{first}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Run
         * @description Store a run of consecutive chunks from `first` in one request: the
         *     body's length says how many (every chunk but the attachment's last is
         *     `chunk_size` bytes). Each chunk is stored as if sent alone; one already
         *     stored with the same bytes is left as it is, one stored with other bytes
         *     refuses the whole run, and nothing of a refused run is stored.
         */
        put: operations["put_run_v1_attachments__attachment_id__chunks__first__run_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{attachment_id}/chunks/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Chunk
         * @description Store chunk `index` (from 0). Every chunk but the last is exactly
         *     `chunk_size` bytes. Sending a stored chunk again is harmless; a chunk
         *     whose bytes do not match its Content-Digest is refused.
         */
        put: operations["put_chunk_v1_attachments__attachment_id__chunks__index__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{attachment_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download
         * @description The ciphertext, streamed; one byte range on request (206). The
         *     `Repr-Digest` and `ETag` carry the SHA-256 of the whole ciphertext.
         */
        get: operations["download_v1_attachments__attachment_id__content_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{attachment_id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize
         * @description Check that every chunk arrived and that together they hash to
         *     `ciphertext_sha256`; then the attachment can be referenced by an entry.
         */
        post: operations["finalize_v1_attachments__attachment_id__finalize_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Sign in with the auth key derived from the passphrase; opens a device session.
         *
         *     Failed attempts are throttled per account and per client address with
         *     exponential back-off (429 with Retry-After).
         */
        post: operations["login_v1_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description Sign this device out.
         */
        post: operations["logout_v1_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/prelogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prelogin
         * @description The Argon2id salt and cost for a username. An unknown username gets
         *     stable, well-formed fake parameters, so this call cannot tell who exists.
         */
        post: operations["prelogin_v1_auth_prelogin_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recover
         * @description Step 2 of recovery: set a new passphrase and a new recovery key, keeping
         *     the same account keys (so no data is lost). Every device is signed out and
         *     this one is signed in.
         */
        post: operations["recover_v1_auth_recovery_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/recovery/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recovery Keys
         * @description Step 1 of recovery: the private keys sealed under the recovery key.
         */
        post: operations["recovery_keys_v1_auth_recovery_keys_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh
         * @description Trade a refresh token for a new access and refresh token. Each refresh
         *     token works once; presenting a used one signs the whole session out.
         */
        post: operations["refresh_v1_auth_refresh_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bundle-downloads/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download By Link
         * @description The bundle a download link opens, without an account: 404 for an unknown
         *     token, 410 once it expired or was revoked.
         */
        get: operations["download_by_link_v1_bundle_downloads__token__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Bundles
         * @description The caller's bundles, oldest first.
         */
        get: operations["list_bundles_v1_bundles_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bundles/{bundle_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Bundle */
        get: operations["get_bundle_v1_bundles__bundle_id__get"];
        /**
         * Create Bundle
         * @description Start a bundle under an id the device chose, for the X25519 public key
         *     derived from a fresh bundle key. Repeating the request answers 200.
         */
        put: operations["create_bundle_v1_bundles__bundle_id__put"];
        post?: never;
        /**
         * Delete Bundle
         * @description Delete the bundle and every download link to it (the entries stay).
         */
        delete: operations["delete_bundle_v1_bundles__bundle_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bundles/{bundle_id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add Entries
         * @description Add up to 100 entries: each one's wrapped export key and sealed package,
         *     at its current version, with the attachments whose files go in. Sending an
         *     entry again with the same content changes nothing.
         */
        put: operations["add_entries_v1_bundles__bundle_id__entries_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bundles/{bundle_id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Links */
        get: operations["list_links_v1_bundles__bundle_id__links_get"];
        put?: never;
        /**
         * Create Link
         * @description A download link for the police: no account needed, expires, revocable.
         *     The token is shown only in this answer.
         */
        post: operations["create_link_v1_bundles__bundle_id__links_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bundles/{bundle_id}/links/{link_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke Link
         * @description Revoke a link at once; it answers 410 from then on.
         */
        delete: operations["revoke_link_v1_bundles__bundle_id__links__link_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bundles/{bundle_id}/seal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Seal Bundle
         * @description Seal the bundle with the victim's signed statement. The server checks the
         *     statement against the entries it holds and fixes the signed checkpoint that
         *     every proof in the ZIP leads to; nothing can be added afterwards.
         */
        post: operations["seal_bundle_v1_bundles__bundle_id__seal_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bundles/{bundle_id}/zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download Bundle
         * @description The sealed bundle as one ZIP, assembled while it streams.
         */
        get: operations["download_bundle_v1_bundles__bundle_id__zip_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Documents
         * @description For a victim, her case documents; for an advocate, those of their open
         *     cases that they hold a key for. Oldest first.
         */
        get: operations["list_documents_v1_case_documents_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-documents/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Document
         * @description The current version and the caller's key grant.
         */
        get: operations["get_document_v1_case_documents__document_id__get"];
        /**
         * Create Document
         * @description Start a case document of the victim's, under an id the device chose,
         *     with its first version signed by the caller (the victim or her active
         *     advocate) and its key wrapped to both of them.
         */
        put: operations["create_document_v1_case_documents__document_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-documents/{document_id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Grant
         * @description The victim wraps a document's key to her active advocate (one made
         *     before they were assigned, or after a change of advocate), signed by her.
         */
        post: operations["add_grant_v1_case_documents__document_id__grants_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-documents/{document_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Versions
         * @description The document's whole history, oldest first, a page at a time.
         */
        get: operations["list_versions_v1_case_documents__document_id__versions_get"];
        put?: never;
        /**
         * Append Version
         * @description Add a version, signed by the caller. `base_version` must be the current
         *     version, else 409 `stale-version` with `current_version`.
         */
        post: operations["append_version_v1_case_documents__document_id__versions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cases
         * @description The advocate's open cases, by the label each victim chose.
         */
        get: operations["list_cases_v1_cases_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{case_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Case */
        get: operations["get_case_v1_cases__case_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{case_id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Shared Entries
         * @description The entries the victim shares in this case, oldest share first. Read
         *     each with GET /v1/entries/{id}: every read is shown to the victim.
         */
        get: operations["list_shared_entries_v1_cases__case_id__entries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{case_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Case Notes
         * @description The notes of the victim's earlier cases handed to this advocate (with
         *     `handed_over`), then the case's own, each oldest first.
         */
        get: operations["case_notes_v1_cases__case_id__notes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{case_id}/notes/{note_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add Note
         * @description Add a note, under an id the advocate's device chose, to the case or to
         *     one entry it shares. It is encrypted to the victim and the advocate and
         *     signed by the advocate; the server checks the signature. Notes are never
         *     changed: write another to correct one.
         */
        put: operations["add_note_v1_cases__case_id__notes__note_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entries/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write Batch
         * @description Up to 100 creates and edits of your diary, in one request and one
         *     transaction. Each item is checked and answered as its own request
         *     (`PUT /v1/entries/{entry_id}` or `POST /v1/entries/{entry_id}/versions`)
         *     would be, in order: `status` is that request's, and a refused item, which
         *     writes nothing, carries its problem document. Repeating an item (or the
         *     whole batch) answers 200 for it.
         */
        post: operations["write_batch_v1_entries_batch_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Entry
         * @description The entry's current version and the caller's key grant, or its tombstone.
         */
        get: operations["get_entry_v1_entries__entry_id__get"];
        /**
         * Create Entry
         * @description Create an entry with its first version, under an id the device chose.
         *
         *     The server checks the envelope's layout, the commitment document (entry,
         *     owner, version 1, ciphertext hash), the owner's signature over it, and the
         *     signed key grant. Repeating the identical request answers 200.
         */
        put: operations["create_entry_v1_entries__entry_id__put"];
        post?: never;
        /**
         * Delete Entry
         * @description Erase every version, key grant and attachment of the entry for good,
         *     leaving a tombstone that sync reports. Deleting it again is harmless.
         */
        delete: operations["delete_entry_v1_entries__entry_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entries/{entry_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Versions
         * @description The entry's whole history, oldest first, a page at a time.
         */
        get: operations["list_versions_v1_entries__entry_id__versions_get"];
        put?: never;
        /**
         * Append Version
         * @description Add a version. `base_version` must be the current version, else 409
         *     `stale-version` with `current_version`: nothing is ever overwritten.
         */
        post: operations["append_version_v1_entries__entry_id__versions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entries/{entry_id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Version */
        get: operations["get_version_v1_entries__entry_id__versions__version__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose
         * @description Propose another advocate for a case (replacing an earlier proposal).
         *     Nothing moves until the victim approves on her device, which re-wraps the
         *     keys of what she shares to them; she sees `handover_proposed`.
         */
        post: operations["propose_v1_handovers_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Checkpoint
         * @description The current tree head: a C2SP tlog-checkpoint (origin, size, RFC 9162
         *     root hash in base64) as a signed note, signed with the key of `/v1/log/key`.
         */
        get: operations["checkpoint_v1_log_checkpoint_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/checkpoints/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kept Checkpoint
         * @description A kept checkpoint: its signed note with every kept witness cosignature
         *     line, and its RFC 3161 time-stamp tokens.
         */
        get: operations["kept_checkpoint_v1_log_checkpoints__size__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/cosignatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cosignatures
         * @description For witnesses (no account): send a checkpoint of this log with your C2SP
         *     tlog-cosignature line(s). Each must verify with a key in `DAYBOOK_WITNESSES`
         *     (unknown key: 403 `unknown-witness`; bad cosignature: 400 `bad-cosignature`),
         *     and the checkpoint must be one this log signed (else 404). Answers the kept
         *     checkpoint with every cosignature kept so far.
         */
        post: operations["cosignatures_v1_log_cosignatures_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Key
         * @description The key that signs checkpoints now. Compare it out of band and pin it.
         */
        get: operations["key_v1_log_key_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Keys
         * @description Every key that has signed the log, first to current, each later key with
         *     the hand-over note by which the key before it passed it the log. A device
         *     that pinned an older key follows the notes to the current one.
         */
        get: operations["keys_v1_log_keys_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/leaves/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leaf
         * @description One receipt as the log holds it: its leaf data and what that decodes to.
         */
        get: operations["leaf_v1_log_leaves__index__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/leaves/{index}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Evidence
         * @description A receipt with the independent time behind it: the first kept checkpoint
         *     that includes the leaf and, where later, the first time-stamped by a TSA and
         *     the first each configured witness cosigned, each with its inclusion proof.
         *     404 `not-checkpointed` (with Retry-After) until a checkpoint includes it.
         */
        get: operations["evidence_v1_log_leaves__index__evidence_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/leaves/{index}/tlog-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tlog Proof
         * @description An offline proof that the leaf is in the log: a C2SP tlog-proof against
         *     a checkpoint of the current size signed now. Its `extra` line is the leaf
         *     data (base64), which the proof does not authenticate: hash it yourself.
         */
        get: operations["tlog_proof_v1_log_leaves__index__tlog_proof_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/proof/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consistency
         * @description The RFC 9162 proof that the tree of `to` leaves extends the tree of
         *     `from` leaves: that nothing logged by then was changed or removed.
         */
        get: operations["consistency_v1_log_proof_consistency_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/proof/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inclusion
         * @description The RFC 9162 inclusion proof of leaf `index` in the tree of `size` leaves:
         *     take `size` from a checkpoint you verified, and check the proof against its root.
         */
        get: operations["inclusion_v1_log_proof_inclusion_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/proofs/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inclusions
         * @description The inclusion proofs of up to 100 leaves in one tree (`?size=N&index=3&index=9`),
         *     for a device that proves many receipts against the checkpoint it verified.
         */
        get: operations["inclusions_v1_log_proofs_inclusion_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Victim Notes
         * @description Every note advocates wrote on this account's cases, ended ones too, oldest first.
         */
        get: operations["victim_notes_v1_notes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Own Organisation
         * @description The organisation an advocate or admin acts for; 404 for a victim.
         */
        get: operations["own_organisation_v1_organisation_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisation/advocates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Advocates
         * @description The organisation's advocates and how many victims each has: never
         *     which victims, and nothing of their diaries.
         */
        get: operations["list_advocates_v1_organisation_advocates_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisation/advocates/{account_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate Advocate
         * @description Stop an advocate's access at once: their sessions end and each of their
         *     cases ends and awaits handover (POST /v1/handovers); each victim is told
         *     why with the security event `advocate_deactivated`.
         */
        post: operations["deactivate_advocate_v1_organisation_advocates__account_id__deactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisation/advocates/{account_id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate Advocate
         * @description The advocate may sign in again; the cases they had stay ended.
         */
        post: operations["reactivate_advocate_v1_organisation_advocates__account_id__reactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisation/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Handovers
         * @description Open handovers of the organisation's advocates' cases, those awaiting a
         *     new advocate after a deactivation first among them by age.
         */
        get: operations["list_handovers_v1_organisation_handovers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisation/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Invitations
         * @description The organisation's invitations neither used nor expired.
         */
        get: operations["list_invitations_v1_organisation_invitations_get"];
        put?: never;
        /**
         * Invite Advocate
         * @description A one-time invitation code for a new advocate, shown only here; it
         *     expires (a week by default).
         */
        post: operations["invite_advocate_v1_organisation_invitations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisation/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke Invitation
         * @description A pending invitation stops working at once; a used one cannot be revoked
         *     (deactivate the advocate instead).
         */
        delete: operations["revoke_invitation_v1_organisation_invitations__invitation_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions */
        get: operations["subscriptions_v1_push_subscriptions_get"];
        put?: never;
        /**
         * Subscribe
         * @description Register this device's push subscription. A victim's account must send
         *     `victim_consents`: a notification on her screen can tell someone who
         *     holds her phone that she uses Daybook.
         */
        post: operations["subscribe_v1_push_subscriptions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unsubscribe */
        delete: operations["unsubscribe_v1_push_subscriptions__subscription_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push/vapid-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vapid Key */
        get: operations["vapid_key_v1_push_vapid_key_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sessions
         * @description The devices signed in to this account, oldest first.
         */
        get: operations["list_sessions_v1_sessions_get"];
        put?: never;
        post?: never;
        /**
         * Sign Out Everywhere
         * @description Sign out every device of this account (this one too, unless `keep_current`).
         */
        delete: operations["sign_out_everywhere_v1_sessions_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke Session
         * @description Sign one device out; its tokens stop working at once.
         */
        delete: operations["revoke_session_v1_sessions__session_id__delete"];
        options?: never;
        head?: never;
        /** Rename Session */
        patch: operations["rename_session_v1_sessions__session_id__patch"];
        trace?: never;
    };
    "/v1/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Shares
         * @description Every share to the active advocate, oldest first: those that have
         *     expired too (`expired`), so that they can be extended.
         */
        get: operations["list_shares_v1_shares_get"];
        put?: never;
        /**
         * Share
         * @description Share up to 100 entries, with their attachments and every version, with
         *     the active advocate: each grant wraps the entry's content key to the
         *     advocate and is signed by this account. All are kept or none; sending a
         *     grant again changes nothing.
         */
        post: operations["share_v1_shares_post"];
        /**
         * Unshare All
         * @description Stop sharing everything; the advocate stays assigned.
         */
        delete: operations["unshare_all_v1_shares_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shares/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unshare
         * @description Stop sharing one entry: from now on the advocate gets 404 for it.
         */
        delete: operations["unshare_v1_shares__entry_id__delete"];
        options?: never;
        head?: never;
        /**
         * Set Expiry
         * @description Set when one share ends: extend it (an expired one too), shorten it,
         *     or make it last until revoked (`null`).
         */
        patch: operations["set_expiry_v1_shares__entry_id__patch"];
        trace?: never;
    };
    "/v1/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sync
         * @description Everything in the caller's diary that changed after `cursor` (from the
         *     start without one): each changed entry once, at its latest state, in the
         *     order the changes committed. Keep asking while `more` is true.
         */
        get: operations["sync_v1_sync_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AccessKind
         * @enum {string}
         */
        AccessKind: "entry" | "history" | "version" | "attachment" | "attachment_content" | "handover";
        /** AccessLogPage */
        AccessLogPage: {
            /**
             * Next Before
             * @description Pass as `before` for older records.
             */
            next_before: number | null;
            /** Records */
            records: components["schemas"]["AccessRecordOut"][];
        };
        /** AccessRecordOut */
        AccessRecordOut: {
            /**
             * Accessed At
             * Format: date-time
             */
            accessed_at: string;
            /** Attachment Id */
            attachment_id: string | null;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /** Id */
            id: number;
            /** @description What was read: the entry, a page of its history, one version, an attachment's status or an attachment's content. */
            kind: components["schemas"]["AccessKind"];
            reader: components["schemas"]["ReaderOut"];
            /**
             * Version
             * @description The version read, or the first version of a history page.
             */
            version: number | null;
        };
        /** AccountOut */
        AccountOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            role: components["schemas"]["Role"];
            /** Username */
            username: string;
        };
        /** AdvocateList */
        AdvocateList: {
            /** Advocates */
            advocates: components["schemas"]["AdvocateSummary"][];
        };
        /**
         * AdvocateOut
         * @description An advocate as the victim sees them: name, organisation and keys.
         *     Compute the fingerprint from the keys and have the victim compare it with
         *     the one the advocate reads out.
         */
        AdvocateOut: {
            /**
             * Account Id
             * Format: uuid
             */
            account_id: string;
            /** Display Name */
            display_name: string;
            /**
             * Fingerprint
             * @description Compare out of band before wrapping a key to this account.
             */
            fingerprint: string;
            /**
             * Hpke Public Key
             * Format: base64url
             * @description X25519, 32 bytes raw.
             */
            hpke_public_key: string;
            /**
             * Hpke Suite
             * @default DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM
             */
            hpke_suite: string;
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
            /** Organisation Name */
            organisation_name: string;
            /**
             * Signing Public Key
             * Format: base64url
             * @description Ed25519, 32 bytes raw.
             */
            signing_public_key: string;
        };
        /** AdvocateSummary */
        AdvocateSummary: {
            /**
             * Account Id
             * Format: uuid
             */
            account_id: string;
            /**
             * Active Cases
             * @description How many victims the advocate has now; never who.
             */
            active_cases: number;
            /** Deactivated At */
            deactivated_at: string | null;
            /** Display Name */
            display_name: string;
            /**
             * Joined At
             * Format: date-time
             */
            joined_at: string;
            /** Username */
            username: string;
        };
        /** AssignmentAccept */
        AssignmentAccept: {
            /**
             * Advocate Id
             * Format: uuid
             * @description The advocate the victim saw when looking the code up: the code must be theirs.
             */
            advocate_id: string;
            /**
             * Code
             * @description As issued; case, dashes and spaces are ignored.
             */
            code: string;
            /**
             * Label
             * @description How the victim is named in the advocate's list of cases.
             */
            label: string;
        };
        /** AssignmentCodeOut */
        AssignmentCodeOut: {
            /**
             * Code
             * @description 10 characters in two groups: read it to the victim.
             */
            code: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
        };
        /** AssignmentOut */
        AssignmentOut: {
            advocate: components["schemas"]["AdvocateOut"];
            /**
             * Id
             * Format: uuid
             * @description The case id.
             */
            id: string;
            /** Label */
            label: string;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
        };
        /** AttachmentOut */
        AttachmentOut: {
            /** Chunk Count */
            chunk_count: number;
            /**
             * Chunk Size
             * @description Ciphertext bytes of every chunk but the last.
             * @default 1048592
             */
            chunk_size: number;
            /**
             * Ciphertext Sha256
             * @description Set when the upload is finalised.
             */
            ciphertext_sha256: string | null;
            /** Ciphertext Size */
            ciphertext_size: number;
            /** Completed At */
            completed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Entry Id
             * @description The entry that references it, once one does.
             */
            entry_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Missing Chunks
             * @description Indexes still to upload; empty once every chunk has arrived.
             */
            missing_chunks: number[];
            /** @description Set when the upload is finalised: the evidence log's receipt of its ciphertext hash. */
            receipt: components["schemas"]["Receipt"] | null;
            status: components["schemas"]["AttachmentStatus"];
        };
        /**
         * AttachmentStatus
         * @enum {string}
         */
        AttachmentStatus: "uploading" | "complete";
        /**
         * BatchAppend
         * @description `POST /v1/entries/{entry_id}/versions` as one item of a batch.
         */
        BatchAppend: {
            /**
             * Base Version
             * @description The version this one replaces: the entry's current version.
             */
            base_version: number;
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            op: "append";
            version: components["schemas"]["VersionIn"];
        };
        /**
         * BatchCreate
         * @description `PUT /v1/entries/{entry_id}` as one item of a batch.
         */
        BatchCreate: {
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /** @description The content key, wrapped to the owner. */
            key_grant: components["schemas"]["KeyGrantIn"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            op: "create";
            version: components["schemas"]["VersionIn"];
        };
        /** BatchOut */
        BatchOut: {
            /**
             * Results
             * @description One per item, in the items' order.
             */
            results: components["schemas"]["BatchResult"][];
        };
        /**
         * BatchResult
         * @description One item's answer: its single request's status and body.
         */
        BatchResult: {
            /** @description A create's entry; null otherwise. */
            entry: components["schemas"]["EntryOut"] | null;
            /** @description Why the item was refused; null if not. */
            problem: components["schemas"]["ItemProblem"] | null;
            /**
             * Status
             * @description 201 written, 200 written before, else the refusal's.
             */
            status: number;
            /** @description An append's version; null otherwise. */
            version: components["schemas"]["VersionOut"] | null;
        };
        /** BundleCreate */
        BundleCreate: {
            /**
             * Recipient Key
             * Format: base64url
             * @description The X25519 public key derived from the bundle key (never the key itself).
             */
            recipient_key: string;
        };
        /** BundleEntriesIn */
        BundleEntriesIn: {
            /** Entries */
            entries: components["schemas"]["BundleEntryIn"][];
        };
        /** BundleEntryIn */
        BundleEntryIn: {
            /**
             * Attachments
             * @description The entry's attachments whose ciphertext goes in; the others are withheld.
             */
            attachments?: string[];
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /**
             * Package
             * Format: base64url
             * @description 0x01 || nonce || AES-256-GCM(package) (docs/protocol).
             */
            package: string;
            /**
             * Versions
             * @description How many versions go in: the entry's current version, so versions 1 to `versions` are exported.
             */
            versions: number;
            /**
             * Wrapped Key
             * Format: base64url
             * @description The export key, HPKE-wrapped to recipient_key.
             */
            wrapped_key: string;
        };
        /** BundleList */
        BundleList: {
            /** Bundles */
            bundles: components["schemas"]["BundleOut"][];
        };
        /** BundleOut */
        BundleOut: {
            /**
             * Attachment Bytes
             * @description Ciphertext bytes of the attachments included.
             */
            attachment_bytes: number;
            /** Attachment Count */
            attachment_count: number;
            /**
             * Checkpoint Size
             * @description The tree size of the signed checkpoint every proof in the ZIP leads to.
             */
            checkpoint_size: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Entry Count */
            entry_count: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Sealed At */
            sealed_at: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "open" | "sealed";
        };
        /** BundleSeal */
        BundleSeal: {
            /**
             * Mac
             * Format: base64url
             * @description HMAC-SHA256 of the statement under the bundle's MAC key.
             */
            mac: string;
            /**
             * Signature
             * Format: base64url
             * @description Ed25519 by the owner over label || statement.
             */
            signature: string;
            /**
             * Statement
             * Format: base64url
             * @description The canonical statement document's bytes.
             */
            statement: string;
        };
        /** CaseDetail */
        CaseDetail: {
            /**
             * Handed Over From
             * @description The earlier case this one continues, after a handover.
             */
            handed_over_from?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Label
             * @description The name the victim chose for this list.
             */
            label: string;
            /**
             * Shared Entries
             * @description How many entries the victim shares now.
             */
            shared_entries: number;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /**
             * Victim Id
             * Format: uuid
             */
            victim_id: string;
            /** @description The victim's keys, to verify the entries and key grants they signed. */
            victim_keys: components["schemas"]["PublicKeys"];
        };
        /** CaseList */
        CaseList: {
            /** Cases */
            cases: components["schemas"]["CaseOut"][];
        };
        /** CaseOut */
        CaseOut: {
            /**
             * Handed Over From
             * @description The earlier case this one continues, after a handover.
             */
            handed_over_from?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Label
             * @description The name the victim chose for this list.
             */
            label: string;
            /**
             * Shared Entries
             * @description How many entries the victim shares now.
             */
            shared_entries: number;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /**
             * Victim Id
             * Format: uuid
             */
            victim_id: string;
        };
        /** ChangePassphraseRequest */
        ChangePassphraseRequest: {
            /**
             * Auth Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            auth_key: string;
            /**
             * Current Auth Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            current_auth_key: string;
            kdf: components["schemas"]["KdfChoice"];
            /**
             * Sealed Private Keys
             * Format: base64url
             * @description 93 bytes, base64url without padding
             */
            sealed_private_keys: string;
        };
        /** CheckpointInclusion */
        CheckpointInclusion: {
            /**
             * Created At
             * Format: date-time
             * @description When the server signed it, by its own clock.
             */
            created_at: string;
            /**
             * Note
             * @description The signed checkpoint note: the log's signature line, then each kept witness cosignature line (C2SP tlog-cosignature).
             */
            note: string;
            /**
             * Proof
             * @description RFC 9162 inclusion path of the leaf in this checkpoint's tree, leaf sibling first.
             */
            proof: string[];
            /**
             * Root Hash
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            root_hash: string;
            /** Timestamps */
            timestamps: components["schemas"]["TimestampRecord"][];
            /** Tree Size */
            tree_size: number;
            /** Witnesses */
            witnesses: components["schemas"]["CosignatureRecord"][];
        };
        /**
         * CheckpointRecord
         * @description A checkpoint the log keeps, with the independent time attached to it.
         */
        CheckpointRecord: {
            /**
             * Created At
             * Format: date-time
             * @description When the server signed it, by its own clock.
             */
            created_at: string;
            /**
             * Note
             * @description The signed checkpoint note: the log's signature line, then each kept witness cosignature line (C2SP tlog-cosignature).
             */
            note: string;
            /**
             * Root Hash
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            root_hash: string;
            /** Timestamps */
            timestamps: components["schemas"]["TimestampRecord"][];
            /** Tree Size */
            tree_size: number;
            /** Witnesses */
            witnesses: components["schemas"]["CosignatureRecord"][];
        };
        /** ChunkOut */
        ChunkOut: {
            /** Index */
            index: number;
            /**
             * Received At
             * Format: date-time
             */
            received_at: string;
            /**
             * Sha256
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            sha256: string;
            /** Size */
            size: number;
        };
        /** CodeLookup */
        CodeLookup: {
            /**
             * Code
             * @description As issued; case, dashes and spaces are ignored.
             */
            code: string;
        };
        /** ConsistencyProof */
        ConsistencyProof: {
            /**
             * From Root
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            from_root: string;
            /** From Size */
            from_size: number;
            /**
             * Proof
             * @description RFC 9162 consistency proof; empty if equal sizes.
             */
            proof: string[];
            /**
             * To Root
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            to_root: string;
            /** To Size */
            to_size: number;
        };
        /** CosignatureRecord */
        CosignatureRecord: {
            /**
             * Name
             * @description The witness: its key name, as on its signature line.
             */
            name: string;
            /**
             * Time
             * Format: date-time
             * @description When the witness cosigned, by its own clock.
             */
            time: string;
        };
        /**
         * DeleteAccountRequest
         * @description Erasing an account needs the passphrase again, not just a token: a
         *     phone left unlocked must not be enough to destroy the evidence.
         */
        DeleteAccountRequest: {
            /**
             * Auth Key
             * Format: base64url
             * @description Derived from the passphrase, as at sign-in.
             */
            auth_key: string;
        };
        /**
         * DocumentCreate
         * @description A new case document with its first version. Retrying the identical
         *     request answers 200 with the document as it stands.
         */
        DocumentCreate: {
            /**
             * Grants
             * @description The document key, wrapped to the victim and to her active advocate.
             */
            grants: components["schemas"]["DocumentGrantIn"][];
            /**
             * Kind
             * @enum {string}
             */
            kind: "safety-plan" | "risk-review" | "orders" | "case-progress";
            version: components["schemas"]["VersionIn"];
            /**
             * Victim Id
             * Format: uuid
             * @description Whose case: the caller, or their client.
             */
            victim_id: string;
        };
        /** DocumentGrantAdded */
        DocumentGrantAdded: {
            grant: components["schemas"]["DocumentGrantOut"];
            /** @description The grant's receipt (kind key-grant). */
            receipt: components["schemas"]["Receipt"];
        };
        /** DocumentGrantIn */
        DocumentGrantIn: {
            /**
             * Envelope
             * Format: base64url
             * @description HPKE envelope of the content key; info binds entry and reader.
             */
            envelope: string;
            /**
             * Reader Id
             * Format: uuid
             * @description Who can unwrap it: the victim or her advocate.
             */
            reader_id: string;
            /**
             * Signature
             * Format: base64url
             * @description Ed25519 by the granter over the grant message.
             */
            signature: string;
        };
        /** DocumentGrantOut */
        DocumentGrantOut: {
            /**
             * Envelope
             * Format: base64url
             * @description at most 256 bytes, base64url without padding
             */
            envelope: string;
            /**
             * Granted At
             * Format: date-time
             */
            granted_at: string;
            /**
             * Granter Id
             * Format: uuid
             */
            granter_id: string;
            /**
             * Reader Id
             * Format: uuid
             */
            reader_id: string;
            /**
             * Signature
             * Format: base64url
             * @description 64 bytes, base64url without padding
             */
            signature: string;
        };
        /** DocumentList */
        DocumentList: {
            /** Documents */
            documents: components["schemas"]["DocumentSummary"][];
        };
        /** DocumentOut */
        DocumentOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Current Version */
            current_version: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** @description The caller's wrapped document key. */
            key_grant: components["schemas"]["DocumentGrantOut"];
            /**
             * Kind
             * @enum {string}
             */
            kind: "safety-plan" | "risk-review" | "orders" | "case-progress";
            latest: components["schemas"]["DocumentVersionOut"];
            /**
             * Updated At
             * Format: date-time
             * @description When the current version arrived.
             */
            updated_at: string;
            /**
             * Updated By
             * Format: uuid
             * @description The author of the current version.
             */
            updated_by: string;
            /**
             * Victim Id
             * Format: uuid
             */
            victim_id: string;
        };
        /** DocumentSummary */
        DocumentSummary: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Current Version */
            current_version: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "safety-plan" | "risk-review" | "orders" | "case-progress";
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Victim Id
             * Format: uuid
             */
            victim_id: string;
        };
        /** DocumentVersionAppend */
        DocumentVersionAppend: {
            /**
             * Base Version
             * @description The version this one replaces: the current one.
             */
            base_version: number;
            /**
             * Ciphertext
             * Format: base64url
             * @description Entry envelope: 0x01 || nonce || AES-256-GCM(padded plaintext).
             */
            ciphertext: string;
            /**
             * Commitment
             * Format: base64url
             * @description The canonical commitment document's bytes.
             */
            commitment: string;
            /**
             * Signature
             * Format: base64url
             * @description Ed25519 by the owner over the commitment.
             */
            signature: string;
        };
        /** DocumentVersionOut */
        DocumentVersionOut: {
            /**
             * Author Id
             * Format: uuid
             * @description Whose device signed this version.
             */
            author_id: string;
            /**
             * Ciphertext
             * Format: base64url
             * @description at most 262173 bytes, base64url without padding
             */
            ciphertext: string;
            /**
             * Commitment
             * Format: base64url
             * @description at most 4096 bytes, base64url without padding
             */
            commitment: string;
            /**
             * Document Id
             * Format: uuid
             */
            document_id: string;
            /** @description The version's receipt in the evidence log. */
            receipt: components["schemas"]["Receipt"];
            /**
             * Received At
             * Format: date-time
             * @description When the server accepted this version.
             */
            received_at: string;
            /**
             * Signature
             * Format: base64url
             * @description 64 bytes, base64url without padding
             */
            signature: string;
            /** Version */
            version: number;
        };
        /** DocumentVersionPage */
        DocumentVersionPage: {
            /**
             * Next After
             * @description Pass as `after` for the next page; null when this is the last page.
             */
            next_after: number | null;
            /** Versions */
            versions: components["schemas"]["DocumentVersionOut"][];
        };
        /**
         * EntryBatch
         * @description Creates and edits, each as its single request would be, in order.
         */
        EntryBatch: {
            /** Items */
            items: (components["schemas"]["BatchCreate"] | components["schemas"]["BatchAppend"])[];
        };
        /**
         * EntryCreate
         * @description Creates an entry with its first version. Retrying the identical request
         *     is harmless: it answers 200 with the entry's current state.
         */
        EntryCreate: {
            /** @description The content key, wrapped to the owner. */
            key_grant: components["schemas"]["KeyGrantIn"];
            version: components["schemas"]["VersionIn"];
        };
        /**
         * EntryOut
         * @description An entry's current state; a deleted entry is a tombstone with no content.
         */
        EntryOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Current Version */
            current_version: number;
            /** Deleted */
            deleted: boolean;
            /** Deleted At */
            deleted_at: string | null;
            /** @description The tombstone's receipt in the evidence log; null unless deleted. */
            deletion_receipt: components["schemas"]["Receipt"] | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** @description The caller's wrapped key; null if deleted. */
            key_grant: components["schemas"]["KeyGrantOut"] | null;
            /** @description The current version; null if deleted. */
            latest: components["schemas"]["VersionOut"] | null;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** FieldError */
        FieldError: {
            /**
             * Loc
             * @description Where: `body`, `query`, `path` or `header`, then names.
             */
            loc: string[];
            /** Message */
            message: string;
            /**
             * Type
             * @description The validator's error type, e.g. `missing`, `value_error`.
             */
            type: string;
        };
        /** Finalize */
        Finalize: {
            /**
             * Ciphertext Sha256
             * Format: base64url
             * @description SHA-256 of the whole ciphertext, chunks in order; the server checks it.
             */
            ciphertext_sha256: string;
        };
        /**
         * HandedOverKey
         * @description The note key re-wrapped to the caller by the victim when a case was
         *     handed to them: info wrap_info("note-key", note id, caller), signed by
         *     the victim as a key grant. Open this instead of `advocate_envelope`.
         */
        HandedOverKey: {
            /**
             * Envelope
             * Format: base64url
             * @description at most 256 bytes, base64url without padding
             */
            envelope: string;
            /**
             * Signature
             * Format: base64url
             * @description 64 bytes, base64url without padding
             */
            signature: string;
        };
        /** HandoverApproval */
        HandoverApproval: {
            /** Entry Grants */
            entry_grants: components["schemas"]["ShareGrantIn"][];
            /**
             * Handover Id
             * Format: uuid
             */
            handover_id: string;
            /** Note Grants */
            note_grants: components["schemas"]["NoteGrantIn"][];
            /**
             * To Advocate Id
             * Format: uuid
             * @description The advocate the grants are wrapped to: the one proposed.
             */
            to_advocate_id: string;
        };
        /** HandoverDone */
        HandoverDone: {
            advocate: components["schemas"]["AdvocateOut"];
            /**
             * Handed Over From
             * Format: uuid
             * @description The case this one continues.
             */
            handed_over_from: string;
            /**
             * Id
             * Format: uuid
             * @description The case id.
             */
            id: string;
            /** Label */
            label: string;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
        };
        /** HandoverList */
        HandoverList: {
            /** Handovers */
            handovers: components["schemas"]["HandoverOut"][];
        };
        /**
         * HandoverOut
         * @description A handover as the organisation sees it: never the victim's account.
         */
        HandoverOut: {
            /**
             * Case Id
             * Format: uuid
             * @description The case being handed over.
             */
            case_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * From Advocate Id
             * Format: uuid
             */
            from_advocate_id: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Label
             * @description The case's label, as the victim chose it.
             */
            label: string;
            /** Proposed At */
            proposed_at: string | null;
            reason: components["schemas"]["HandoverReason"];
            status: components["schemas"]["HandoverStatus"];
            /**
             * To Advocate Id
             * @description None while awaiting an advocate.
             */
            to_advocate_id: string | null;
        };
        /** HandoverProposal */
        HandoverProposal: {
            /**
             * Case Id
             * Format: uuid
             * @description The case to hand over: the advocate's own open case, or for an admin any case of their organisation's advocates that is open or awaits handover.
             */
            case_id: string;
            /** @description Told to the victim. */
            reason: components["schemas"]["HandoverReason"];
            /**
             * To Advocate Id
             * Format: uuid
             * @description An active advocate, of this organisation or another.
             */
            to_advocate_id: string;
        };
        /**
         * HandoverReason
         * @enum {string}
         */
        HandoverReason: "leave" | "caseload" | "deactivation" | "other";
        /**
         * HandoverStatus
         * @enum {string}
         */
        HandoverStatus: "awaiting_advocate" | "proposed" | "completed" | "declined";
        /** Health */
        Health: {
            /**
             * Status
             * @constant
             */
            status: "ok";
        };
        /** InclusionProof */
        InclusionProof: {
            /** Index */
            index: number;
            /**
             * Leaf Hash
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            leaf_hash: string;
            /**
             * Proof
             * @description RFC 9162 inclusion path, leaf sibling first.
             */
            proof: string[];
            /**
             * Root Hash
             * Format: base64url
             * @description The root of the tree of `tree_size` leaves.
             */
            root_hash: string;
            /** Tree Size */
            tree_size: number;
        };
        /** InclusionProofs */
        InclusionProofs: {
            /**
             * Proofs
             * @description One per index asked for, in that order.
             */
            proofs: components["schemas"]["InclusionProof"][];
            /**
             * Root Hash
             * Format: base64url
             * @description The root of the tree of `tree_size` leaves.
             */
            root_hash: string;
            /** Tree Size */
            tree_size: number;
        };
        /** InvitationCreate */
        InvitationCreate: {
            /**
             * Display Name
             * @description The advocate's name as victims will see it before accepting them.
             */
            display_name: string;
        };
        /** InvitationOut */
        InvitationOut: {
            /**
             * Code
             * @description Shown once: give it to the advocate, who registers with it (`invitation_code` of POST /v1/accounts).
             */
            code: string;
            /** Display Name */
            display_name: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            role: components["schemas"]["Role"];
        };
        /**
         * ItemProblem
         * @description The problem document the item's single request would have answered.
         */
        ItemProblem: {
            /**
             * Attachment Ids
             * @description With `attachment-unavailable`.
             */
            attachment_ids?: string[] | null;
            /**
             * Code
             * @enum {string}
             */
            code: "entry-id-taken" | "entry-deleted" | "invalid-key-grant" | "invalid-version" | "attachment-unavailable" | "not-found" | "forbidden" | "stale-version";
            /**
             * Current Version
             * @description With `stale-version`.
             */
            current_version?: number | null;
            /**
             * Detail
             * @description For people; may change.
             */
            detail: string;
            /** Status */
            status: number;
            /** Title */
            title: string;
            /**
             * Type
             * @description `urn:daybook:problem:` followed by `code`.
             */
            type: string;
        };
        /** KdfChoice */
        KdfChoice: {
            /**
             * Algorithm
             * @constant
             */
            algorithm: "argon2id";
            /** Iterations */
            iterations: number;
            /** Memory Kib */
            memory_kib: number;
            /** Parallelism */
            parallelism: number;
            /**
             * Salt
             * Format: base64url
             * @description 16 bytes, base64url without padding
             */
            salt: string;
        };
        /** KdfCost */
        KdfCost: {
            /**
             * Iterations
             * @description Argon2id t.
             */
            iterations: number;
            /**
             * Memory Kib
             * @description Argon2id m, in KiB.
             */
            memory_kib: number;
            /**
             * Parallelism
             * @description Argon2id p (lanes).
             */
            parallelism: number;
        };
        /**
         * KdfParams
         * @description Argon2id parameters (RFC 9106) for the passphrase derivation.
         */
        KdfParams: {
            /**
             * Algorithm
             * @default argon2id
             * @constant
             */
            algorithm: "argon2id";
            /**
             * Iterations
             * @description Argon2id t.
             */
            iterations: number;
            /**
             * Memory Kib
             * @description Argon2id m, in KiB.
             */
            memory_kib: number;
            /**
             * Parallelism
             * @description Argon2id p (lanes).
             */
            parallelism: number;
            /**
             * Salt
             * Format: base64url
             * @description 16 bytes, base64url without padding
             */
            salt: string;
        };
        /** KeyGrantIn */
        KeyGrantIn: {
            /**
             * Envelope
             * Format: base64url
             * @description HPKE envelope of the content key; info binds entry and reader.
             */
            envelope: string;
            /**
             * Signature
             * Format: base64url
             * @description Ed25519 by the granter over the grant message.
             */
            signature: string;
        };
        /** KeyGrantOut */
        KeyGrantOut: {
            /**
             * Envelope
             * Format: base64url
             * @description at most 256 bytes, base64url without padding
             */
            envelope: string;
            /**
             * Granted At
             * Format: date-time
             */
            granted_at: string;
            /**
             * Granter Id
             * Format: uuid
             */
            granter_id: string;
            /**
             * Reader Id
             * Format: uuid
             */
            reader_id: string;
            /**
             * Signature
             * Format: base64url
             * @description 64 bytes, base64url without padding
             */
            signature: string;
        };
        /**
         * LeafEvidence
         * @description A receipt and the kept checkpoints that include it, each with its inclusion
         *     proof: the time the server received the write, and the independent times by
         *     which it was logged.
         */
        LeafEvidence: {
            /**
             * Checkpoints
             * @description Smallest first: the first kept checkpoint that includes the leaf, then, where it is a later one, the first with a TSA token and the first each configured witness cosigned.
             */
            checkpoints: components["schemas"]["CheckpointInclusion"][];
            receipt: components["schemas"]["Receipt"];
        };
        /** LinkCreate */
        LinkCreate: {
            /**
             * Expires In Seconds
             * @description How long it works.
             * @default 604800
             */
            expires_in_seconds: number;
        };
        /** LinkCreated */
        LinkCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Downloads */
            downloads: number;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Path
             * @description Where anyone holding the link downloads the ZIP, no account.
             */
            path: string;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * Token
             * @description Shown once: the server keeps only its SHA-256.
             */
            token: string;
            /**
             * Token Sha256
             * @description Base64url SHA-256 of the link's token (all the server keeps of it), so the owner's client can tell which link a copy of it is.
             */
            token_sha256: string;
        };
        /** LinkList */
        LinkList: {
            /** Links */
            links: components["schemas"]["LinkOut"][];
        };
        /** LinkOut */
        LinkOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Downloads */
            downloads: number;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * Token Sha256
             * @description Base64url SHA-256 of the link's token (all the server keeps of it), so the owner's client can tell which link a copy of it is.
             */
            token_sha256: string;
        };
        /** LockoutOut */
        LockoutOut: {
            /**
             * Blocked Until
             * @description Until when new devices cannot sign in to this username after failed attempts; null if they can now.
             */
            blocked_until: string | null;
        };
        /** LogKey */
        LogKey: {
            /**
             * Key Id
             * @description 4 bytes, hex: the key id on checkpoint signatures.
             */
            key_id: string;
            /**
             * Origin
             * @description The log's name: a checkpoint's first line.
             */
            origin: string;
            /**
             * Public Key
             * Format: base64url
             * @description The raw Ed25519 public key.
             */
            public_key: string;
            /**
             * Verifier Key
             * @description Signed-note verifier key: `<origin>+<key id hex>+<base64(0x01 || key)>`.
             */
            verifier_key: string;
        };
        /**
         * LogKeyHistory
         * @description Every key that has signed the log, first to current.
         */
        LogKeyHistory: {
            /** Keys */
            keys: components["schemas"]["LogKeyRecord"][];
            /** Origin */
            origin: string;
        };
        /**
         * LogKeyRecord
         * @description One key the log has had, and how it got the log.
         */
        LogKeyRecord: {
            /**
             * Activated At
             * Format: date-time
             * @description When it took over, by the server's clock.
             */
            activated_at: string;
            /**
             * From Size
             * @description The tree size when it took over: 0 for the first.
             */
            from_size: number;
            /**
             * Handover
             * @description The signed hand-over note from the key before it (docs/protocol §23.11), signed by both keys; null for the log's first key.
             */
            handover: string | null;
            /**
             * Key Id
             * @description 4 bytes, hex: the key id on checkpoint signatures.
             */
            key_id: string;
            /**
             * Origin
             * @description The log's name: a checkpoint's first line.
             */
            origin: string;
            /**
             * Public Key
             * Format: base64url
             * @description The raw Ed25519 public key.
             */
            public_key: string;
            /**
             * Verifier Key
             * @description Signed-note verifier key: `<origin>+<key id hex>+<base64(0x01 || key)>`.
             */
            verifier_key: string;
        };
        /** LoginRequest */
        LoginRequest: {
            /**
             * Auth Key
             * Format: base64url
             * @description HKDF-SHA256(master key, info='daybook/v1/auth-key'); see docs/protocol.
             */
            auth_key: string;
            /**
             * Device Name
             * @description Shown to the victim in sessions and events.
             */
            device_name: string;
            /**
             * Device Token
             * @description The `device_token` this device was given at its last sign-in: it exempts the device from a lockout of the account (see docs/protocol).
             */
            device_token?: string | null;
            /** Username */
            username: string;
        };
        /**
         * NoteGrantIn
         * @description A note's key wrapped to the new advocate: info is wrap_info("note-key",
         *     note id, new advocate id), signed by the victim as a key grant.
         */
        NoteGrantIn: {
            /**
             * Envelope
             * Format: base64url
             * @description HPKE envelope of the content key; info binds entry and reader.
             */
            envelope: string;
            /**
             * Note Id
             * Format: uuid
             */
            note_id: string;
            /**
             * Signature
             * Format: base64url
             * @description Ed25519 by the granter over the grant message.
             */
            signature: string;
        };
        /** NoteIn */
        NoteIn: {
            /**
             * Advocate Envelope
             * Format: base64url
             * @description The note key, HPKE-wrapped to the advocate.
             */
            advocate_envelope: string;
            /**
             * Ciphertext
             * Format: base64url
             * @description 0x01 || nonce || AES-256-GCM(padded note).
             */
            ciphertext: string;
            /**
             * Entry Id
             * @description A shared entry the note is about; none for the whole case.
             */
            entry_id?: string | null;
            /**
             * Signature
             * Format: base64url
             * @description Ed25519 by the advocate over the note message.
             */
            signature: string;
            /**
             * Victim Envelope
             * Format: base64url
             * @description The note key, HPKE-wrapped to the victim.
             */
            victim_envelope: string;
        };
        /** NoteList */
        NoteList: {
            /** Notes */
            notes: components["schemas"]["NoteOut"][];
        };
        /** NoteOut */
        NoteOut: {
            /**
             * Advocate Envelope
             * Format: base64url
             * @description at most 256 bytes, base64url without padding
             */
            advocate_envelope: string;
            /**
             * Advocate Id
             * Format: uuid
             */
            advocate_id: string;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /**
             * Ciphertext
             * Format: base64url
             * @description at most 16413 bytes, base64url without padding
             */
            ciphertext: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Entry Id */
            entry_id: string | null;
            /** @description Set on a note of an earlier case handed to the caller. */
            handed_over?: components["schemas"]["HandedOverKey"] | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Signature
             * Format: base64url
             * @description 64 bytes, base64url without padding
             */
            signature: string;
            /**
             * Victim Envelope
             * Format: base64url
             * @description at most 256 bytes, base64url without padding
             */
            victim_envelope: string;
            /**
             * Victim Id
             * Format: uuid
             */
            victim_id: string;
        };
        /** OrganisationOut */
        OrganisationOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Display Name
             * @description The caller's name as victims see it.
             */
            display_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** @description The caller's role in it. */
            role: components["schemas"]["Role"];
        };
        /** OwnKeys */
        OwnKeys: {
            /**
             * Account Id
             * Format: uuid
             */
            account_id: string;
            /**
             * Fingerprint
             * @description Compare out of band before wrapping a key to this account.
             */
            fingerprint: string;
            /**
             * Hpke Public Key
             * Format: base64url
             * @description X25519, 32 bytes raw.
             */
            hpke_public_key: string;
            /**
             * Hpke Suite
             * @default DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM
             */
            hpke_suite: string;
            kdf: components["schemas"]["KdfParams"];
            /**
             * Sealed Private Keys
             * Format: base64url
             * @description Private keys sealed under the passphrase-derived key-encryption key.
             */
            sealed_private_keys: string;
            /**
             * Signing Public Key
             * Format: base64url
             * @description Ed25519, 32 bytes raw.
             */
            signing_public_key: string;
        };
        /** PendingInvitationList */
        PendingInvitationList: {
            /** Invitations */
            invitations: components["schemas"]["PendingInvitationOut"][];
        };
        /**
         * PendingInvitationOut
         * @description An invitation not used yet; its code was shown once and is not kept.
         */
        PendingInvitationOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Display Name */
            display_name: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            role: components["schemas"]["Role"];
        };
        /** PreloginRequest */
        PreloginRequest: {
            /** Username */
            username: string;
        };
        /** PreloginResponse */
        PreloginResponse: {
            /** @description The cost new seals must use (registration, passphrase change, recovery); a client whose `kdf` is cheaper re-seals after signing in. */
            current: components["schemas"]["KdfCost"];
            /** @description This username's salt and cost: the cost it was sealed at, which may be older than `current`. */
            kdf: components["schemas"]["KdfParams"];
        };
        /**
         * Problem
         * @description An RFC 9457 problem document. Branch on `code`; show `detail`.
         *     Some codes add members a client acts on (`current_version`,
         *     `missing_chunks`, `tree_size`, ...), named in docs/protocol/02-errors.md.
         */
        Problem: {
            /**
             * Code
             * @description Stable and machine-readable.
             */
            code: string;
            /**
             * Detail
             * @description For people; may change.
             */
            detail: string;
            /**
             * Errors
             * @description Only with 422.
             * @default null
             */
            errors: components["schemas"]["FieldError"][] | null;
            /**
             * Instance
             * @description Not sent today; reserved.
             * @default null
             */
            instance: string | null;
            /** Status */
            status: number;
            /** Title */
            title: string;
            /**
             * Type
             * @description `urn:daybook:problem:` followed by `code`.
             */
            type: string;
        };
        /** PublicKeys */
        PublicKeys: {
            /**
             * Account Id
             * Format: uuid
             */
            account_id: string;
            /**
             * Fingerprint
             * @description Compare out of band before wrapping a key to this account.
             */
            fingerprint: string;
            /**
             * Hpke Public Key
             * Format: base64url
             * @description X25519, 32 bytes raw.
             */
            hpke_public_key: string;
            /**
             * Hpke Suite
             * @default DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM
             */
            hpke_suite: string;
            /**
             * Signing Public Key
             * Format: base64url
             * @description Ed25519, 32 bytes raw.
             */
            signing_public_key: string;
        };
        /** ReaderOut */
        ReaderOut: {
            /**
             * Account Id
             * Format: uuid
             */
            account_id: string;
            /** Display Name */
            display_name: string;
            /** Organisation Name */
            organisation_name: string;
        };
        /** Readiness */
        Readiness: {
            /**
             * Checks
             * @description Each dependency: `database` (a query answers), `blob_store` (its storage can be read and written; `full` when less than 2 MiB is free) and `log_key` (this process signs with the evidence log's current key; `retired` after a key rotation until the process restarts with the new key); with DAYBOOK_REDIS_URL set, also `rate_limits` (Redis answers).
             */
            checks: {
                [key: string]: "ok" | "unreachable" | "retired" | "full";
            };
            /**
             * Status
             * @constant
             */
            status: "ready";
        };
        /**
         * Receipt
         * @description Where the server logged an accepted write: leaf `leaf_index` of the
         *     evidence log. `leaf_data` is the leaf itself (docs/protocol, evidence log);
         *     everything else here is decoded from it or computed from it.
         */
        Receipt: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "entry-version" | "attachment" | "tombstone" | "key-grant" | "case-document";
            /**
             * Leaf Data
             * Format: base64url
             * @description 60 bytes, base64url without padding
             */
            leaf_data: string;
            /**
             * Leaf Hash
             * Format: base64url
             * @description SHA-256(0x00 || leaf_data), RFC 9162.
             */
            leaf_hash: string;
            /** Leaf Index */
            leaf_index: number;
            /**
             * Object Sha256
             * Format: base64url
             * @description The hash of what was accepted.
             */
            object_sha256: string;
            /**
             * Received At
             * Format: date-time
             * @description When the server accepted it, to the millisecond.
             */
            received_at: string;
        };
        /**
         * RecoverRequest
         * @description Sets a new passphrase and a new recovery key: a recovery key works once.
         */
        RecoverRequest: {
            /**
             * Auth Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            auth_key: string;
            /** Device Name */
            device_name: string;
            kdf: components["schemas"]["KdfChoice"];
            /**
             * New Recovery Auth Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            new_recovery_auth_key: string;
            /**
             * Recovery Auth Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            recovery_auth_key: string;
            /**
             * Recovery Sealed Private Keys
             * Format: base64url
             * @description 93 bytes, base64url without padding
             */
            recovery_sealed_private_keys: string;
            /**
             * Sealed Private Keys
             * Format: base64url
             * @description 93 bytes, base64url without padding
             */
            sealed_private_keys: string;
            /** Username */
            username: string;
        };
        /** RecoveryKeysRequest */
        RecoveryKeysRequest: {
            /**
             * Recovery Auth Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            recovery_auth_key: string;
            /** Username */
            username: string;
        };
        /** RecoveryKeysResponse */
        RecoveryKeysResponse: {
            /**
             * Account Id
             * Format: uuid
             */
            account_id: string;
            /**
             * Recovery Sealed Private Keys
             * Format: base64url
             * @description 93 bytes, base64url without padding
             */
            recovery_sealed_private_keys: string;
        };
        /** RefreshRequest */
        RefreshRequest: {
            /** Refresh Token */
            refresh_token: string;
        };
        /** RegisterRequest */
        RegisterRequest: {
            /**
             * Account Id
             * Format: uuid
             * @description Chosen by the client (UUID v4); bound into the sealed keys.
             */
            account_id: string;
            /**
             * Auth Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            auth_key: string;
            /** Device Name */
            device_name: string;
            /**
             * Hpke Public Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            hpke_public_key: string;
            /**
             * Invitation Code
             * @description From an organisation: the account becomes one of its advocates (or admins). Leave it out for a victim's account.
             */
            invitation_code?: string | null;
            /** @description Must equal the server's current parameters with a fresh random salt. */
            kdf: components["schemas"]["KdfChoice"];
            /**
             * Recovery Auth Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            recovery_auth_key: string;
            /**
             * Recovery Sealed Private Keys
             * Format: base64url
             * @description 93 bytes, base64url without padding
             */
            recovery_sealed_private_keys: string;
            /**
             * Sealed Private Keys
             * Format: base64url
             * @description 93 bytes, base64url without padding
             */
            sealed_private_keys: string;
            /**
             * Signing Public Key
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            signing_public_key: string;
            /** Username */
            username: string;
        };
        /** RenameSessionRequest */
        RenameSessionRequest: {
            /** Device Name */
            device_name: string;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "victim" | "advocate" | "org_admin";
        /** RunChunkOut */
        RunChunkOut: {
            /**
             * Created
             * @description True if this request stored the chunk; false if it was already stored.
             */
            created: boolean;
            /** Index */
            index: number;
            /**
             * Received At
             * Format: date-time
             */
            received_at: string;
            /**
             * Sha256
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            sha256: string;
            /** Size */
            size: number;
        };
        /** RunOut */
        RunOut: {
            /**
             * Chunks
             * @description Every chunk of the run, in index order: stored now or before.
             */
            chunks: components["schemas"]["RunChunkOut"][];
        };
        /**
         * SecurityEventKind
         * @enum {string}
         */
        SecurityEventKind: "account_created" | "sign_in" | "new_device" | "sign_in_failed" | "session_renamed" | "session_revoked" | "signed_out_everywhere" | "refresh_token_reused" | "passphrase_changed" | "account_recovered" | "lockout_ended" | "advocate_assigned" | "advocate_unassigned" | "bundle_link_used" | "advocate_deactivated" | "handover_proposed" | "case_handed_over" | "handover_declined";
        /** SecurityEventOut */
        SecurityEventOut: {
            /** Device Name */
            device_name: string | null;
            /** Id */
            id: number;
            kind: components["schemas"]["SecurityEventKind"];
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /**
             * Session Id
             * @description The device session concerned, if any.
             */
            session_id: string | null;
        };
        /** SecurityEventPage */
        SecurityEventPage: {
            /**
             * Events
             * @description Newest first.
             */
            events: components["schemas"]["SecurityEventOut"][];
            /**
             * Next Before
             * @description Pass as `before` to get the next (older) page; null on the last page.
             */
            next_before: number | null;
        };
        /** SessionOut */
        SessionOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Current
             * @description True for the session making this request.
             */
            current: boolean;
            /** Device Name */
            device_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Last Used At
             * Format: date-time
             */
            last_used_at: string;
        };
        /** ShareExpiry */
        ShareExpiry: {
            /**
             * Expires At
             * @description The share's new end (in the future, with an offset); null: until revoked.
             */
            expires_at: string | null;
        };
        /**
         * ShareGrantIn
         * @description One entry's content key wrapped to the advocate: `info` is the
         *     entry-key info of this entry and the advocate's account id.
         */
        ShareGrantIn: {
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /**
             * Envelope
             * Format: base64url
             * @description HPKE envelope of the content key; info binds entry and reader.
             */
            envelope: string;
            /**
             * Signature
             * Format: base64url
             * @description Ed25519 by the granter over the grant message.
             */
            signature: string;
        };
        /** ShareList */
        ShareList: {
            /**
             * Advocate Id
             * @description The active advocate, if any.
             */
            advocate_id: string | null;
            /** Shares */
            shares: components["schemas"]["ShareOut"][];
        };
        /** ShareOut */
        ShareOut: {
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /**
             * Expired
             * @description True once it has ended: the advocate gets 404 for it.
             */
            expired: boolean;
            /**
             * Expires At
             * @description When the share ends; null: until revoked.
             */
            expires_at: string | null;
            /** @description The grant's receipt in the evidence log (kind key-grant). */
            receipt: components["schemas"]["Receipt"] | null;
            /**
             * Shared At
             * Format: date-time
             */
            shared_at: string;
        };
        /** ShareRequest */
        ShareRequest: {
            /**
             * Advocate Id
             * Format: uuid
             * @description The advocate the grants are wrapped to: it must be the active one.
             */
            advocate_id: string;
            /**
             * Expires At
             * @description When these shares end by themselves (in the future, with an offset); null or absent: until revoked.
             */
            expires_at?: string | null;
            /** Grants */
            grants: components["schemas"]["ShareGrantIn"][];
        };
        /** SharedEntryList */
        SharedEntryList: {
            /** Entries */
            entries: components["schemas"]["SharedEntryOut"][];
        };
        /** SharedEntryOut */
        SharedEntryOut: {
            /** Current Version */
            current_version: number;
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /**
             * Shared At
             * Format: date-time
             */
            shared_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * SubscriptionIn
         * @description As a browser's PushSubscription.toJSON() gives it, plus the consent a
         *     victim's account must give (notifications are off by default for her).
         */
        SubscriptionIn: {
            /** Endpoint */
            endpoint: string;
            keys: components["schemas"]["SubscriptionKeys"];
            /**
             * Victim Consents
             * @description Required true for a victim's account: she was told that a notification shows on her device's screen, where someone else may see it.
             * @default false
             */
            victim_consents: boolean;
        };
        /** SubscriptionKeys */
        SubscriptionKeys: {
            /**
             * Auth
             * Format: base64url
             * @description The authentication secret.
             */
            auth: string;
            /**
             * P256Dh
             * Format: base64url
             * @description The subscription's P-256 public key, uncompressed (RFC 8291).
             */
            p256dh: string;
        };
        /** SubscriptionList */
        SubscriptionList: {
            /** Subscriptions */
            subscriptions: components["schemas"]["SubscriptionOut"][];
        };
        /** SubscriptionOut */
        SubscriptionOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Endpoint */
            endpoint: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
        };
        /** SyncPage */
        SyncPage: {
            /**
             * Changes
             * @description Entries changed since the cursor, in change order, each once.
             */
            changes: components["schemas"]["EntryOut"][];
            /**
             * Cursor
             * @description Opaque; send it back as `cursor` for the next page.
             */
            cursor: string;
            /**
             * More
             * @description True if more changes are waiting: ask again at once.
             */
            more: boolean;
        };
        /**
         * TimestampRecord
         * @description An RFC 3161 time-stamp token over the checkpoint's signed note (the `note`
         *     here without the cosignature lines): proof, checkable with the TSA's
         *     certificate alone, that the checkpoint existed at `time`.
         */
        TimestampRecord: {
            /**
             * Authority
             * @description The TSA that issued it: its URL.
             */
            authority: string;
            /**
             * Time
             * Format: date-time
             * @description The token's genTime: when the TSA signed it.
             */
            time: string;
            /**
             * Token
             * Format: base64url
             * @description The DER TimeStampToken (RFC 3161 §2.4.2, a CMS SignedData).
             */
            token: string;
        };
        /** TokenPair */
        TokenPair: {
            /**
             * Access Expires At
             * Format: date-time
             */
            access_expires_at: string;
            /** Access Token */
            access_token: string;
            /**
             * Account Id
             * Format: uuid
             */
            account_id: string;
            /**
             * Device Token
             * @description Keep it on the device, past sign-out, and send it with the next sign-in: a device that signed in before is not locked out by others' guesses.
             */
            device_token?: string | null;
            /**
             * Refresh Expires At
             * Format: date-time
             */
            refresh_expires_at: string;
            /**
             * Refresh Token
             * @description Single use: each refresh returns a new one.
             */
            refresh_token: string;
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /**
             * Token Type
             * @default Bearer
             */
            token_type: string;
        };
        /** UploadStart */
        UploadStart: {
            /**
             * Ciphertext Size
             * @description Total ciphertext bytes: plaintext size + 16 per chunk (docs/protocol).
             */
            ciphertext_size: number;
        };
        /** VapidKeyOut */
        VapidKeyOut: {
            /**
             * Application Server Key
             * @description The server's VAPID public key (P-256, uncompressed, base64url) for pushManager.subscribe({applicationServerKey}).
             */
            application_server_key: string;
        };
        /** VersionAppend */
        VersionAppend: {
            /**
             * Base Version
             * @description The version this one replaces: the entry's current version.
             */
            base_version: number;
            /**
             * Ciphertext
             * Format: base64url
             * @description Entry envelope: 0x01 || nonce || AES-256-GCM(padded plaintext).
             */
            ciphertext: string;
            /**
             * Commitment
             * Format: base64url
             * @description The canonical commitment document's bytes.
             */
            commitment: string;
            /**
             * Signature
             * Format: base64url
             * @description Ed25519 by the owner over the commitment.
             */
            signature: string;
        };
        /** VersionIn */
        VersionIn: {
            /**
             * Ciphertext
             * Format: base64url
             * @description Entry envelope: 0x01 || nonce || AES-256-GCM(padded plaintext).
             */
            ciphertext: string;
            /**
             * Commitment
             * Format: base64url
             * @description The canonical commitment document's bytes.
             */
            commitment: string;
            /**
             * Signature
             * Format: base64url
             * @description Ed25519 by the owner over the commitment.
             */
            signature: string;
        };
        /** VersionOut */
        VersionOut: {
            /**
             * Ciphertext
             * Format: base64url
             * @description at most 262173 bytes, base64url without padding
             */
            ciphertext: string;
            /**
             * Ciphertext Sha256
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            ciphertext_sha256: string;
            /**
             * Commitment
             * Format: base64url
             * @description at most 4096 bytes, base64url without padding
             */
            commitment: string;
            /**
             * Commitment Sha256
             * Format: base64url
             * @description 32 bytes, base64url without padding
             */
            commitment_sha256: string;
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /** @description The version's receipt in the evidence log. */
            receipt: components["schemas"]["Receipt"];
            /**
             * Received At
             * Format: date-time
             * @description When the server accepted this version.
             */
            received_at: string;
            /**
             * Signature
             * Format: base64url
             * @description 64 bytes, base64url without padding
             */
            signature: string;
            /** Version */
            version: number;
        };
        /** VersionPage */
        VersionPage: {
            /**
             * Next After
             * @description Pass as `after` for the next page; null when this is the last page.
             */
            next_after: number | null;
            /** Versions */
            versions: components["schemas"]["VersionOut"][];
        };
        /**
         * VictimHandoverOut
         * @description The victim's open handover: who had the case, who is proposed, why, and
         *     what her device must re-wrap to the new advocate if she approves.
         */
        VictimHandoverOut: {
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** @description None once the organisation deactivated them. */
            from_advocate: components["schemas"]["AdvocateOut"] | null;
            /**
             * From Advocate Id
             * Format: uuid
             */
            from_advocate_id: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Note Ids
             * @description The advocates' notes on her cases: re-wrap each note key to them.
             */
            note_ids: string[];
            reason: components["schemas"]["HandoverReason"];
            /**
             * Shared Entry Ids
             * @description The entries shared in the case: re-wrap each to the new advocate.
             */
            shared_entry_ids: string[];
            status: components["schemas"]["HandoverStatus"];
            /** @description The proposed advocate and their keys: compare the fingerprint computed from these keys with the one they read out before approving. */
            to_advocate: components["schemas"]["AdvocateOut"] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The language of `title` and `detail`: `en` (the default) or `cy`. */
        ContentLanguage: "en" | "cy";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz_healthz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    prometheus_metrics_metrics_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": unknown;
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    readyz_readyz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Service unavailable; nothing was saved: `not-ready` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-ready";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    access_log_v1_access_log_get: {
        parameters: {
            query?: {
                before?: number | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    me_v1_account_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    delete_account_v1_account_deletion_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Too many attempts: `too-many-attempts` */
            429: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-attempts";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `rate-limits-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "rate-limits-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    own_keys_v1_account_keys_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnKeys"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    lockout_v1_account_lockout_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LockoutOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    end_lockout_v1_account_lockout_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    change_passphrase_v1_account_passphrase_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePassphraseRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `kdf-parameters-rejected`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "kdf-parameters-rejected" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Too many attempts: `too-many-attempts` */
            429: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-attempts";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `rate-limits-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "rate-limits-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    list_security_events_v1_account_security_events_get: {
        parameters: {
            query?: {
                before?: number | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityEventPage"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    register_v1_accounts_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Bad request: `invalid-invitation`, `kdf-parameters-rejected`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-invitation" | "kdf-parameters-rejected" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Conflict: `concurrent-request`, `registration-refused` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request" | "registration-refused";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Too many attempts: `too-many-attempts` */
            429: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-attempts";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `rate-limits-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "rate-limits-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    public_keys_v1_accounts__account_id__public_keys_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicKeys"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    current_v1_assignment_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `no-advocate` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "no-advocate";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    accept_v1_assignment_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentAccept"];
            };
        };
        responses: {
            /** @description This advocate is already yours. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentOut"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `invalid-code` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-code";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `advocate-mismatch`, `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "advocate-mismatch" | "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Too many attempts: `too-many-attempts` */
            429: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-attempts";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `rate-limits-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "rate-limits-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    end_v1_assignment_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `no-advocate` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "no-advocate";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    issue_code_v1_assignment_codes_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentCodeOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    preview_code_v1_assignment_codes_preview_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeLookup"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvocateOut"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `invalid-code` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-code";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Too many attempts: `too-many-attempts` */
            429: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-attempts";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `rate-limits-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "rate-limits-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    victim_handover_v1_assignment_handover_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VictimHandoverOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `no-handover` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "no-handover";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    approve_v1_assignment_handover_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoverApproval"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverDone"];
                };
            };
            /** @description Bad request: `invalid-key-grant`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-key-grant" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `no-handover`, `not-found`, `unknown-advocate` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "no-handover" | "not-found" | "unknown-advocate";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `advocate-mismatch`, `concurrent-request`, `handover-not-ready` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "advocate-mismatch" | "concurrent-request" | "handover-not-ready";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    decline_v1_assignment_handover_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `no-handover` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "no-handover";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    get_attachment_v1_attachments__attachment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    start_upload_v1_attachments__attachment_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadStart"];
            };
        };
        responses: {
            /** @description The upload already exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentOut"];
                };
            };
            /** @description Bad request: `bad-request`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-request" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `quota-exceeded` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "quota-exceeded";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request`, `conflict` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request" | "conflict";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    delete_attachment_v1_attachments__attachment_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request`, `conflict` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request" | "conflict";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    put_run_v1_attachments__attachment_id__chunks__first__run_put: {
        parameters: {
            query?: never;
            header: {
                /** @description RFC 9530: `sha-256=:<base64 of the whole body's SHA-256>:`. */
                "content-digest": string;
            };
            path: {
                attachment_id: string;
                first: number;
            };
            cookie?: never;
        };
        /** @description Chunks `first`, `first` + 1, ... laid end to end, exactly as sealed: 1 to 16 chunks, every one but the attachment's last 1048592 bytes. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Every chunk of the run was already stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOut"];
                };
            };
            /** @description Bad request: `bad-request`, `digest-mismatch` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-request" | "digest-mismatch";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request`, `conflict` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request" | "conflict";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `uploads-busy` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "uploads-busy";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    put_chunk_v1_attachments__attachment_id__chunks__index__put: {
        parameters: {
            query?: never;
            header: {
                /** @description RFC 9530: `sha-256=:<base64 of the chunk's SHA-256>:`. */
                "content-digest": string;
            };
            path: {
                attachment_id: string;
                index: number;
            };
            cookie?: never;
        };
        /** @description The chunk's ciphertext bytes, exactly as sealed. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description This chunk was already stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChunkOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChunkOut"];
                };
            };
            /** @description Bad request: `bad-request`, `digest-mismatch` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-request" | "digest-mismatch";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request`, `conflict` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request" | "conflict";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    download_v1_attachments__attachment_id__content_get: {
        parameters: {
            query?: never;
            header?: {
                Range?: string | null;
            };
            path: {
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole ciphertext. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description The requested range. */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `conflict` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "conflict";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Range not satisfiable: `range-not-satisfiable` */
            416: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "range-not-satisfiable";
                        /** @constant */
                        status?: 416;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    finalize_v1_attachments__attachment_id__finalize_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Finalize"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentOut"];
                };
            };
            /** @description Bad request: `digest-mismatch`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "digest-mismatch" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `chunks-missing`, `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "chunks-missing" | "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    login_v1_auth_login_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `account-deactivated` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "account-deactivated";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Too many attempts: `too-many-attempts` */
            429: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-attempts";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `rate-limits-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "rate-limits-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    logout_v1_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    prelogin_v1_auth_prelogin_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreloginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreloginResponse"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    recover_v1_auth_recovery_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoverRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Bad request: `bad-request`, `kdf-parameters-rejected`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-request" | "kdf-parameters-rejected" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `account-deactivated` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "account-deactivated";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Too many attempts: `too-many-attempts` */
            429: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-attempts";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `rate-limits-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "rate-limits-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    recovery_keys_v1_auth_recovery_keys_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryKeysRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryKeysResponse"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `account-deactivated` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "account-deactivated";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Too many attempts: `too-many-attempts` */
            429: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-attempts";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `rate-limits-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "rate-limits-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    refresh_v1_auth_refresh_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    download_by_link_v1_bundle_downloads__token__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle ZIP (docs/protocol, evidence bundles), streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `bundle-not-sealed`, `bundle-stale` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bundle-not-sealed" | "bundle-stale";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Gone: `link-expired` */
            410: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "link-expired";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    list_bundles_v1_bundles_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    get_bundle_v1_bundles__bundle_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundle_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    create_bundle_v1_bundles__bundle_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundle_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BundleCreate"];
            };
        };
        responses: {
            /** @description The bundle already exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleOut"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `bundle-id-taken`, `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bundle-id-taken" | "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    delete_bundle_v1_bundles__bundle_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundle_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    add_entries_v1_bundles__bundle_id__entries_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundle_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BundleEntriesIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleOut"];
                };
            };
            /** @description Bad request: `bad-bundle-entry`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-bundle-entry" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `bundle-entry-conflict`, `bundle-sealed`, `concurrent-request`, `stale-version` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bundle-entry-conflict" | "bundle-sealed" | "concurrent-request" | "stale-version";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Gone: `gone` */
            410: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "gone";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    list_links_v1_bundles__bundle_id__links_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundle_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    create_link_v1_bundles__bundle_id__links_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundle_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkCreated"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `bundle-not-sealed`, `bundle-stale`, `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bundle-not-sealed" | "bundle-stale" | "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    revoke_link_v1_bundles__bundle_id__links__link_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundle_id: string;
                link_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    seal_bundle_v1_bundles__bundle_id__seal_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundle_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BundleSeal"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleOut"];
                };
            };
            /** @description Bad request: `bad-statement`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-statement" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `bundle-sealed`, `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bundle-sealed" | "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `log-key-not-current` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "log-key-not-current";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    download_bundle_v1_bundles__bundle_id__zip_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundle_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle ZIP (docs/protocol, evidence bundles), streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `bundle-not-sealed`, `bundle-stale` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bundle-not-sealed" | "bundle-stale";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    list_documents_v1_case_documents_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    get_document_v1_case_documents__document_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    create_document_v1_case_documents__document_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentCreate"];
            };
        };
        responses: {
            /** @description The same request was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOut"];
                };
            };
            /** @description Bad request: `invalid-key-grant`, `invalid-version`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-key-grant" | "invalid-version" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `case-document-id-taken`, `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "case-document-id-taken" | "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    add_grant_v1_case_documents__document_id__grants_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentGrantIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentGrantAdded"];
                };
            };
            /** @description Bad request: `invalid-key-grant`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-key-grant" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `no-advocate`, `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "no-advocate" | "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `advocate-mismatch`, `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "advocate-mismatch" | "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    list_versions_v1_case_documents__document_id__versions_get: {
        parameters: {
            query?: {
                /** @description Versions after this number. */
                after?: number;
                limit?: number;
            };
            header?: never;
            path: {
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVersionPage"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    append_version_v1_case_documents__document_id__versions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentVersionAppend"];
            };
        };
        responses: {
            /** @description Already accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVersionOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVersionOut"];
                };
            };
            /** @description Bad request: `invalid-version`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-version" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request`, `stale-version` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request" | "stale-version";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    list_cases_v1_cases_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    get_case_v1_cases__case_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    list_shared_entries_v1_cases__case_id__entries_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedEntryList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    case_notes_v1_cases__case_id__notes_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    add_note_v1_cases__case_id__notes__note_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
                note_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteIn"];
            };
        };
        responses: {
            /** @description The same note was already added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteOut"];
                };
            };
            /** @description Bad request: `invalid-note`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-note" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request`, `note-id-taken` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request" | "note-id-taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    write_batch_v1_entries_batch_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryBatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchOut"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    get_entry_v1_entries__entry_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    create_entry_v1_entries__entry_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryCreate"];
            };
        };
        responses: {
            /** @description The same request was already accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Bad request: `invalid-key-grant`, `invalid-version`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-key-grant" | "invalid-version" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `attachment-unavailable`, `concurrent-request`, `entry-id-taken` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "attachment-unavailable" | "concurrent-request" | "entry-id-taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Gone: `entry-deleted` */
            410: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "entry-deleted";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    delete_entry_v1_entries__entry_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    list_versions_v1_entries__entry_id__versions_get: {
        parameters: {
            query?: {
                /** @description Versions after this number. */
                after?: number;
                limit?: number;
            };
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionPage"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Gone: `entry-deleted` */
            410: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "entry-deleted";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    append_version_v1_entries__entry_id__versions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionAppend"];
            };
        };
        responses: {
            /** @description The same version was already accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description Bad request: `invalid-version`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-version" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `attachment-unavailable`, `concurrent-request`, `stale-version` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "attachment-unavailable" | "concurrent-request" | "stale-version";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Gone: `entry-deleted` */
            410: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "entry-deleted";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    get_version_v1_entries__entry_id__versions__version__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Gone: `entry-deleted` */
            410: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "entry-deleted";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    propose_v1_handovers_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoverProposal"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverOut"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found`, `unknown-advocate` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found" | "unknown-advocate";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    checkpoint_v1_log_checkpoint_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `log-key-not-current` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "log-key-not-current";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    kept_checkpoint_v1_log_checkpoints__size__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A kept checkpoint's tree size. */
                size: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointRecord"];
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    cosignatures_v1_log_cosignatures_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A checkpoint note of this log (UTF-8) with the witness's C2SP cosignature line(s) added after its signature line. */
        requestBody: {
            content: {
                "text/plain": string;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointRecord"];
                };
            };
            /** @description Bad request: `bad-cosignature` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-cosignature";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not allowed: `unknown-witness` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unknown-witness";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `log-key-not-current` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "log-key-not-current";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    key_v1_log_key_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogKey"];
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `log-key-not-current` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "log-key-not-current";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    keys_v1_log_keys_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogKeyHistory"];
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `log-key-not-current` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "log-key-not-current";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    leaf_v1_log_leaves__index__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The leaf index of a receipt. */
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    evidence_v1_log_leaves__index__evidence_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The leaf index of a receipt. */
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeafEvidence"];
                };
            };
            /** @description Not found: `not-checkpointed`, `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-checkpointed" | "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    tlog_proof_v1_log_leaves__index__tlog_proof_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The leaf index of a receipt. */
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable`, `log-key-not-current` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable" | "log-key-not-current";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    consistency_v1_log_proof_consistency_get: {
        parameters: {
            query: {
                /** @description The older tree size. */
                from: number;
                /** @description The newer tree size. */
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProof"];
                };
            };
            /** @description Bad request: `bad-tree-size` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-tree-size";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    inclusion_v1_log_proof_inclusion_get: {
        parameters: {
            query: {
                /** @description The leaf. */
                index: number;
                /** @description A tree size up to the current one. */
                size: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProof"];
                };
            };
            /** @description Bad request: `bad-tree-size` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-tree-size";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    inclusions_v1_log_proofs_inclusion_get: {
        parameters: {
            query: {
                /** @description A tree size up to the current one. */
                size: number;
                /** @description The leaves, repeated. */
                index: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProofs"];
                };
            };
            /** @description Bad request: `bad-tree-size` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-tree-size";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    victim_notes_v1_notes_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    own_organisation_v1_organisation_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    list_advocates_v1_organisation_advocates_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvocateList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    deactivate_advocate_v1_organisation_advocates__account_id__deactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    reactivate_advocate_v1_organisation_advocates__account_id__reactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    list_handovers_v1_organisation_handovers_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    list_invitations_v1_organisation_invitations_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingInvitationList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    invite_advocate_v1_organisation_invitations_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationOut"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    revoke_invitation_v1_organisation_invitations__invitation_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    subscriptions_v1_push_subscriptions_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    subscribe_v1_push_subscriptions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionIn"];
            };
        };
        responses: {
            /** @description Already registered: keys kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionOut"];
                };
            };
            /** @description Bad request: `invalid-push-endpoint`, `malformed-body`, `malformed-json`, `push-consent-required`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-push-endpoint" | "malformed-body" | "malformed-json" | "push-consent-required" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    unsubscribe_v1_push_subscriptions__subscription_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    vapid_key_v1_push_vapid_key_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapidKeyOut"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    list_sessions_v1_sessions_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"][];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    sign_out_everywhere_v1_sessions_delete: {
        parameters: {
            query?: {
                /** @description Keep this device signed in. */
                keep_current?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    revoke_session_v1_sessions__session_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    rename_session_v1_sessions__session_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameSessionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description Bad request: `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not found: `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    list_shares_v1_shares_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareList"];
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    share_v1_shares_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareList"];
                };
            };
            /** @description Bad request: `invalid-expiry`, `invalid-key-grant`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-expiry" | "invalid-key-grant" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `no-advocate`, `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "no-advocate" | "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `advocate-mismatch`, `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "advocate-mismatch" | "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    unshare_all_v1_shares_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    unshare_v1_shares__entry_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `no-advocate`, `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "no-advocate" | "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    set_expiry_v1_shares__entry_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareExpiry"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareOut"];
                };
            };
            /** @description Bad request: `invalid-expiry`, `malformed-body`, `malformed-json`, `too-deeply-nested` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-expiry" | "malformed-body" | "malformed-json" | "too-deeply-nested";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description Not found: `no-advocate`, `not-found` */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "no-advocate" | "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description Conflict: `concurrent-request` */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "concurrent-request";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description Too large: `payload-too-large` */
            413: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "payload-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
            /** @description Storage full; nothing was saved: `storage-full` */
            507: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "storage-full";
                        /** @constant */
                        status?: 507;
                    };
                };
            };
        };
    };
    sync_v1_sync_get: {
        parameters: {
            query?: {
                /** @description From the last page. */
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncPage"];
                };
            };
            /** @description Bad request: `bad-request` */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "bad-request";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description Not signed in: `token-expired`, `unauthenticated` */
            401: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "token-expired" | "unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description Invalid request: `validation-failed` */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "validation-failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description Service unavailable; nothing was saved: `database-unavailable` */
            503: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "database-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
}

"""What each security event of `daybook events` means, in the words a victim
uses: the server names them by kind (docs/protocol/12-sessions-and-security-events.md),
`daybook events --json` prints those names as they are."""

from __future__ import annotations

from app.client.i18n import N_, _

# Marked for the catalogue here, translated where printed.
WORDS = {
    "account_created": N_("Account created"),
    "sign_in": N_("Signed in"),
    "new_device": N_("Signed in on a device with a name not seen before"),
    "sign_in_failed": N_("Someone tried to sign in with a wrong passphrase"),
    "session_renamed": N_("A device was renamed"),
    "session_revoked": N_("A device was signed out"),
    "signed_out_everywhere": N_("Every device was signed out"),
    "refresh_token_reused": N_(
        "A device's sign-in was used twice, so it was ended: someone may have copied it"
    ),
    "passphrase_changed": N_("Passphrase changed"),
    "account_recovered": N_("Passphrase reset with the recovery key"),
    "lockout_ended": N_("A signed-in device let new devices sign in again"),
    "advocate_assigned": N_("An advocate took on your case"),
    "advocate_unassigned": N_("Your case with your advocate ended"),
    "bundle_link_used": N_("A download link of one of your evidence bundles was used"),
    "advocate_deactivated": N_(
        "Your advocate's organisation stopped their work: your case waits for a new advocate"
    ),
    "handover_proposed": N_(
        "A new advocate was proposed for your case: `daybook handover show` to approve or decline"
    ),
    "case_handed_over": N_("Your case was handed to a new advocate"),
    "handover_declined": N_("You declined handing your case to a new advocate"),
}

# How someone else shows up: drawn so that they stand out.
WATCH = frozenset({"new_device", "sign_in_failed", "refresh_token_reused"})


def describe(kind: str) -> str:
    """The event in plain words; a kind this client does not know yet, spelled out."""
    words = WORDS.get(kind)
    return _(words) if words is not None else kind.replace("_", " ").capitalize()

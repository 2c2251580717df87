"""The seal time the report prints is the statement's `created_at`, the victim's
device clock: the server refuses one that cannot be true (far from its own
clock, or before the newest receipt the bundle seals), so an honest server
never seals a bundle dated 1970 or 2099."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.client.api import ApiError
from app.client.bundle_export import Redaction, Selection, chosen_entries, export_entry
from app.client.bundle_open import BundleInvalid, verify_bundle
from app.client.diary import Replica
from app.client.police_pack.files import open_bundle
from app.protocol import bundle
from app.protocol import bundle_layout as layout
from app.protocol.encoding import b64encode
from tests.bundles.flow import bundle_of, download, write_entries
from tests.bundles.rezip import resealed, rewrite
from tests.writers import Writer


@dataclass(frozen=True)
class Unsealed:
    """A bundle with its entries sent, waiting for its statement."""

    bundle_id: uuid.UUID
    key: bundle.BundleKey
    records: Sequence[bundle.EntryRecord]
    log_key: str
    newest_receipt: dt.datetime


async def unsealed(writer: Writer) -> Unsealed:
    """Every entry of the diary (single versions, no files) in an open bundle."""
    replica = Replica()
    chosen = await chosen_entries(writer.diary, replica, Selection())
    assert replica.log.verifier_key is not None
    key, bundle_id = bundle.BundleKey.generate(), uuid.uuid4()
    await writer.api.call(
        "PUT", f"/v1/bundles/{bundle_id}", json={"recipient_key": b64encode(key.public_bytes)}
    )
    exports = [export_entry(bundle_id, key.public_bytes, [v], Redaction()) for v in chosen]
    await writer.api.call(
        "PUT", f"/v1/bundles/{bundle_id}/entries", json={"entries": [e.body() for e in exports]}
    )
    newest = max(v.received_at for v in chosen)
    return Unsealed(bundle_id, key, [e.record for e in exports], replica.log.verifier_key, newest)


def seal_body(writer: Writer, made: Unsealed, created_at: str) -> dict[str, Any]:
    """The seal request the victim's device sends, with `created_at` as given."""
    count, digest = bundle.records_digest(made.records)
    statement = bundle.Statement(
        bundle_id=made.bundle_id,
        owner_id=writer.diary.identity.account_id,
        owner_key=writer.diary.identity.keys.signing_public,
        owner_hpke_key=writer.diary.identity.keys.hpke_public,
        recipient_key=made.key.public_bytes,
        log_key=made.log_key,
        created_at=created_at,
        entry_count=count,
        entries_sha256=digest,
    ).to_bytes()
    signature = bundle.sign_statement(statement, writer.diary.identity.keys.signing)
    return {
        "statement": b64encode(statement),
        "signature": b64encode(signature),
        "mac": b64encode(bundle.statement_mac(statement, made.key)),
    }


def _at(moment: dt.datetime) -> str:
    return bundle.statement_time(moment)


WRONG_TIMES: dict[str, Callable[[dt.datetime], str]] = {
    "1970": lambda newest: "1970-01-01T00:00:00.000Z",
    "2099": lambda newest: "2099-12-31T23:59:59.999Z",
    "11 minutes behind the server": lambda newest: _at(
        dt.datetime.now(dt.UTC) - dt.timedelta(minutes=11)
    ),
    "11 minutes ahead of the server": lambda newest: _at(
        dt.datetime.now(dt.UTC) + dt.timedelta(minutes=11)
    ),
    "a millisecond before the newest receipt": lambda newest: _at(
        newest - dt.timedelta(milliseconds=1)
    ),
}


@pytest.mark.parametrize("wrong", WRONG_TIMES)
async def test_an_impossible_seal_time_is_refused(
    victim: Writer, tmp_path: Path, wrong: str
) -> None:
    await write_entries(victim, tmp_path / "..", 1, files_every=5)
    made = await unsealed(victim)
    path = f"/v1/bundles/{made.bundle_id}/seal"
    created_at = WRONG_TIMES[wrong](made.newest_receipt)
    with pytest.raises(ApiError) as refused:
        await victim.api.call("POST", path, json=seal_body(victim, made, created_at))
    assert (refused.value.status, refused.value.code) == (400, "bad-seal-time")
    server_time = dt.datetime.fromisoformat(refused.value.problem["server_time"])
    assert abs(server_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    assert (await victim.api.call("GET", f"/v1/bundles/{made.bundle_id}"))["status"] == "open"

    # The device's clock, right now, is fine: the same bundle seals.
    sealed = await victim.api.call(
        "POST", path, json=seal_body(victim, made, _at(dt.datetime.now(dt.UTC)))
    )
    assert sealed["status"] == "sealed"


async def test_a_seal_time_within_the_tolerance_is_taken(victim: Writer, tmp_path: Path) -> None:
    await write_entries(victim, tmp_path / "..", 1, files_every=5)
    made = await unsealed(victim)
    ahead = _at(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=9))
    sealed = await victim.api.call(
        "POST", f"/v1/bundles/{made.bundle_id}/seal", json=seal_body(victim, made, ahead)
    )
    assert sealed["status"] == "sealed"


async def test_a_seal_time_not_to_the_millisecond_is_a_bad_statement(
    victim: Writer, tmp_path: Path
) -> None:
    await write_entries(victim, tmp_path / "..", 1, files_every=5)
    made = await unsealed(victim)
    loose = dt.datetime.now(dt.UTC).isoformat()  # microseconds and +00:00
    with pytest.raises(ApiError) as refused:
        await victim.api.call(
            "POST", f"/v1/bundles/{made.bundle_id}/seal", json=seal_body(victim, made, loose)
        )
    assert (refused.value.status, refused.value.code) == (400, "bad-statement")


# --- the verifier ---------------------------------------------------------


@pytest.mark.parametrize(
    ("created_at", "why"),
    [
        ("1970-01-01T00:00:00.000Z", "when the server received the newest version"),
        ("2099-12-31T23:59:59.999Z", "this computer's clock now"),
        ("receipt - 1 ms", "when the server received the newest version"),
    ],
)
async def test_the_verifier_flags_an_impossible_seal_time(
    victim: Writer, tmp_path: Path, created_at: str, why: str
) -> None:
    """A victim's device with a wrong clock (or a lying one) could sign any time:
    the police's verifier fails it, naming the statement and the check."""
    await write_entries(victim, tmp_path / "..", 1, files_every=1)
    created = await bundle_of(victim)
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    pack = verify_bundle(zipped, created.key).pack
    newest = max(v.received_at for i in pack.incidents for v in i.versions)
    if created_at == "receipt - 1 ms":
        created_at = _at(newest - dt.timedelta(milliseconds=1))
    statement = resealed(zipped, created.key, victim.diary.identity.keys.signing, created_at)
    forged = rewrite(zipped, tmp_path / "forged.zip", {layout.STATEMENT: statement})
    with pytest.raises(BundleInvalid) as caught:
        verify_bundle(forged, created.key)
    assert (caught.value.item, caught.value.check) == (layout.STATEMENT, "seal time")
    assert why in caught.value.detail


async def test_the_report_says_whose_clock_sealed_the_bundle(
    victim: Writer, tmp_path: Path
) -> None:
    await write_entries(victim, tmp_path / "..", 1, files_every=5)
    created = await bundle_of(victim)
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    pack = open_bundle(zipped, created.key, tmp_path / "pack")
    html = (tmp_path / "pack" / "report.html").read_text()
    assert "Sealed by the victim" not in html
    assert "Sealed on the victim&#x27;s device" in html or "Sealed on the victim's device" in html
    assert "the victim&#x27;s device clock" in html or "the victim's device clock" in html
    verification = (tmp_path / "pack" / "verification.txt").read_text()
    assert f"sealed {pack.sealed_at.isoformat()} (the victim's device clock)" in verification

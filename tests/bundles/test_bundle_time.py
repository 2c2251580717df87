"""The report says which independent times back each entry: an RFC 3161 token
over a checkpoint that includes the version, checked against the TSA chain
the bundle carries, or against one the police bring."""

from __future__ import annotations

import datetime as dt
import json
import math
import time
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.client.api import DaybookApi
from app.client.bundle_open import BundleInvalid, verify_bundle
from app.client.diary import Diary
from app.config import Settings
from app.evidence.publish import publish_checkpoint
from app.protocol.commitment import canonical_json
from app.protocol.timestamp import TsaTrust
from tests.bundles.flow import bundle_of, download, write_entries
from tests.bundles.rezip import members, rewrite
from tests.conftest import BASE_URL
from tests.evidence.log import log_signer, rotate
from tests.evidence.test_timestamps import WITNESS, cosign_now
from tests.evidence.tsa import LocalTsa, with_tsa
from tests.writers import Writer


@pytest.fixture
def settings(settings: Settings, local_tsa: LocalTsa) -> Settings:
    return with_tsa(settings, local_tsa, witnesses=[WITNESS.verifier().vkey()])


async def test_each_version_names_the_independent_times_behind_it(
    application: FastAPI,
    http: httpx.AsyncClient,
    victim: Writer,
    local_tsa: LocalTsa,
    tmp_path: Path,
) -> None:
    early = await write_entries(victim, tmp_path / "..", 2, files_every=2, edits_every=5)
    await publish_checkpoint(application.state.daybook)
    late = await write_entries(victim, tmp_path / "..", 1, files_every=5, edits_every=5)
    created = await bundle_of(victim)
    await publish_checkpoint(application.state.daybook)
    zipped = await download(victim, created, tmp_path / "bundle.zip")

    pack = verify_bundle(zipped, created.key).pack
    for incident in pack.incidents:
        kinds = [source.kind for source in incident.current.time_sources]
        assert kinds == ["server", "tsa"], incident.entry_id
        server, tsa = incident.current.time_sources
        # openssl's TSA gives genTime to the second.
        assert server.time - dt.timedelta(seconds=1) <= tsa.time
    assert {i.entry_id for i in pack.incidents} == {*early, *late}

    # A witness the police know of adds its time once it cosigned.
    head = (await http.get("/v1/log/checkpoint")).text
    assert (await http.post("/v1/log/cosignatures", content=cosign_now(head))).status_code == 200
    zipped = await download(victim, created, tmp_path / "witnessed.zip")
    witnessed = verify_bundle(zipped, created.key, witnesses=[WITNESS.verifier()]).pack
    for incident in witnessed.incidents:
        # Every kept checkpoint named for the version brings all its times.
        sources = incident.current.time_sources
        assert {s.kind for s in sources} == {"server", "tsa", "witness"}
        assert [s.name for s in sources if s.kind == "witness"] == [WITNESS.name]
    unknown = verify_bundle(zipped, created.key).pack
    for incident in unknown.incidents:
        assert "witness" not in {s.kind for s in incident.current.time_sources}

    # The police may bring their own copy of the TSA's root instead; a root
    # the token does not chain to fails, naming the checkpoint and the check.
    own = verify_bundle(zipped, created.key, tsa_roots=local_tsa.pki.trust()).pack
    assert [i.current.time_sources for i in own.incidents] == [
        i.current.time_sources for i in unknown.incidents
    ]
    stranger = TsaTrust.from_pem(local_tsa.pki.rogue_ca_pem.read_bytes())
    with pytest.raises(BundleInvalid, match=r"log/checkpoints/\d+\.json: time-stamp failed"):
        verify_bundle(zipped, created.key, tsa_roots=stranger)


async def test_checkpoints_kept_under_a_retired_log_key_still_give_their_time(
    application: FastAPI, rotated: FastAPI, victim: Writer, local_tsa: LocalTsa, tmp_path: Path
) -> None:
    """The TSA stamped a checkpoint the old key signed; after a rotation the
    bundle carries the hand-over, and the police verify both keys' work."""
    written = await write_entries(victim, tmp_path / "..", 2, files_every=5, edits_every=5)
    stamped = await publish_checkpoint(application.state.daybook)
    assert stamped.timestamped == stamped.kept
    await rotate(application, log_signer(rotated))
    transport = httpx.ASGITransport(app=rotated)
    async with DaybookApi(BASE_URL, tokens=victim.api.tokens, transport=transport) as api:
        there = Writer(api, victim.me, Diary(api, victim.me))
        created = await bundle_of(there)
        zipped = await download(there, created, tmp_path / "bundle.zip")

    pack = verify_bundle(zipped, created.key).pack
    new_key = log_signer(rotated).verifier().vkey()
    for incident in pack.incidents:
        assert [s.kind for s in incident.current.time_sources] == ["server", "tsa"]
    assert {i.entry_id for i in pack.incidents} == set(written)
    handed = [c for c in pack.checks if c.item == "log/keys.json"]
    assert len(handed) == 1 and f"to {new_key} at tree size {stamped.kept}" in handed[0].check


async def test_a_seal_time_after_a_later_checkpoints_time_fails(
    application: FastAPI, http: httpx.AsyncClient, victim: Writer, tmp_path: Path
) -> None:
    """A checkpoint larger than the bundle's was kept after the seal: a time
    given to it bounds the seal time from above. A witness the police trust
    that cosigned it an hour before the device says it sealed contradicts the
    device's clock (one of the two is wrong): the verifier says so."""
    await write_entries(victim, tmp_path / "..", 1, files_every=5)
    created = await bundle_of(victim)
    await write_entries(victim, tmp_path / "..", 1, files_every=5)
    await publish_checkpoint(application.state.daybook)
    head = (await http.get("/v1/log/checkpoint")).text
    an_hour_ago = math.floor(time.time()) - 3600
    cosigned = WITNESS.cosign_note(head, an_hour_ago)
    assert (await http.post("/v1/log/cosignatures", content=cosigned)).status_code == 200
    zipped = await download(victim, created, tmp_path / "bundle.zip")

    verify_bundle(zipped, created.key)  # without the witness, nothing contradicts it
    with pytest.raises(BundleInvalid) as caught:
        verify_bundle(zipped, created.key, witnesses=[WITNESS.verifier()])
    assert (caught.value.item, caught.value.check) == ("statement.json", "seal time")
    assert f"the time given by {WITNESS.name}" in caught.value.detail


async def test_the_log_keys_member_is_in_its_one_encoding(
    application: FastAPI, rotated: FastAPI, victim: Writer, tmp_path: Path
) -> None:
    await write_entries(victim, tmp_path / "..", 1, files_every=5)
    await publish_checkpoint(application.state.daybook)
    await rotate(application, log_signer(rotated))
    transport = httpx.ASGITransport(app=rotated)
    async with DaybookApi(BASE_URL, tokens=victim.api.tokens, transport=transport) as api:
        there = Writer(api, victim.me, Diary(api, victim.me))
        created = await bundle_of(there)
        zipped = await download(there, created, tmp_path / "bundle.zip")
    verify_bundle(zipped, created.key)

    keys = json.loads(members(zipped)["log/keys.json"])
    keys["keys"][0]["note"] = "added"
    spaced = json.dumps(json.loads(members(zipped)["log/keys.json"]), indent=1).encode()
    for changed in (canonical_json(keys), spaced):
        forged = rewrite(zipped, tmp_path / "forged.zip", {"log/keys.json": changed})
        with pytest.raises(BundleInvalid) as caught:
            verify_bundle(forged, created.key)
        assert (caught.value.item, caught.value.check) == ("log/keys.json", "canonical form")

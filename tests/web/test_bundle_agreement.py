"""The browser verifier agrees with `daybook bundle verify` on a corpus.

Bundles the Python client made against the server (several sizes, a redaction,
a file of several STREAM chunks, a log-key rotation) and bad ones made from
them (byte flips at hundreds of positions spread over the file and in every
header field, truncations, insertions, members removed, swapped, duplicated or
added, forged but self-consistent bundles, another bundle's key) go through
app.client.bundle_open in-process, through the SDK in Node, and through the
built daybook-verify.html in Chromium, opened from disk with the network off,
in one page session. All three must give the same pass or fail, and the same
item and check, on every case."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app.client.api import DaybookApi
from app.client.attachments import PendingUpload, upload
from app.client.bundle_export import Redaction, Selection
from app.client.bundle_open import BundleInvalid, verify_bundle
from app.client.diary import Diary
from app.client.incident_fields import with_attachments
from app.config import Settings
from app.evidence.publish import publish_checkpoint
from app.protocol.bundle import BundleKey
from app.protocol.cosignature import CosignatureVerifier
from app.protocol.printable_key import parse_key
from dev import node_environment
from tests.attachments.conftest import random_file
from tests.bundles.flow import bundle_of, download, write_entries
from tests.conftest import BASE_URL
from tests.evidence.log import log_signer, rotate
from tests.evidence.test_timestamps import WITNESS, cosign_now
from tests.web.bundle_corpus import Case, Corpus, Mutation, header_positions, spread, structural
from tests.writers import Writer, incident

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
SDK = WEB / "sdk"
VERIFIER_HTML = ROOT / "app" / "verifier" / "daybook-verify.html"
NODE_RUNNER = SDK / "dist" / "test" / "e2e" / "verify_bundles.js"
BROWSER_RUNNER = WEB / "verifier" / "scripts" / "agree.mjs"
CHROMIUM = Path(os.environ.get("DAYBOOK_CHROMIUM", "/usr/bin/chromium"))
FLIPS = 300

Outcome = tuple[bool, str | None, str | None]


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """A witness the log accepts cosignatures from (and no TSA: see the report's limits)."""
    return Settings(**{**settings.model_dump(), "witnesses": [WITNESS.verifier().vkey()]})


def python_outcome(path: Path, case: Case) -> Outcome:
    witnesses = [CosignatureVerifier.from_vkey(w) for w in case.witnesses]
    try:
        verify_bundle(path, BundleKey(parse_key(case.key, "bundle key")), witnesses=witnesses)
    except BundleInvalid as exc:
        return False, exc.item, exc.check
    return True, None, None


def wire_outcome(result: dict[str, Any]) -> Outcome:
    return bool(result["ok"]), result["item"], result["check"]


async def good_bundles(victim: Writer, work: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, printable key)."""
    made = {}
    await write_entries(victim, work, 1, files_every=5, edits_every=5)
    created = await bundle_of(victim)
    made["small"] = (await download(victim, created, work / "small.zip"), created.printable_key)
    await write_entries(victim, work, 5, files_every=2, edits_every=2)
    created = await bundle_of(victim)
    made["medium"] = (await download(victim, created, work / "medium.zip"), created.printable_key)
    created = await bundle_of(victim, redaction=Redaction(fields=frozenset({"description"})))
    made["redacted"] = (
        await download(victim, created, work / "redacted.zip"),
        created.printable_key,
    )
    return made


async def chunked_bundle(victim: Writer, work: Path) -> tuple[Path, str]:
    """A file of three STREAM chunks, so that a flip's effect depends on the chunk."""
    path = random_file(work / "long.bin", 2 * 1024 * 1024 + 5000)
    reference = await upload(victim.api, PendingUpload.plan(path))
    written = await victim.diary.add(with_attachments(incident("With a long file"), [reference]))
    created = await bundle_of(victim, Selection(entry_ids=(written.entry_id,)))
    return await download(victim, created, work / "chunked.zip"), created.printable_key


async def rotated_bundle(
    application: FastAPI, rotated: FastAPI, victim: Writer, work: Path
) -> tuple[Path, str]:
    await rotate(application, log_signer(rotated))
    transport = httpx.ASGITransport(app=rotated)
    async with DaybookApi(BASE_URL, tokens=victim.api.tokens, transport=transport) as api:
        there = Writer(api, victim.me, Diary(api, victim.me))
        await write_entries(there, work, 2, files_every=2, edits_every=2)
        created = await bundle_of(there)
        return await download(there, created, work / "rotated.zip"), created.printable_key


async def witnessed_bundle(
    application: FastAPI, http: httpx.AsyncClient, victim: Writer, work: Path
) -> tuple[Path, str]:
    """The log's newest checkpoint kept and cosigned by a witness the officer names."""
    await write_entries(victim, work, 1, files_every=5, edits_every=5)
    await publish_checkpoint(application.state.daybook)
    head = (await http.get("/v1/log/checkpoint")).text
    assert (await http.post("/v1/log/cosignatures", content=cosign_now(head))).status_code == 200
    created = await bundle_of(victim)
    return await download(victim, created, work / "witnessed.zip"), created.printable_key


def build_corpus(good: dict[str, tuple[Path, str]], work: Path) -> Corpus:
    corpus = Corpus()
    for label, (path, key) in good.items():
        data = path.read_bytes()
        base = corpus.add_base(data)
        if label == "witnessed":
            named = (WITNESS.verifier().vkey(),)
            corpus.cases.append(Case(f"{label}.zip", base, key, witnesses=named))
            positions = spread(len(data), 30)
            corpus.cases += [
                Case(f"witnessed-flip-{at}.zip", base, key, Mutation("flip", at), named)
                for at in positions
            ]
            continue
        corpus.cases.append(Case(f"{label}.zip", base, key))
        if label == "medium":
            positions = sorted(set(spread(len(data), FLIPS)) | set(header_positions(data)))
            corpus.cases += [
                Case(f"flip-{at}.zip", base, key, Mutation("flip", at)) for at in positions
            ]
            cuts = [1, 21, 22, 100, len(data) // 2, len(data) - 98, len(data) - 22, len(data) - 1]
            corpus.cases += [Case(f"cut-{n}.zip", base, key, Mutation("truncate", n)) for n in cuts]
            inserts = [0, 30, len(data) // 3, len(data) // 2, len(data) - 60, len(data)]
            corpus.cases += [
                Case(f"insert-{n}.zip", base, key, Mutation("insert", n)) for n in inserts
            ]
            other_key = good["small"][1]
            corpus.cases.append(Case("another-bundles-key.zip", base, other_key))
            for name, made in structural(path, work).items():
                corpus.cases.append(Case(f"{name}.zip", corpus.add_base(made.read_bytes()), key))
        if label == "chunked":
            positions = spread(len(data), 40)
            corpus.cases += [
                Case(f"chunked-flip-{at}.zip", base, key, Mutation("flip", at)) for at in positions
            ]
    return corpus


def node_outcomes(corpus: Corpus, paths: list[Path], work: Path) -> list[Outcome]:
    env = node_environment()
    node = shutil.which("node", path=env["PATH"])
    tsc = WEB / "node_modules" / "typescript" / "bin" / "tsc"
    assert node is not None and tsc.exists(), "run `python3 dev.py test`: it runs npm ci in web/"
    subprocess.run([node, str(tsc), "-p", str(SDK / "tsconfig.json")], check=True, env=env)  # noqa: S603
    listing = work / "cases.json"
    listing.write_text(
        json.dumps(
            [
                {"path": str(p), "key": c.key, "name": c.name, "witnesses": list(c.witnesses)}
                for p, c in zip(paths, corpus.cases, strict=True)
            ]
        )
    )
    ran = subprocess.run(  # noqa: S603
        [node, str(NODE_RUNNER), str(listing)], check=True, env=env, capture_output=True
    )
    return [wire_outcome(r) for r in json.loads(ran.stdout)]


def browser_outcomes(
    corpus: Corpus, work: Path, officer: list[dict[str, str]]
) -> tuple[list[Outcome], list[dict[str, Any]]]:
    env = node_environment()
    node = shutil.which("node", path=env["PATH"])
    assert node is not None
    given = work / "browser.json"
    given.write_text(
        json.dumps(
            {
                "html": str(VERIFIER_HTML),
                "bases": [base64.b64encode(b).decode() for b in corpus.bases],
                "cases": [c.wire() for c in corpus.cases],
                "officer": officer,
            }
        )
    )
    ran = subprocess.run(  # noqa: S603
        [node, str(BROWSER_RUNNER), str(given)],
        check=True,
        env=env,
        capture_output=True,
        cwd=WEB / "verifier",
        timeout=900,
    )
    answer = json.loads(ran.stdout)
    assert answer["requested"] == [], "the page asked for something outside the file"
    assert answer["violations"] == [], answer["violations"]
    return [wire_outcome(r) for r in answer["results"]], answer["officer"]


def disagreements(
    corpus: Corpus, expected: list[Outcome], found: list[Outcome]
) -> list[tuple[str, Outcome, Outcome]]:
    return [
        (case.name, want, got)
        for case, want, got in zip(corpus.cases, expected, found, strict=True)
        if want != got
    ]


def chromium_or_skip() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("DAYBOOK_REQUIRE_BROWSER") == "1":
            pytest.fail(f"DAYBOOK_REQUIRE_BROWSER=1 but {CHROMIUM} is missing")
        pytest.skip(
            f"!!! BROWSER VERIFIER NOT CHECKED: {CHROMIUM} is missing "
            "(apt-get install chromium; CI sets DAYBOOK_REQUIRE_BROWSER=1) !!!"
        )


async def test_the_sdk_and_the_browser_agree_with_the_python_verifier(
    application: FastAPI,
    rotated: FastAPI,
    http: httpx.AsyncClient,
    victim: Writer,
    tmp_path: Path,
) -> None:
    work = tmp_path / "corpus"
    work.mkdir()
    good = await good_bundles(victim, work)
    good["chunked"] = await chunked_bundle(victim, work)
    good["witnessed"] = await witnessed_bundle(application, http, victim, work)
    good["rotated"] = await rotated_bundle(application, rotated, victim, work)
    corpus = build_corpus(good, work)
    witnessed, witnessed_key = good["witnessed"]
    opened = verify_bundle(
        witnessed,
        BundleKey(parse_key(witnessed_key, "bundle key")),
        witnesses=[WITNESS.verifier()],
    )
    sources = [s for i in opened.pack.incidents for v in i.versions for s in v.time_sources]
    assert "witness" in {s.kind for s in sources}, "the witnessed bundle carries no cosignature"
    cases = work / "cases"
    cases.mkdir()
    paths = corpus.write(cases)

    expected = [python_outcome(p, c) for p, c in zip(paths, corpus.cases, strict=True)]
    # The corpus is what it claims: the good bundles pass, every mutation fails.
    assert [c.name for c, e in zip(corpus.cases, expected, strict=True) if e[0]] == [
        f"{label}.zip" for label in good
    ]
    assert len(corpus.cases) > FLIPS
    # It reaches every layer: the container, the members, the signatures, the order.
    checks = Counter(check for _, _, check in expected)
    print("\nbundle corpus outcomes:", dict(checks))
    layers = {"ZIP structure", "ZIP CRC-32 and header", "canonical ZIP layout", "bundle key"}
    assert layers <= set(checks)

    assert disagreements(corpus, expected, node_outcomes(corpus, paths, work)) == []
    chromium_or_skip()
    medium, key = good["medium"]
    flipped = next(p for p in paths if p.name.startswith("flip-"))
    officer = [{"path": str(medium), "key": key}, {"path": str(flipped), "key": key}]
    found, seen = browser_outcomes(corpus, work, officer)
    assert disagreements(corpus, expected, found) == []
    # The page itself, used as an officer uses it: the result first, then the report.
    passed, failed = seen
    assert passed["result"] == "pass" and passed["text"].startswith("VERIFIED")
    assert passed["incidents"] == 6 and passed["thumbnails"] >= 1
    assert {"SHA256SUMS", "verification.txt"} <= set(passed["saves"])
    assert failed["result"] == "fail" and failed["text"].startswith("NOT VERIFIED")

"""The browser verifier agrees with `daybook bundle verify` on a corpus.

Bundles the Python client made against the server (several sizes, a redaction,
a file of several STREAM chunks, a log-key rotation, RFC 3161 time-stamps from
a local TSA, checked against the chain the bundle carries and against roots the
officer gives, and a witness's cosignature) and bad ones made from
them (byte flips at hundreds of positions spread over the file and in every
header field, truncations, insertions, members removed, swapped, duplicated or
added, forged but self-consistent bundles, another bundle's key) go through
app.client.bundle_open in-process, through the SDK in Node, and through the
built daybook-verify.html in Chromium, opened from disk with the network off,
in one page session. All three must give the same pass or fail, and the same
item and check, on every case."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
import segno
from fastapi import FastAPI
from rfc3161_client import decode_timestamp_response

from app.client.api import DaybookApi
from app.client.attachments import PendingUpload, upload
from app.client.bundle_export import Redaction, Selection
from app.client.bundle_open import BundleInvalid, verify_bundle
from app.client.diary import Diary
from app.client.incident_fields import with_attachments
from app.config import Settings
from app.evidence.publish import publish_checkpoint
from app.protocol.bundle import BundleKey
from app.protocol.bundle_layout import MANIFEST, TSA_CERTIFICATES
from app.protocol.commitment import canonical_json
from app.protocol.cosignature import CosignatureVerifier
from app.protocol.encoding import b64decode, b64encode
from app.protocol.printable_key import parse_key
from app.protocol.signed_note import Verifier
from app.protocol.timestamp import (
    TsaTrust,
    canonical_pem,
    timestamp_request,
    timestamped_note,
)
from dev import node_environment
from tests.attachments.conftest import random_file
from tests.bundles.flow import bundle_of, download, write_entries
from tests.bundles.rezip import members, rewrite
from tests.conftest import BASE_URL, create_tables
from tests.evidence.log import log_signer, rotate
from tests.evidence.test_timestamps import WITNESS, cosign_now
from tests.evidence.tsa import LocalTsa, Signer, with_tsa
from tests.web.bundle_corpus import (
    Case,
    Corpus,
    Mutation,
    casework_forgeries,
    header_positions,
    spread,
    structural,
)
from tests.writers import Writer, incident

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
SDK = WEB / "sdk"
VERIFIER_HTML = ROOT / "app" / "verifier" / "daybook-verify.html"
NODE_RUNNER = SDK / "dist" / "test" / "e2e" / "verify_bundles.js"
BROWSER_RUNNER = WEB / "verifier" / "scripts" / "agree.mjs"
FIREFOX_RUNNER = WEB / "verifier" / "scripts" / "agree_firefox.mjs"
CHROMIUM = Path(os.environ.get("DAYBOOK_CHROMIUM", "/usr/bin/chromium"))
FIREFOX = Path(os.environ.get("DAYBOOK_FIREFOX", "/usr/bin/firefox-esr"))
FLIPS = 300
OWN_ROOTS = "timestamped-own-roots.zip"  # the good time-stamped bundle, the TSA root given

Outcome = tuple[bool, str | None, str | None]


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite only: the verifiers read files, so the server's database changes
    nothing here, and the corpus is the suite's longest test."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'daybook.sqlite3'}"
    asyncio.run(create_tables(url))
    return url


@pytest.fixture
def settings(settings: Settings, local_tsa: LocalTsa) -> Settings:
    """A witness the log accepts cosignatures from, and the local TSA: every bundle
    carries its chain, and each kept checkpoint its token."""
    return with_tsa(settings, local_tsa, witnesses=[WITNESS.verifier().vkey()])


def python_outcome(path: Path, case: Case) -> Outcome:
    witnesses = [CosignatureVerifier.from_vkey(w) for w in case.witnesses]
    roots = TsaTrust.from_pem(case.tsa_roots.encode()) if case.tsa_roots else None
    try:
        verify_bundle(
            path,
            BundleKey(parse_key(case.key, "bundle key")),
            tsa_roots=roots,
            witnesses=witnesses,
        )
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


async def timestamped_bundle(application: FastAPI, victim: Writer, work: Path) -> tuple[Path, str]:
    """The log's newest checkpoint kept and time-stamped by the local TSA."""
    await write_entries(victim, work, 2, files_every=2, edits_every=2)
    published = await publish_checkpoint(application.state.daybook)
    assert published.timestamped is not None, "the local TSA did not time-stamp the checkpoint"
    created = await bundle_of(victim)
    return await download(victim, created, work / "timestamped.zip"), created.printable_key


def token(tsa: LocalTsa, message: bytes, signer: Signer | None = None) -> bytes:
    """A token of the local TSA (or of the rogue one, `signer`) over `message`."""
    tsa.signer = signer
    try:
        reply = tsa.reply(timestamp_request(message).as_bytes())
    finally:
        tsa.signer = None
    return decode_timestamp_response(reply).time_stamp_token()


def forged_timestamps(source: Path, work: Path, tsa: LocalTsa) -> dict[str, Path]:
    """The time-stamped bundle with its kept checkpoint's token, or the TSA chain
    it carries, replaced, and the manifest and ZIP made whole: only the token's
    own check can catch each."""
    found = members(source)
    kept = next(n for n in found if n.startswith("log/checkpoints/"))
    with zipfile.ZipFile(source) as archive:
        log_key = Verifier.from_vkey(json.loads(archive.read(MANIFEST))["log_key"])
    document = json.loads(found[kept])
    note = timestamped_note(document["note"], log_key)
    genuine = b64decode(document["timestamps"][0]["token"])

    def with_token(label: str, new: bytes) -> Path:
        stamps = [{**document["timestamps"][0], "token": b64encode(new)}]
        changed = canonical_json({**document, "timestamps": stamps})
        return rewrite(source, work / f"{label}.zip", {kept: changed})

    flipped = bytearray(genuine)
    flipped[-1] ^= 1
    rogue_chain = canonical_pem(tsa.pki.rogue_ca_pem.read_bytes())
    return {
        "timestamp-by-another-tsa": with_token("a", token(tsa, note, tsa.pki.rogue)),
        "timestamp-of-another-note": with_token("b", token(tsa, note + b"\n")),
        "timestamp-signature-flipped": with_token("c", bytes(flipped)),
        "timestamp-chain-of-another-tsa": rewrite(
            source, work / "d.zip", {TSA_CERTIFICATES: rogue_chain}
        ),
    }


def build_corpus(good: dict[str, tuple[Path, str]], work: Path, tsa: LocalTsa) -> Corpus:
    corpus = Corpus()
    for label, (path, key) in good.items():
        data = path.read_bytes()
        base = corpus.add_base(data)
        if label == "timestamped":
            corpus.cases.append(Case(f"{label}.zip", base, key))
            own = tsa.pki.ca_pem.read_text()
            corpus.cases.append(Case(OWN_ROOTS, base, key, tsa_roots=own))
            rogue = tsa.pki.rogue_ca_pem.read_text()
            corpus.cases.append(Case("timestamped-other-roots.zip", base, key, tsa_roots=rogue))
            corpus.cases += [
                Case(f"timestamped-flip-{at}.zip", base, key, Mutation("flip", at))
                for at in spread(len(data), 30)
            ]
            for name, made in forged_timestamps(path, work, tsa).items():
                corpus.cases.append(Case(f"{name}.zip", corpus.add_base(made.read_bytes()), key))
            continue
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
            forged = {
                **structural(path, work),
                **casework_forgeries(path, BundleKey(parse_key(key, "bundle key")), work),
            }
            for name, made in forged.items():
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
                {
                    "path": str(p),
                    "key": c.key,
                    "name": c.name,
                    "witnesses": list(c.witnesses),
                    "tsaRoots": c.tsa_roots,
                }
                for p, c in zip(paths, corpus.cases, strict=True)
            ]
        )
    )
    ran = subprocess.run(  # noqa: S603
        [node, str(NODE_RUNNER), str(listing)], check=True, env=env, capture_output=True
    )
    return [wire_outcome(r) for r in json.loads(ran.stdout)]


def run_page(runner: Path, corpus: Corpus, work: Path, officer: list[dict[str, str]]) -> Any:
    """The corpus through daybook-verify.html in one browser session (`runner`)."""
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
        [node, "--experimental-websocket", str(runner), str(given)],
        check=True,
        env=env,
        capture_output=True,
        cwd=WEB / "verifier",
        timeout=900,
    )
    answer = json.loads(ran.stdout)
    assert answer["requested"] == [], "the page asked for something outside the file"
    assert answer["violations"] == [], answer["violations"]
    return answer


def browser_outcomes(
    corpus: Corpus, work: Path, officer: list[dict[str, str]]
) -> tuple[list[Outcome], list[dict[str, Any]]]:
    answer = run_page(BROWSER_RUNNER, corpus, work, officer)
    return [wire_outcome(r) for r in answer["results"]], answer["officer"]


def firefox_outcomes(corpus: Corpus, work: Path) -> list[Outcome]:
    """The same corpus in Debian's Firefox ESR (web/verifier/scripts/agree_firefox.mjs
    says why it is driven over WebDriver BiDi and not through Playwright)."""
    answer = run_page(FIREFOX_RUNNER, corpus, work, [])
    print("\nfirefox:", answer["version"])
    return [wire_outcome(r) for r in answer["results"]]


def disagreements(
    corpus: Corpus, expected: list[Outcome], found: list[Outcome]
) -> list[tuple[str, Outcome, Outcome]]:
    return [
        (case.name, want, got)
        for case, want, got in zip(corpus.cases, expected, found, strict=True)
        if want != got
    ]


def firefox_or_skip() -> None:
    if not FIREFOX.exists():
        if os.environ.get("DAYBOOK_REQUIRE_FIREFOX") == "1":
            pytest.fail(f"DAYBOOK_REQUIRE_FIREFOX=1 but {FIREFOX} is missing")
        pytest.skip(
            f"!!! BROWSER VERIFIER NOT CHECKED IN FIREFOX: {FIREFOX} is missing "
            "(apt-get install firefox-esr; CI sets DAYBOOK_REQUIRE_FIREFOX=1) !!!"
        )


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
    local_tsa: LocalTsa,
    tmp_path: Path,
) -> None:
    work = tmp_path / "corpus"
    work.mkdir()
    good = await good_bundles(victim, work)
    good["chunked"] = await chunked_bundle(victim, work)
    good["witnessed"] = await witnessed_bundle(application, http, victim, work)
    good["timestamped"] = await timestamped_bundle(application, victim, work)
    good["rotated"] = await rotated_bundle(application, rotated, victim, work)
    corpus = build_corpus(good, work, local_tsa)
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
    passing = [c.name for c, e in zip(corpus.cases, expected, strict=True) if e[0]]
    assert sorted(passing) == sorted([f"{label}.zip" for label in good] + [OWN_ROOTS])
    assert len(corpus.cases) > FLIPS
    # It reaches every layer: the container, the members, the signatures, the order.
    checks = Counter(check for _, _, check in expected)
    print("\nbundle corpus outcomes:", dict(checks))
    layers = {"ZIP structure", "ZIP CRC-32 and header", "canonical ZIP layout", "bundle key"}
    assert layers <= set(checks)
    stamped = [e for c, e in zip(corpus.cases, expected, strict=True) if "timestamp" in c.name]
    failed_stamps = [e for e in stamped if e[2] == "time-stamp"]
    assert len(failed_stamps) == 5, "each forged token, and roots of another TSA, fail the token"

    assert disagreements(corpus, expected, node_outcomes(corpus, paths, work)) == []
    chromium_or_skip()
    medium, key = good["medium"]
    flipped = next(p for p in paths if p.name.startswith("flip-"))
    stamped_zip, stamped_key = good["timestamped"]
    # The first bundle's key comes from a picture of its QR code, as the CLI draws it.
    qr = work / "key-qr.png"
    segno.make(key, error="m").save(str(qr), scale=8)
    officer = [
        {"path": str(medium), "key": key, "qr": str(qr)},
        {"path": str(flipped), "key": key},
        {"path": str(stamped_zip), "key": stamped_key, "roots": str(local_tsa.pki.ca_pem)},
    ]
    found, seen = browser_outcomes(corpus, work, officer)
    assert disagreements(corpus, expected, found) == []
    # The page itself, used as an officer uses it: the result first, then the report.
    passed, failed, with_roots = seen
    assert passed["result"] == "pass" and passed["text"].startswith("VERIFIED")
    assert passed["incidents"] == 6 and passed["thumbnails"] >= 1
    assert {"SHA256SUMS", "verification.txt"} <= set(passed["saves"])
    # An exhibit saved from the report is the file the report lists, decrypted again from the ZIP.
    saved = passed["saved"]
    assert saved is not None and saved["label"] == "Saved"
    assert saved["sha256"] == saved["listed"] and saved["name"].startswith("EX")
    assert failed["result"] == "fail" and failed["text"].startswith("NOT VERIFIED")
    # The TSA roots the officer picks: the tokens verify against them and show as times.
    assert with_roots["result"] == "pass", with_roots["text"]
    assert with_roots["stamps"] >= 1

    firefox_or_skip()
    assert disagreements(corpus, expected, firefox_outcomes(corpus, work)) == []

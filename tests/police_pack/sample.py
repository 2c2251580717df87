"""A realistic, entirely made-up police pack for the renderer tests.

Twelve incidents over six weeks of spring 2025, across the UK clock change and
one trip abroad: several behaviours, amended entries, withheld fields, a
withheld exhibit, every kind of time source, and a description that is hostile
to HTML and PDF markup alike.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from app.client.police_pack.model import (
    Check,
    Exhibit,
    ExhibitMetadata,
    Incident,
    PolicePack,
    TimeSource,
    Version,
)

HOSTILE = '<script>alert(1)</script> & "quotes"'
NON_LATIN = "Zoë \N{EN DASH} Ёлка 東京"
BUNDLE_ID = uuid.UUID("5d1e0c8a-7b1f-4e0a-9a43-2f6c1d9e8b70")
_NAMESPACE = uuid.UUID("0f7d52a4-3c1b-4d7e-8f60-1a2b3c4d5e6f")
_PERPETRATOR = {"known": True, "name": "Daniel Hart", "relationship": "ex-partner"}

_LONG_DESCRIPTION = "\n\n".join(
    [
        "I was walking back from the Red Lion with two friends from work at about quarter to"
        " eleven. Daniel was standing by the bus shelter on the corner of Mill Lane, where he"
        " has waited before. He stepped in front of me and grabbed my left arm above the"
        " elbow, hard enough that it left bruises I photographed the next morning.",
        "He said that I had no right to 'parade around' and that he knew exactly which friends"
        " I had been with and what time my train would be tomorrow. He repeated my new"
        " address back to me, which I have not given to anyone except my sister and my"
        " employer. " * 3,
        "My friend Priya told him to let go and he pushed her away. He then walked off towards"
        " the station. We waited in the pub doorway for about ten minutes because we were"
        " afraid he would come back. " * 4,
        "I called 999 from the doorway. Officers arrived about twenty minutes later and took"
        " a first account from me and from Priya. I did not sleep that night and I have"
        " asked my manager to let me work from home for the rest of the month. " * 3,
    ]
)


@dataclass(frozen=True)
class _File:
    name: str
    media_type: str
    size: int
    captured_at: str | None = None
    withheld: bool = False
    stripped: bool = False


@dataclass(frozen=True)
class _Spec:
    start: str
    zone: str
    fields: dict[str, Any]
    written_after: dt.timedelta = dt.timedelta(minutes=40)
    withheld: tuple[str, ...] = ()
    edits: tuple[dict[str, Any], ...] = ()
    files: tuple[_File, ...] = field(default=())


_SPECS = (
    _Spec(
        "2025-03-03T08:15:00",
        "Europe/London",
        {
            "location": {"description": "Bus stop on Elm Road, outside the bakery"},
            "description": "Daniel followed me from the bus stop to the office door, about"
            " twenty metres behind me the whole way. He did not say anything.",
            "behaviours": ["following"],
            "perpetrator": _PERPETRATOR,
            "impact": {"fear_of_violence": False, "alarm_or_distress": True},
        },
        edits=(
            {
                "description": "Daniel followed me from the bus stop to the office door, about"
                " ten metres behind me the whole way. He did not say anything, but he"
                " smiled when I looked back.",
                "impact": {"fear_of_violence": True, "alarm_or_distress": True},
            },
        ),
    ),
    _Spec(
        "2025-03-05T21:40:00",
        "Europe/London",
        {
            "description": "Fourteen missed calls from a withheld number between 21:40 and"
            " 23:10, then a text from Daniel's number saying 'pick up'.",
            "behaviours": ["contacting"],
            "perpetrator": _PERPETRATOR,
        },
        written_after=dt.timedelta(hours=2),
        edits=({"report": {"reported": True, "to": "National Stalking Helpline"}},),
        files=(_File("call log 5 March.png", "image/png", 412_882, "2025-03-05T23:14:09+00:00"),),
    ),
    _Spec(
        "2025-03-08T13:00:00",
        "Europe/London",
        {
            "occurred_end": "2025-03-08T14:30:00",
            "location": {
                "description": "Opposite my flat, 4 Harbour Row",
                "coordinates": {"latitude": 51.45123, "longitude": -2.59771, "accuracy_m": 12},
            },
            "description": "His car (silver Astra) was parked opposite my flat for an hour and a"
            " half. He sat in it watching my windows.",
            "behaviours": ["loitering", "watching_or_spying"],
            "perpetrator": {**_PERPETRATOR, "description": "Silver Vauxhall Astra, grey hoodie"},
            "witnesses": [{"name": "Mrs Okafor, the neighbour at number 6"}],
        },
        withheld=("witnesses",),
        files=(
            _File(
                "astra outside.jpg",
                "image/jpeg",
                2_345_678,
                "2025-03-08T13:22:41+00:00",
                stripped=True,
            ),
        ),
    ),
    _Spec(
        "2025-03-11T19:05:00",
        "Europe/London",
        {
            "description": "Daniel messaged me about a conversation I had only had by email with"
            " my sister. I then saw a login to my email from a device I do not own.",
            "behaviours": ["monitoring_communications", "other"],
            "behaviour_other": "Logged into my email account without permission",
            "perpetrator": _PERPETRATOR,
            "impact": {"changes_to_daily_life": "Changed every password; new phone."},
        },
        written_after=dt.timedelta(days=1, hours=2),
    ),
    _Spec(
        "2025-03-14T23:20:00",
        "Europe/London",
        {
            "description": f"He posted this on a public page under my name: {HOSTILE}.\n"
            f"The page title was {NON_LATIN} and it showed photos of my flat.",
            "behaviours": ["publishing"],
            "perpetrator": _PERPETRATOR,
        },
        files=(
            _File("public page.png", "image/png", 1_087_221, "2025-03-14T23:31:00+00:00"),
            _File("screen recording.mp4", "video/mp4", 48_331_902, withheld=True),
        ),
    ),
    _Spec(
        "2025-03-18T07:50:00",
        "Europe/London",
        {
            "location": {"description": "Residents' car park, Harbour Row"},
            "description": "All four tyres of my car had been let down overnight.",
            "behaviours": ["interfering_with_property"],
            "impact": {"cost": {"amount": 85, "currency": "GBP"}},
        },
        withheld=("location",),
        edits=(
            {"perpetrator": {**_PERPETRATOR, "description": "Seen on the CCTV at 02:10"}},
            {
                "report": {
                    "reported": True,
                    "to": "Avon and Somerset Police",
                    "police_reference": "AS-20250318-0412",
                    "reported_at": "2025-03-19T10:00:00+00:00",
                }
            },
        ),
    ),
    _Spec(
        "2025-03-23T20:30:00",
        "Europe/London",
        {
            "description": "Voicemail from Daniel: 'You will regret going to the police.'",
            "behaviours": ["threats", "contacting"],
            "perpetrator": _PERPETRATOR,
            "impact": {"fear_of_violence": True, "alarm_or_distress": True},
        },
        files=(_File("voicemail 23 March.m4a", "audio/mp4", 301_554),),
    ),
    _Spec(
        "2025-03-27T18:30:00",
        "Europe/Paris",
        {
            "location": {
                "description": "Lobby of my hotel, Rue de Rivoli, Paris (work trip)",
                "coordinates": {"latitude": 48.85934, "longitude": 2.34121},
            },
            "description": "Daniel was in the hotel lobby in Paris when I came back from the"
            " conference. Only my employer knew where I was staying.",
            "behaviours": ["following", "loitering"],
            "perpetrator": _PERPETRATOR,
        },
    ),
    _Spec(
        "2025-03-31T08:10:00",
        "Europe/London",
        {
            "description": "Six emails overnight from three new addresses, all signed 'D'.",
            "behaviours": ["contacting"],
        },
        written_after=dt.timedelta(minutes=5),
    ),
    _Spec(
        "2025-04-05T22:45:00",
        "Europe/London",
        {
            "location": {"description": "Corner of Mill Lane, outside the Red Lion"},
            "description": _LONG_DESCRIPTION,
            "behaviours": ["violence", "threats", "watching_or_spying"],
            "perpetrator": _PERPETRATOR,
            "witnesses": [
                {
                    "name": "Priya Shah",
                    "contact": "07700 900123",
                    "statement": "I saw him grab her arm and told him to let go.",
                },
                {"name": "Tom (colleague)"},
            ],
            "impact": {
                "fear_of_violence": True,
                "alarm_or_distress": True,
                "changes_to_daily_life": "Working from home; a friend walks me home.",
            },
            "report": {"reported": True, "to": "Avon and Somerset Police"},
        },
        written_after=dt.timedelta(hours=14),
        edits=(
            {
                "report": {
                    "reported": True,
                    "to": "Avon and Somerset Police",
                    "police_reference": "AS-20250405-1187",
                }
            },
        ),
        files=(
            _File("bruises left arm.jpg", "image/jpeg", 3_102_455, "2025-04-06T09:12:03+01:00"),
        ),
    ),
    _Spec(
        "2025-04-09T12:00:00",
        "Europe/London",
        {
            "location": {"description": "The park near my new office"},
            "description": "He sat on a bench facing the office entrance through lunch.",
            "behaviours": ["watching_or_spying"],
            "perpetrator": _PERPETRATOR,
        },
        withheld=("location", "perpetrator"),
    ),
    _Spec(
        "2025-04-13T16:20:00",
        "Europe/London",
        {
            "description": "A handwritten letter pushed through my door: 'I know where you are"
            " now. This isn't over.'",
            "behaviours": ["contacting", "threats"],
            "perpetrator": _PERPETRATOR,
            "impact": {"fear_of_violence": True},
        },
        files=(_File("letter.jpg", "image/jpeg", 1_980_004, "2025-04-13T16:31:55+01:00"),),
    ),
)


def sample_pack() -> PolicePack:
    counter = iter(range(10_000))
    incidents = tuple(_incident(number, spec, counter) for number, spec in enumerate(_SPECS, 1))
    return PolicePack(
        bundle_id=BUNDLE_ID,
        sealed_at=dt.datetime(2025, 4, 14, 9, 30, 12, tzinfo=dt.UTC),
        owner_id=uuid.uuid5(_NAMESPACE, "owner"),
        owner_fingerprint="3F2A 9C41 07BD E5A2 6C19 D0F4 88E1 2B7C 51A0 9E3D",
        log_origin="log.daybook.example/evidence",
        checkpoint_size=4_812,
        checkpoint_root=base64.b64encode(_digest("root")).decode(),
        opened_at=dt.datetime(2025, 4, 16, 14, 2, 47, tzinfo=dt.UTC),
        incidents=incidents,
        checks=_checks(incidents),
    )


def _digest(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()


def _local(text: str, zone: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def _incident(number: int, spec: _Spec, counter: Iterator[int]) -> Incident:
    start = _local(spec.start, spec.zone)
    references = [_reference(number, index, file) for index, file in enumerate(spec.files)]
    base = _base_fields(spec, start, references)
    versions = []
    fields = base
    for index, edit in enumerate(({}, *spec.edits)):
        recorded = start + spec.written_after + dt.timedelta(days=2 * index)
        fields = {**fields, **edit, "recorded_at": recorded.astimezone(dt.UTC).isoformat()}
        versions.append(_version(index + 1, fields, spec.withheld, recorded, next(counter)))
    exhibits = tuple(
        _exhibit(number, index, file, reference)
        for index, (file, reference) in enumerate(zip(spec.files, references, strict=True))
    )
    entry_id = uuid.uuid5(_NAMESPACE, f"entry {number}")
    return Incident(number, entry_id, tuple(versions), exhibits)


def _base_fields(
    spec: _Spec, start: dt.datetime, references: list[dict[str, Any]]
) -> dict[str, Any]:
    extra = dict(spec.fields)
    occurred = {"start": start.isoformat(), "time_zone": spec.zone}
    end = extra.pop("occurred_end", None)
    if end is not None:
        occurred["end"] = _local(end, spec.zone).isoformat()
    fields: dict[str, Any] = {"schema_version": 1, "occurred": occurred, **extra}
    if references:
        fields["attachments"] = references
    return fields


def _version(
    number: int,
    fields: dict[str, Any],
    withheld: tuple[str, ...],
    recorded: dt.datetime,
    leaf: int,
) -> Version:
    received = recorded + dt.timedelta(seconds=7 + leaf)
    return Version(
        version=number,
        fields={name: value for name, value in fields.items() if name not in withheld},
        withheld=withheld,
        received_at=received,
        leaf_index=leaf * 3 + 17,
        commitment_sha256=_digest(f"commitment {leaf}").hex(),
        time_sources=_time_sources(received, leaf),
    )


def _time_sources(received: dt.datetime, leaf: int) -> tuple[TimeSource, ...]:
    checkpoint = f"checkpoint size {leaf * 3 + 18}"
    return (
        TimeSource("server", "Daybook server", received, "received_at"),
        TimeSource(
            "tsa",
            "Example TSA",
            received + dt.timedelta(minutes=2),
            f"RFC 3161 token over {checkpoint}, serial {1000 + leaf}",
        ),
        TimeSource(
            "witness",
            "witness.example/w1",
            received + dt.timedelta(minutes=5),
            f"cosigned {checkpoint}",
        ),
    )


def _reference(number: int, index: int, file: _File) -> dict[str, Any]:
    seed = f"{number}/{index}"
    reference: dict[str, Any] = {
        "attachment_id": str(uuid.uuid5(_NAMESPACE, seed)),
        "file_name": file.name,
        "media_type": file.media_type,
        "size": file.size,
        "sha256": _digest(seed).hex(),
        "key": base64.urlsafe_b64encode(_digest(f"key {seed}")).decode().rstrip("="),
        "nonce_prefix": "AAECAwQFBg",
        "ciphertext_sha256": base64.urlsafe_b64encode(_digest(f"ct {seed}")).decode().rstrip("="),
    }
    if file.captured_at is not None:
        reference["captured_at"] = file.captured_at
    return reference


def _exhibit(number: int, index: int, file: _File, reference: dict[str, Any]) -> Exhibit:
    label = f"EX-{number:02d}-{index + 1}"
    metadata = ExhibitMetadata("stripped", reference["sha256"]) if file.stripped else None
    return Exhibit(
        reference=label,
        file_name=file.name,
        media_type=file.media_type,
        size=file.size - 1_812 if file.stripped else file.size,
        sha256=_digest(f"stripped {label}").hex() if file.stripped else reference["sha256"],
        pack_path=None if file.withheld else f"exhibits/{label} {file.name}",
        captured_at=file.captured_at,
        entry_number=number,
        metadata=metadata or ExhibitMetadata(),
    )


def _checks(incidents: tuple[Incident, ...]) -> tuple[Check, ...]:
    checks = [
        Check("Bundle manifest", "signed by the victim's key 3F2A 9C41 ... 9E3D"),
        Check("Log checkpoint", "signed by the log's key; cosigned by witness.example/w1"),
        Check("Log checkpoint", "RFC 3161 time-stamp token from Example TSA"),
    ]
    for incident in incidents:
        for version in incident.versions:
            item = f"Incident {incident.number}, version {version.version}"
            checks += [
                Check(item, "signature and field commitments match the disclosed fields"),
                Check(item, f"included in the log at leaf {version.leaf_index}"),
            ]
        checks += [_exhibit_check(exhibit) for exhibit in incident.exhibits]
    return tuple(checks)


def _exhibit_check(exhibit: Exhibit) -> Check:
    if exhibit.withheld:
        return Check(exhibit.reference, "SHA-256 of the file", "not checked: file withheld")
    return Check(exhibit.reference, "SHA-256 of the file matches the signed entry")

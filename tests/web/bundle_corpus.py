"""A corpus of bundles for the agreement test: good ones the Python client
made against the server, and bad ones made from them (byte flips spread over
the file, truncations, insertions, members removed, swapped or duplicated, a
forged but self-consistent bundle, packages re-sealed with malformed casework
by one who holds the bundle key, another bundle's key). A case is a base
file and a mutation, so that the browser can apply the mutations itself in
one page session rather than be sent hundreds of files."""

from __future__ import annotations

import json
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.protocol import bundle, bundle_layout
from app.protocol.commitment import canonical_json
from app.protocol.encoding import b64decode, b64encode
from tests.bundles.rezip import members, rewrite, zipped

Kind = Literal["none", "flip", "truncate", "insert"]
INSERTED = 0x5A


@dataclass(frozen=True)
class Mutation:
    kind: Kind = "none"
    at: int = 0

    def apply(self, data: bytes) -> bytes:
        if self.kind == "flip":
            return data[: self.at] + bytes([data[self.at] ^ 0xFF]) + data[self.at + 1 :]
        if self.kind == "truncate":
            return data[: self.at]
        if self.kind == "insert":
            return data[: self.at] + bytes([INSERTED]) + data[self.at :]
        return data


@dataclass(frozen=True)
class Case:
    name: str  # the file's name, which names it in a failed check
    base: int
    key: str
    mutation: Mutation = Mutation()
    witnesses: tuple[str, ...] = ()  # the verifier keys the officer names
    tsa_roots: str = ""  # the PEM chain of the TSA the officer trusts (`--tsa-roots`), if any

    def wire(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "base": self.base,
            "key": self.key,
            "mutation": {"kind": self.mutation.kind, "at": self.mutation.at},
            "witnesses": "\n".join(self.witnesses),
            "tsaRoots": self.tsa_roots,
        }


@dataclass
class Corpus:
    bases: list[bytes] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)

    def add_base(self, data: bytes) -> int:
        self.bases.append(data)
        return len(self.bases) - 1

    def write(self, directory: Path) -> list[Path]:
        """Every case as a file of its own name (for the command-line verifier and Node)."""
        paths = []
        for case in self.cases:
            path = directory / case.name
            path.write_bytes(case.mutation.apply(self.bases[case.base]))
            paths.append(path)
        return paths


def spread(size: int, count: int) -> list[int]:
    """`count` positions spread evenly over a file, first and last byte included."""
    if size <= count:
        return list(range(size))
    return sorted({round(i * (size - 1) / (count - 1)) for i in range(count)})


def header_positions(data: bytes) -> list[int]:
    """A position in every field of the ZIP's headers and end records (the
    signatures, versions, flags, method, CRC, sizes, name and extra fields)."""
    found = []
    for signature in (b"PK\x03\x04", b"PK\x01\x02", b"PK\x06\x06", b"PK\x06\x07", b"PK\x05\x06"):
        start = data.find(signature)
        while start >= 0:
            found += [start + k for k in (0, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 28, 30, 34, 42)]
            start = data.find(signature, start + 4)
    return sorted({p for p in found if p < len(data)})


def duplicated(source: Path, target: Path, name: str) -> Path:
    """The bundle with `name` stored twice (listed twice too): no dict can hold it."""
    found = members(source)
    order = list(found.items())
    at = next(i for i, (n, _) in enumerate(order) if n == name)
    order.insert(at + 1, (name, found[name]))
    return zipped(source, target, order)


def structural(source: Path, work: Path) -> dict[str, Path]:
    """Bad bundles made whole by a forger: each named by what was done."""
    found = members(source)
    names = list(found)
    entry = next(n for n in names if n.startswith("entries/"))
    attachment = next((n for n in names if n.startswith("attachments/")), None)
    made: dict[str, Path] = {}

    def out(label: str) -> Path:
        return work / f"{label}.zip"

    without_entry = [n for n in names if n != entry]
    made["removed-entry"] = rewrite(source, out("removed-entry"), {}, order=without_entry)
    made["removed-readme"] = rewrite(
        source, out("removed-readme"), {}, order=[n for n in names if n != bundle_layout.README]
    )
    swapped = list(names)
    swapped[0], swapped[1] = swapped[1], swapped[0]
    made["swapped-first-two"] = rewrite(source, out("swapped-first-two"), {}, order=swapped)
    made["duplicated-entry"] = duplicated(source, out("duplicated-entry"), entry)
    # Forged: an entry member changed (its JSON re-spaced) and the manifest and ZIP made whole.
    document = json.loads(found[entry])
    made["forged-entry-spacing"] = rewrite(
        source, out("forged-entry-spacing"), {entry: json.dumps(document).encode()}
    )
    made["forged-readme"] = rewrite(
        source, out("forged-readme"), {bundle_layout.README: found[bundle_layout.README] + b"\n"}
    )
    made["forged-manifest-spacing"] = rewrite(
        source,
        out("forged-manifest-spacing"),
        {},
        manifest_bytes=lambda listing: json.dumps(listing, sort_keys=True).encode(),
    )
    made["extra-member"] = rewrite(
        source,
        out("extra-member"),
        {"log/checkpoints/999999.json": b"{}"},
    )
    if attachment is not None:
        made["removed-attachment"] = rewrite(
            source, out("removed-attachment"), {}, order=[n for n in names if n != attachment]
        )
        ciphertext = bytearray(found[attachment])
        ciphertext[len(ciphertext) // 2] ^= 1
        made["forged-attachment"] = rewrite(
            source, out("forged-attachment"), {attachment: bytes(ciphertext)}
        )
    return made


def _casework_variants(document: dict[str, Any], some_id: str) -> dict[str, bytes]:
    """The package's plaintext with the police pack's fields made wrong in each
    way the opener refuses (§25.2), and once made right."""

    def with_fields(**fields: Any) -> bytes:
        return canonical_json({**document, **fields})

    order = {"document_id": some_id, "order": {}}
    as_float = with_fields(exhibit_numbers={some_id: 7}).replace(b":7}", b":7.0}")
    assert as_float.count(b":7.0}") == 1
    return {
        "number-zero": with_fields(exhibit_numbers={some_id: 0}),
        # 7.0 is a float to Python's json, 7 to JavaScript's: the SDK must refuse it too.
        "number-float": as_float,
        "id-upper-case": with_fields(exhibit_numbers={some_id.upper(): 1}),
        "numbers-null": with_fields(exhibit_numbers=None),
        "orders-null": with_fields(orders=None),
        "order-extra-key": with_fields(orders=[{**order, "note": "x"}]),
        "order-a-list": with_fields(orders=[{**order, "order": []}]),
        # Well formed: it opens, and the entry list the victim signed then fails.
        "valid": with_fields(exhibit_numbers={some_id: 1}, orders=[order]),
    }


def casework_forgeries(source: Path, key: bundle.BundleKey, work: Path) -> dict[str, Path]:
    """The first entry's package re-sealed, with its export key, around each variant."""
    found = members(source)
    entry = next(n for n in found if n.startswith("entries/"))
    with zipfile.ZipFile(source) as archive:
        bundle_id = uuid.UUID(json.loads(archive.read(bundle_layout.MANIFEST))["bundle_id"])
    document = json.loads(found[entry])
    entry_id = uuid.UUID(document["entry_id"])
    info = bundle.entry_key_info(entry_id, bundle_id)
    export_key = bundle.unwrap_export_key(b64decode(document["wrapped_key"]), key, info)
    package = b64decode(document["package"])
    aad = bundle.PACKAGE_AAD_LABEL + bundle_id.bytes + entry_id.bytes
    plaintext = json.loads(AESGCM(export_key).decrypt(package[1:13], package[13:], aad))
    made = {}
    for label, variant in _casework_variants(plaintext, str(entry_id)).items():
        sealed = package[:13] + AESGCM(export_key).encrypt(package[1:13], variant, aad)
        member = canonical_json({**document, "package": b64encode(sealed)})
        name = f"forged-casework-{label}"
        made[name] = rewrite(source, work / f"{name}.zip", {entry: member})
    return made

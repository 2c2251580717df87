"""`daybook bundle ...`: make an evidence bundle for the police, share it, and
open or verify one (no account needed for those two)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from app.cli.common import (
    diary_of,
    err,
    fail,
    find_entry_id,
    local_time,
    out,
    plural,
    progress_bars,
    replica_path,
    with_api,
)
from app.client.incident_fields import BEHAVIOURS
from app.client.names import Named, is_uuid, resolve
from app.client.profile import Profile
from app.protocol.encoding import b64encode

# Making, checking and rendering a bundle (ZIP streaming, time-stamp tokens,
# the PDF report) are imported by the command that does it: each is slow to
# import, and no other command needs them.
if TYPE_CHECKING:
    from app.client.api import DaybookApi
    from app.client.bundle_export import CreatedBundle
    from app.client.bundle_open import BundleInvalid
    from app.client.diary import Diary, Replica
    from app.protocol.bundle import BundleKey
    from app.protocol.cosignature import CosignatureVerifier
    from app.protocol.timestamp import TsaTrust

KEY_ENV = "DAYBOOK_BUNDLE_KEY"

bundle_app = typer.Typer(no_args_is_help=True, help="Evidence bundles for the police.")

BundleId = Annotated[
    str, typer.Argument(help="The bundle's id, or its start as `bundle list` shows it.")
]
LinkArg = Annotated[
    str,
    typer.Argument(
        help="The link as `bundle link` printed it (or its token), or the link's id or its "
        "start as `bundle links` shows it."
    ),
]
BundleFile = Annotated[
    Path, typer.Argument(exists=True, dir_okay=False, help="The bundle ZIP file.")
]
KeyOption = Annotated[
    str | None,
    typer.Option("--key", help=f"The bundle key (55 characters); else ${KEY_ENV} or a prompt."),
]
TsaRoots = Annotated[
    Path | None,
    typer.Option(
        "--tsa-roots",
        exists=True,
        dir_okay=False,
        help="PEM chain of the time-stamp authority you trust, instead of the one in the bundle.",
    ),
]


Witnesses = Annotated[
    list[str] | None,
    typer.Option(
        "--witness",
        help="A witness's verifier key you trust (repeat): its cosignatures are "
        "checked and reported as independent times.",
    ),
]


def _witnesses(keys: list[str] | None) -> list[CosignatureVerifier]:
    from app.protocol.cosignature import CosignatureVerifier

    return [CosignatureVerifier.from_vkey(k) for k in keys or ()]


def _key(given: str | None) -> BundleKey:
    from app.protocol.bundle import BundleKey
    from app.protocol.printable_key import parse_key

    text = given or os.environ.get(KEY_ENV) or typer.prompt("Bundle key", hide_input=True)
    return BundleKey(parse_key(text, "bundle key"))


def _trust(path: Path | None) -> TsaTrust | None:
    from app.protocol.timestamp import TsaTrust

    return None if path is None else TsaTrust.from_pem(path.read_bytes())


def _bundle_failed(exc: BundleInvalid) -> None:
    err.rule(Text("THE BUNDLE FAILED ITS CHECKS", style="bold white on red"), style="bold red")
    err.print(Text(f"Item:   {exc.item}\nCheck:  {exc.check}\nDetail: {exc.detail}", style="red"))
    err.print(
        Text(
            "Nothing was written. The file is not the bundle the victim made, or this is "
            "not its key. Ask for the bundle again, and keep this copy as it is.",
            style="red",
        ),
        soft_wrap=True,
    )
    raise typer.Exit(1)


def _show_key(created: CreatedBundle, qr: Path | None) -> None:
    import segno

    out.print(
        f"Bundle {created.bundle_id}: {plural(created.entry_count, 'entry')}, "
        f"{plural(created.attachment_count, 'file')}."
    )
    out.rule("BUNDLE KEY: give it to the police in person; it is shown only now")
    out.print(Text(created.printable_key, style="bold"))
    code = segno.make(created.printable_key, error="m")
    code.terminal(compact=True)
    if qr is not None:
        code.save(str(qr), scale=8)
        out.print(f"QR code saved to {qr}")
    out.rule()
    out.print(
        "Daybook never sees this key: without it the bundle cannot be opened, and it "
        "cannot be recovered. Download the bundle with `daybook bundle download`, or "
        "give a link with `daybook bundle link`.",
        soft_wrap=True,
    )


@bundle_app.command("create")
def bundle_create(
    ctx: typer.Context,
    entry: Annotated[
        list[str] | None, typer.Option("--entry", help="An entry id (repeat).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Incidents from this date (YYYY-MM-DD).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Incidents before this date.")] = None,
    behaviour: Annotated[
        list[str] | None,
        typer.Option(
            "--behaviour", help=f"Incidents showing it (repeat): {', '.join(BEHAVIOURS)}."
        ),
    ] = None,
    breach: Annotated[
        list[str] | None,
        typer.Option(
            "--breach",
            help="Possible breaches: incidents that name this order (its id in the orders "
            "case document) as in force (repeat); with --since/--until for its period.",
        ),
    ] = None,
    redact: Annotated[
        list[str] | None,
        typer.Option("--redact", help="A field to withhold from every entry (repeat)."),
    ] = None,
    withhold_file: Annotated[
        list[str] | None,
        typer.Option(
            "--withhold-file", help="A file to leave out: its name, or its id or start (repeat)."
        ),
    ] = None,
    include_unstripped: Annotated[
        bool,
        typer.Option(
            "--include-unstripped",
            help="With --redact location: include files that cannot be stripped of their"
            " metadata (videos, audio, older photos) as they are, although they may show"
            " where they were made.",
        ),
    ] = False,
    qr: Annotated[
        Path | None, typer.Option(help="Also save the key's QR code (PNG or SVG).")
    ] = None,
) -> None:
    """Export entries (all, a date range, a behaviour, or a list) into a sealed
    bundle, and show its one-time key."""
    from app.client import replica_store
    from app.client.bundle_export import Redaction, Selection, create_bundle

    async def work(api: DaybookApi, profile: Profile) -> None:
        diary = diary_of(api, profile)
        path = replica_path(ctx)
        replica = replica_store.load(path, profile.account_id)
        selection = Selection(
            entry_ids=tuple(find_entry_id(ctx, profile, e) for e in entry or ()),
            since=_day(since),
            until=_day(until),
            behaviours=tuple(behaviour or ()),
            breaches_of=tuple(breach or ()),
        )
        redaction = Redaction(
            fields=frozenset(redact or ()),
            attachments=_files(diary, replica, withhold_file or []),
            include_unstripped=include_unstripped,
        )
        created = await create_bundle(diary, replica, selection, redaction)
        replica_store.save(path, profile.account_id, replica)
        _warn_unstripped(created)
        _show_key(created, qr)

    with_api(ctx, work)


def _files(diary: Diary, replica: Replica, given: list[str]) -> frozenset[uuid.UUID]:
    """Attachments by their file name, or their id or its start."""
    if not given:
        return frozenset()
    files = [
        Named(uuid.UUID(str(a["attachment_id"])), (str(a.get("file_name", "")),))
        for version in diary.read_replica(replica)
        for a in version.incident.get("attachments", [])
    ]
    where = "see `daybook entry show ID`"
    return frozenset(resolve(text, files, "file", where) for text in given)


def _warn_unstripped(created: CreatedBundle) -> None:
    """Files a bundle that withholds the place could not strip of their metadata."""
    left_out = [u for u in created.unstripped if not u.included]
    kept = [u for u in created.unstripped if u.included]
    if left_out:
        out.print(
            f"[yellow]Left out: {len(left_out)} file(s) whose hidden details (such as the"
            " GPS position inside a photo or video) could not be removed, so they could show"
            " where you were:[/yellow]",
            soft_wrap=True,
        )
    for item in left_out:
        out.print(f"  {item.file_name} (entry {str(item.entry_id)[:8]})", markup=False)
    if left_out:
        out.print("To include them as they are, make a new bundle with --include-unstripped.")
    for item in kept:
        out.print(
            f"Included as it is, with its hidden details: {item.file_name}",
            style="yellow",
            markup=False,
        )


def _day(text: str | None) -> dt.datetime | None:
    if text is None:
        return None
    day = dt.datetime.fromisoformat(text)
    return day if day.tzinfo is not None else day.replace(tzinfo=dt.UTC)


async def _bundle_id(api: DaybookApi, text: str) -> uuid.UUID:
    found = [] if is_uuid(text) else (await api.call("GET", "/v1/bundles"))["bundles"]
    candidates = (Named(uuid.UUID(b["id"])) for b in found)
    return resolve(text, candidates, "bundle", "see `daybook bundle list`")


async def _link_id(api: DaybookApi, bundle_id: uuid.UUID, text: str) -> uuid.UUID:
    """A link by the address or token printed when it was made (the server
    keeps only the token's SHA-256, which the list shows), or by its id."""
    found = [] if is_uuid(text) else await _links(api, bundle_id)
    token = text.strip().rstrip("/").rsplit("/", 1)[-1]
    digest = b64encode(hashlib.sha256(token.encode()).digest())
    for link in found:
        if link["token_sha256"] == digest:
            return uuid.UUID(link["id"])
    candidates = (Named(uuid.UUID(link["id"])) for link in found)
    where = f"see `daybook bundle links {str(bundle_id)[:8]}`"
    return resolve(text, candidates, "link", where)


async def _links(api: DaybookApi, bundle_id: uuid.UUID) -> list[dict[str, Any]]:
    links: list[dict[str, Any]] = (await api.call("GET", f"/v1/bundles/{bundle_id}/links"))["links"]
    return links


@bundle_app.command("list")
def bundle_list(ctx: typer.Context) -> None:
    """This account's bundles."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = (await api.call("GET", "/v1/bundles"))["bundles"]
        if not found:
            out.print("No bundles.")
        for item in found:
            out.print(
                f"{item['id']}  {item['status']:<6}  {local_time(item['sealed_at'])}  "
                f"{item['entry_count']} entries, {item['attachment_count']} files"
            )

    with_api(ctx, work)


@bundle_app.command("download")
def bundle_download(
    ctx: typer.Context,
    bundle_id: BundleId,
    output: Annotated[Path | None, typer.Option("--out", help="Where to save the ZIP.")] = None,
) -> None:
    """Download the sealed bundle as one ZIP file."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await _bundle_id(api, bundle_id)
        target = output or Path(f"daybook-bundle-{found}.zip")
        partial = target.with_name(f".{target.name}.part")
        try:
            async with api.stream(f"/v1/bundles/{found}/zip") as response:
                with progress_bars() as progress, partial.open("wb") as file:
                    task = progress.add_task(target.name, total=None)
                    async for piece in response.aiter_bytes():
                        file.write(piece)
                        progress.advance(task, len(piece))
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        out.print(f"Saved {target}")

    with_api(ctx, work, interrupted="the download stopped; run it again")


@bundle_app.command("link")
def bundle_link(
    ctx: typer.Context,
    bundle_id: BundleId,
    days: Annotated[int, typer.Option(min=1, max=90, help="Days until it expires.")] = 7,
) -> None:
    """A download link for the police: no account needed; expires; revocable."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        body = {"expires_in_seconds": days * 86400}
        found = await _bundle_id(api, bundle_id)
        link = await api.call("POST", f"/v1/bundles/{found}/links", json=body)
        out.print(f"Link:    {profile.server}{link['path']}", soft_wrap=True)
        out.print(f"Expires: {local_time(link['expires_at'])}  (id {link['id'][:8]})")
        out.print("Anyone with the link can download the file; only the key opens it.")

    with_api(ctx, work)


@bundle_app.command("links")
def bundle_links(ctx: typer.Context, bundle_id: BundleId) -> None:
    """A bundle's download links: when each expires, whether it was revoked,
    and how often it was used (never by whom or from where)."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await _bundle_id(api, bundle_id)
        links = await _links(api, found)
        if not links:
            out.print(f"Bundle {found} has no download links.")
            return
        now = dt.datetime.now(dt.UTC)
        for link in links:
            out.print(
                f"{link['id'][:8]}  made {local_time(link['created_at'])}  "
                f"{_link_state(link, now)}  "
                f"used {link['downloads']} time{'' if link['downloads'] == 1 else 's'}"
            )
        out.print(
            "The link itself was shown once, when it was made; `daybook bundle revoke-link "
            f"{str(found)[:8]} LINK` takes it or its id.",
            soft_wrap=True,
        )

    with_api(ctx, work)


def _link_state(link: dict[str, Any], now: dt.datetime) -> str:
    if link["revoked_at"] is not None:
        return f"revoked {local_time(link['revoked_at'])}"
    expires = dt.datetime.fromisoformat(link["expires_at"])
    expires = expires if expires.tzinfo is not None else expires.replace(tzinfo=dt.UTC)
    return f"{'expired' if expires <= now else 'expires'} {local_time(link['expires_at'])}"


@bundle_app.command("revoke-link")
def bundle_revoke_link(ctx: typer.Context, bundle_id: BundleId, link: LinkArg) -> None:
    """Stop a download link working, at once."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await _bundle_id(api, bundle_id)
        link_id = await _link_id(api, found, link)
        await api.call("DELETE", f"/v1/bundles/{found}/links/{link_id}")
        out.print(f"Revoked link {link_id}: it stops working at once.")

    with_api(ctx, work)


@bundle_app.command("delete")
def bundle_delete(ctx: typer.Context, bundle_id: BundleId) -> None:
    """Delete a bundle and its links (the entries stay)."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await _bundle_id(api, bundle_id)
        await api.call("DELETE", f"/v1/bundles/{found}")
        out.print(f"Deleted bundle {found}.")

    with_api(ctx, work)


@bundle_app.command("open")
def bundle_open(
    bundle: BundleFile,
    output: Annotated[Path, typer.Option("--out", help="A new directory for the police pack.")],
    key: KeyOption = None,
    tsa_roots: TsaRoots = None,
    witness: Witnesses = None,
    initials: Annotated[
        str | None,
        typer.Option(
            "--initials",
            help="The producer's initials (JS): adds police-schedule.pdf and timeline.csv "
            "with exhibits labelled JS/1, JS/2.",
        ),
    ] = None,
) -> None:
    """Verify a bundle, then write the police pack: report.pdf, report.html, the
    original files, SHA256SUMS, verification.txt and manifest.json."""
    from app.client.bundle_open import BundleInvalid
    from app.client.police_pack.files import open_bundle

    try:
        pack = open_bundle(
            bundle,
            _key(key),
            output,
            tsa_roots=_trust(tsa_roots),
            witnesses=_witnesses(witness),
            initials=initials,
        )
    except BundleInvalid as exc:
        _bundle_failed(exc)
    except (ValueError, OSError) as exc:
        fail(str(exc))
    out.print(
        f"Every check passed. {len(pack.incidents)} incidents, {len(pack.exhibits)} "
        f"exhibits, written to {output}."
    )


@bundle_app.command("verify")
def bundle_verify(
    bundle: BundleFile, key: KeyOption = None, tsa_roots: TsaRoots = None, witness: Witnesses = None
) -> None:
    """Run every check of `bundle open` without writing anything."""
    from app.client.bundle_open import BundleInvalid, verify_bundle

    try:
        opened = verify_bundle(
            bundle, _key(key), tsa_roots=_trust(tsa_roots), witnesses=_witnesses(witness)
        )
    except BundleInvalid as exc:
        _bundle_failed(exc)
    except (ValueError, OSError) as exc:
        fail(str(exc))
    for check in opened.pack.checks:
        out.print(f"[{check.result}] {check.item}: {check.check}", soft_wrap=True)
    out.print(f"Every check passed: {len(opened.pack.incidents)} incidents.")

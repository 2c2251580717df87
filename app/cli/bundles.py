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
    print_fields,
    progress_bars,
    replica_path,
    with_api,
)
from app.client.i18n import N_, _, ngettext
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

bundle_app = typer.Typer(no_args_is_help=True, help=_("Evidence bundles for the police."))

BundleId = Annotated[
    str, typer.Argument(help=_("The bundle's id, or its start as `bundle list` shows it."))
]
LinkArg = Annotated[
    str,
    typer.Argument(
        help=_(
            "The link as `bundle link` printed it (or its token), or the link's id or its "
            "start as `bundle links` shows it."
        )
    ),
]
BundleFile = Annotated[
    Path, typer.Argument(exists=True, dir_okay=False, help=_("The bundle ZIP file."))
]
KeyOption = Annotated[
    str | None,
    typer.Option(
        "--key",
        help=_("The bundle key (55 characters); else ${variable} or a prompt.").format(
            variable=KEY_ENV
        ),
    ),
]
TsaRoots = Annotated[
    Path | None,
    typer.Option(
        "--tsa-roots",
        exists=True,
        dir_okay=False,
        help=_(
            "PEM chain of the time-stamp authority you trust, instead of the one in the bundle."
        ),
    ),
]


Witnesses = Annotated[
    list[str] | None,
    typer.Option(
        "--witness",
        help=_(
            "A witness's verifier key you trust (repeat): its cosignatures are "
            "checked and reported as independent times."
        ),
    ),
]


def _witnesses(keys: list[str] | None) -> list[CosignatureVerifier]:
    from app.protocol.cosignature import CosignatureVerifier

    return [CosignatureVerifier.from_vkey(k) for k in keys or ()]


def _key(given: str | None) -> BundleKey:
    from app.protocol.bundle import BundleKey
    from app.protocol.printable_key import parse_key

    text = given or os.environ.get(KEY_ENV) or typer.prompt(_("Bundle key"), hide_input=True)
    return BundleKey(parse_key(text, _("bundle key")))


def _trust(path: Path | None) -> TsaTrust | None:
    from app.protocol.timestamp import TsaTrust

    return None if path is None else TsaTrust.from_pem(path.read_bytes())


def _bundle_failed(exc: BundleInvalid) -> None:
    err.rule(Text(_("THE BUNDLE FAILED ITS CHECKS"), style="bold white on red"), style="bold red")
    failed = [(_("Item:"), exc.item), (_("Check:"), exc.check), (_("Detail:"), exc.detail)]
    print_fields([(label, Text(str(value), style="red")) for label, value in failed], err)
    err.print(
        Text(
            _(
                "Nothing was written. The file is not the bundle the victim made, or this is "
                "not its key. Ask for the bundle again, and keep this copy as it is."
            ),
            style="red",
        ),
        soft_wrap=True,
    )
    raise typer.Exit(1)


def _show_key(created: CreatedBundle, qr: Path | None) -> None:
    import segno

    entries = ngettext("{count} entry", "{count} entries", created.entry_count)
    files = ngettext("{count} file", "{count} files", created.attachment_count)
    made = _("Bundle {bundle}: {entries}, {files}.").format(
        bundle=created.bundle_id,
        entries=entries.format(count=created.entry_count),
        files=files.format(count=created.attachment_count),
    )
    out.print(made)
    out.rule(_("BUNDLE KEY: give it to the police in person; it is shown only now"))
    out.print(Text(created.printable_key, style="bold"))
    code = segno.make(created.printable_key, error="m")
    code.terminal(compact=True)
    if qr is not None:
        code.save(str(qr), scale=8)
        out.print(_("QR code saved to {file}").format(file=qr))
    out.rule()
    out.print(
        _(
            "Daybook never sees this key: without it the bundle cannot be opened, and it "
            "cannot be recovered. Download the bundle with `daybook bundle download`, or "
            "give a link with `daybook bundle link`."
        ),
        soft_wrap=True,
    )


@bundle_app.command(
    "create",
    help=_(
        "Export entries (all, a date range, a behaviour, or a list) into a sealed "
        "bundle, and show its one-time key."
    ),
)
def bundle_create(
    ctx: typer.Context,
    entry: Annotated[
        list[str] | None, typer.Option("--entry", help=_("An entry id (repeat)."))
    ] = None,
    since: Annotated[
        str | None, typer.Option(help=_("Incidents from this date (YYYY-MM-DD)."))
    ] = None,
    until: Annotated[str | None, typer.Option(help=_("Incidents before this date."))] = None,
    behaviour: Annotated[
        list[str] | None,
        typer.Option(
            "--behaviour",
            help=_("Incidents showing it (repeat): {behaviours}.").format(
                behaviours=", ".join(BEHAVIOURS)
            ),
        ),
    ] = None,
    breach: Annotated[
        list[str] | None,
        typer.Option(
            "--breach",
            help=_(
                "Possible breaches: incidents that name this order (its id in the orders "
                "case document) as in force (repeat); with --since/--until for its period."
            ),
        ),
    ] = None,
    redact: Annotated[
        list[str] | None,
        typer.Option("--redact", help=_("A field to withhold from every entry (repeat).")),
    ] = None,
    withhold_file: Annotated[
        list[str] | None,
        typer.Option(
            "--withhold-file",
            help=_("A file to leave out: its name, or its id or start (repeat)."),
        ),
    ] = None,
    include_unstripped: Annotated[
        bool,
        typer.Option(
            "--include-unstripped",
            help=_(
                "With --redact location: include files that cannot be stripped of their"
                " metadata (videos, audio, older photos) as they are, although they may show"
                " where they were made."
            ),
        ),
    ] = False,
    qr: Annotated[
        Path | None, typer.Option(help=_("Also save the key's QR code (PNG or SVG)."))
    ] = None,
) -> None:
    from app.cli.cases import known_keys
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
        # Her orders' authors are checked against the keys this device confirmed.
        with known_keys(ctx, profile) as known:
            created = await create_bundle(diary, replica, selection, redaction, known=known)
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
    where = _("see `daybook entry show ID`")
    return frozenset(resolve(text, files, _("file"), where) for text in given)


def _warn_unstripped(created: CreatedBundle) -> None:
    """Files a bundle that withholds the place could not strip of their metadata."""
    left_out = [u for u in created.unstripped if not u.included]
    kept = [u for u in created.unstripped if u.included]
    if left_out:
        warning = ngettext(
            "Left out: {count} file whose hidden details (such as the GPS position inside a"
            " photo or video) could not be removed, so it could show where you were:",
            "Left out: {count} files whose hidden details (such as the GPS position inside a"
            " photo or video) could not be removed, so they could show where you were:",
            len(left_out),
        )
        out.print(warning.format(count=len(left_out)), style="yellow", soft_wrap=True)
    for item in left_out:
        entry = _("entry {entry}").format(entry=str(item.entry_id)[:8])
        out.print(f"  {item.file_name} ({entry})", markup=False)
    if left_out:
        out.print(_("To include them as they are, make a new bundle with --include-unstripped."))
    for item in kept:
        out.print(
            _("Included as it is, with its hidden details: {file}").format(file=item.file_name),
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
    return resolve(text, candidates, _("bundle"), _("see `daybook bundle list`"))


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
    where = _("see `daybook bundle links {bundle}`").format(bundle=str(bundle_id)[:8])
    return resolve(text, candidates, _("link"), where)


async def _links(api: DaybookApi, bundle_id: uuid.UUID) -> list[dict[str, Any]]:
    links: list[dict[str, Any]] = (await api.call("GET", f"/v1/bundles/{bundle_id}/links"))["links"]
    return links


@bundle_app.command("list", help=_("This account's bundles."))
def bundle_list(ctx: typer.Context) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = (await api.call("GET", "/v1/bundles"))["bundles"]
        if not found:
            out.print(_("No bundles."))
        for item in found:
            entries = ngettext("{count} entry", "{count} entries", item["entry_count"])
            files = ngettext("{count} file", "{count} files", item["attachment_count"])
            status = _("sealed") if item["status"] == "sealed" else _("open")
            out.print(
                f"{item['id']}  {status:<6}  {local_time(item['sealed_at'])}  "
                f"{entries.format(count=item['entry_count'])}, "
                f"{files.format(count=item['attachment_count'])}"
            )

    with_api(ctx, work)


@bundle_app.command("download", help=_("Download the sealed bundle as one ZIP file."))
def bundle_download(
    ctx: typer.Context,
    bundle_id: BundleId,
    output: Annotated[Path | None, typer.Option("--out", help=_("Where to save the ZIP."))] = None,
) -> None:

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
        out.print(_("Saved {file}").format(file=target))

    with_api(ctx, work, interrupted=N_("the download stopped; run it again"))


@bundle_app.command(
    "link", help=_("A download link for the police: no account needed; expires; revocable.")
)
def bundle_link(
    ctx: typer.Context,
    bundle_id: BundleId,
    days: Annotated[int, typer.Option(min=1, max=90, help=_("Days until it expires."))] = 7,
) -> None:

    async def work(api: DaybookApi, profile: Profile) -> None:
        body = {"expires_in_seconds": days * 86400}
        found = await _bundle_id(api, bundle_id)
        link = await api.call("POST", f"/v1/bundles/{found}/links", json=body)
        expires = _("{time}  (id {link})").format(
            time=local_time(link["expires_at"]), link=link["id"][:8]
        )
        print_fields([(_("Link:"), f"{profile.server}{link['path']}"), (_("Expires:"), expires)])
        out.print(_("Anyone with the link can download the file; only the key opens it."))

    with_api(ctx, work)


@bundle_app.command(
    "links",
    help=_(
        "A bundle's download links: when each expires, whether it was revoked, "
        "and how often it was used (never by whom or from where)."
    ),
)
def bundle_links(ctx: typer.Context, bundle_id: BundleId) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await _bundle_id(api, bundle_id)
        links = await _links(api, found)
        if not links:
            out.print(_("Bundle {bundle} has no download links.").format(bundle=found))
            return
        now = dt.datetime.now(dt.UTC)
        for link in links:
            made = _("made {time}").format(time=local_time(link["created_at"]))
            used = ngettext("used {count} time", "used {count} times", link["downloads"])
            out.print(
                f"{link['id'][:8]}  {made}  {_link_state(link, now)}  "
                f"{used.format(count=link['downloads'])}"
            )
        shown_once = _(
            "The link itself was shown once, when it was made; "
            "`daybook bundle revoke-link {bundle} LINK` takes it or its id."
        )
        out.print(shown_once.format(bundle=str(found)[:8]), soft_wrap=True)

    with_api(ctx, work)


def _link_state(link: dict[str, Any], now: dt.datetime) -> str:
    if link["revoked_at"] is not None:
        return _("revoked {time}").format(time=local_time(link["revoked_at"]))
    expires = dt.datetime.fromisoformat(link["expires_at"])
    expires = expires if expires.tzinfo is not None else expires.replace(tzinfo=dt.UTC)
    state = _("expired {time}") if expires <= now else _("expires {time}")
    return state.format(time=local_time(link["expires_at"]))


@bundle_app.command("revoke-link", help=_("Stop a download link working, at once."))
def bundle_revoke_link(ctx: typer.Context, bundle_id: BundleId, link: LinkArg) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await _bundle_id(api, bundle_id)
        link_id = await _link_id(api, found, link)
        await api.call("DELETE", f"/v1/bundles/{found}/links/{link_id}")
        out.print(_("Revoked link {link}: it stops working at once.").format(link=link_id))

    with_api(ctx, work)


@bundle_app.command("delete", help=_("Delete a bundle and its links (the entries stay)."))
def bundle_delete(ctx: typer.Context, bundle_id: BundleId) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await _bundle_id(api, bundle_id)
        await api.call("DELETE", f"/v1/bundles/{found}")
        out.print(_("Deleted bundle {bundle}.").format(bundle=found))

    with_api(ctx, work)


@bundle_app.command(
    "open",
    help=_(
        "Verify a bundle, then write the police pack: report.pdf, report.html, the "
        "original files, SHA256SUMS, verification.txt and manifest.json."
    ),
)
def bundle_open(
    bundle: BundleFile,
    output: Annotated[Path, typer.Option("--out", help=_("A new directory for the police pack."))],
    key: KeyOption = None,
    tsa_roots: TsaRoots = None,
    witness: Witnesses = None,
    initials: Annotated[
        str | None,
        typer.Option(
            "--initials",
            help=_(
                "The producer's initials (JS): adds police-schedule.pdf and timeline.csv "
                "with exhibits labelled JS/1, JS/2."
            ),
        ),
    ] = None,
) -> None:
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
    incidents = ngettext("{count} incident", "{count} incidents", len(pack.incidents))
    exhibits = ngettext("{count} exhibit", "{count} exhibits", len(pack.exhibits))
    written = _("Every check passed. {incidents}, {exhibits}, written to {directory}.")
    out.print(
        written.format(
            incidents=incidents.format(count=len(pack.incidents)),
            exhibits=exhibits.format(count=len(pack.exhibits)),
            directory=output,
        )
    )


@bundle_app.command("verify", help=_("Run every check of `bundle open` without writing anything."))
def bundle_verify(
    bundle: BundleFile, key: KeyOption = None, tsa_roots: TsaRoots = None, witness: Witnesses = None
) -> None:
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
    incidents = ngettext("{count} incident", "{count} incidents", len(opened.pack.incidents))
    passed = _("Every check passed: {incidents}.")
    out.print(passed.format(incidents=incidents.format(count=len(opened.pack.incidents))))

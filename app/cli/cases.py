"""What the advocacy commands of both sides share: the keys this computer
confirmed (known-keys.json beside the profile, mode 0600), the red banner when
the other side's key is not the confirmed one, refused requests in one line,
and finding a case by its label or the start of its id, and a shared entry.

A victim accepts an advocate with the code the advocate hands over, after
comparing the fingerprint the advocate reads out. This computer keeps that
key, and shares are wrapped to it alone: a server that shows another key gets
nothing. An advocate's computer keeps each victim's key as it first sees it,
so a later swap is caught too (app/client/known_keys.py)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn

import typer
from rich.text import Text

from app.cli import common
from app.cli.common import CliError, err, state_dir
from app.client.errors import VerificationError
from app.client.i18n import N_, _
from app.client.local_files import read_json, write_private_json
from app.client.names import Named, is_uuid, resolve
from app.client.profile import Profile

# The API and the keys are imported where a command uses them: not for --help.
if TYPE_CHECKING:
    from app.client.api import ApiError, DaybookApi
    from app.client.cases import AdvocateCases, CaseView
    from app.client.known_keys import KnownKeys

KNOWN_KEYS_FILE = "known-keys.json"
KNOWN_KEYS_FORMAT = 1

CaseArg = Annotated[
    str,
    typer.Argument(help=_("The victim's label, or the case id or its start (`advocate cases`).")),
]


# The keys this computer confirmed, kept beside the profile


def _known_keys_path(ctx: typer.Context) -> Path:
    return state_dir(ctx) / KNOWN_KEYS_FILE


def _load_known(path: Path, account_id: uuid.UUID) -> KnownKeys:
    """This account's confirmed keys; none when the file is missing or another account's."""
    from app.client.known_keys import KnownKeys

    data = read_json(path)
    if (
        data is None
        or data.get("format") != KNOWN_KEYS_FORMAT
        or data.get("account_id") != str(account_id)
    ):
        return KnownKeys()
    return KnownKeys.from_json(data["keys"])


@contextmanager
def known_keys(ctx: typer.Context, profile: Profile) -> Iterator[KnownKeys]:
    """Saved afterwards if a key was added, even when the command then failed:
    a key is only ever added after it was checked or confirmed."""
    path = _known_keys_path(ctx)
    known = _load_known(path, profile.account_id)
    before = dict(known.keys)
    try:
        yield known
    finally:
        if known.keys != before:
            write_private_json(
                path,
                {
                    "format": KNOWN_KEYS_FORMAT,
                    "account_id": str(profile.account_id),
                    "keys": known.to_json(),
                },
            )


# Failures: a key that is not the confirmed one, and refused requests

_ADVOCATE_KEY_CHANGED = (
    N_("YOUR ADVOCATE'S KEY HAS CHANGED"),
    N_(
        "Nothing was sent. The server shows your advocate with another key than the one you "
        "compared with them, so someone else may be trying to read what you share. Call your "
        "advocate's organisation on a number you already know. "
        "`daybook advocate end` ends the assignment; accepting a new code from your advocate, "
        "comparing the fingerprint again, starts over."
    ),
)
_ADVOCATE_KEY_NOT_CONFIRMED = (
    N_("YOUR ADVOCATE'S KEY IS NOT CONFIRMED ON THIS COMPUTER"),
    N_(
        "Nothing was sent. This computer never compared your advocate's fingerprint with them "
        "(they were accepted on another device, or before you signed in here). Compare it with "
        "your advocate and confirm it with `daybook advocate show --confirm`."
    ),
)
_VICTIM_KEY_CHANGED = (
    N_("THE VICTIM'S KEY HAS CHANGED"),
    N_(
        "Nothing was read or written. The server shows this victim with another key than the "
        "one this computer first saw for them, so someone may be impersonating them. Do not "
        "rely on this case until you have compared the victim's fingerprint with them in person "
        "(they see it with `daybook keys show`)."
    ),
)


def _key_failed(exc: VerificationError, title: str, advice: str) -> NoReturn:
    err.rule(Text(_(title), style="bold white on red"), style="bold red")
    err.print(Text(str(exc), style="bold red"), soft_wrap=True)
    err.print(Text(_(advice), style="red"), soft_wrap=True)
    err.rule(style="bold red")
    raise typer.Exit(1)


def refusal(exc: ApiError) -> str:
    """One line for a refused request; field errors spelled out."""
    errors = exc.problem.get("errors")
    if exc.code == "validation-failed" and isinstance(errors, list) and errors:
        return "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', [])[1:])}: {e.get('message')}" for e in errors
        )
    return str(exc.problem.get("detail") or exc)


def with_case_api(
    ctx: typer.Context,
    work: Callable[[DaybookApi, Profile], Awaitable[None]],
    *,
    checks: Literal["advocate", "victim"] | None = None,
) -> None:
    """common.with_api, with a red banner when the key of the other side (the
    advocate's on a victim's computer, or the victim's on an advocate's) is
    not the one this computer confirmed."""
    from app.client.api import ApiError
    from app.client.known_keys import KeyChanged, KeyNotConfirmed

    async def checked(api: DaybookApi, profile: Profile) -> None:
        try:
            await work(api, profile)
        except KeyChanged as exc:
            if checks is None:
                raise
            _key_failed(
                exc, *(_ADVOCATE_KEY_CHANGED if checks == "advocate" else _VICTIM_KEY_CHANGED)
            )
        except KeyNotConfirmed as exc:
            if checks is None:
                raise
            _key_failed(exc, *_ADVOCATE_KEY_NOT_CONFIRMED)
        except ApiError as exc:
            raise CliError(refusal(exc)) from None

    common.with_api(ctx, checked)


async def assignment(api: DaybookApi) -> dict[str, Any] | None:
    """The victim's case as the server describes it, keys unchecked; None without one."""
    from app.client.api import ApiError

    try:
        return await api.assignment()
    except ApiError as exc:
        if exc.code == "no-advocate":
            return None
        raise


async def shared_with(api: DaybookApi) -> tuple[dict[str, str], str | None]:
    """What the victim shares now (entry id: when shared) and with whom
    ("Alex Price (Northshire Stalking Advocacy)"); nothing for an account
    that shares nothing or cannot (an advocate's)."""
    from app.client.api import ApiError

    try:
        listed = await api.shares()
    except ApiError as exc:
        if exc.code in ("forbidden", "no-advocate"):
            return {}, None
        raise
    shares = {str(s["entry_id"]): str(s["shared_at"]) for s in listed["shares"]}
    current = await assignment(api) if shares else None
    if current is None:
        return shares, None
    advocate = current["advocate"]
    return shares, f"{advocate['display_name']} ({advocate['organisation_name']})"


async def _case_id(cases: AdvocateCases, text: str) -> uuid.UUID:
    """A case by its id, the start of it, or the label the victim chose."""
    found = [] if is_uuid(text) else await cases.cases()
    candidates = (Named(uuid.UUID(str(c["id"])), (str(c["label"]),)) for c in found)
    where = _(
        "see `daybook advocate cases`; an ended case is read no more, its notes included "
        "(docs/protocol §26.7)"
    )
    return resolve(text, candidates, _("case"), where)


async def shared_entry_id(cases: AdvocateCases, case_id: uuid.UUID, text: str) -> uuid.UUID:
    found = [] if is_uuid(text) else await cases.shared_entries(case_id)
    candidates = (Named(uuid.UUID(str(e["entry_id"]))) for e in found)
    where = _("see `daybook advocate read {case}`").format(case=case_id)
    return resolve(text, candidates, _("shared entry"), where)


async def open_case(cases: AdvocateCases, text: str) -> CaseView:
    """The case, its victim's key checked against (or kept as) the one first seen."""
    seen = set(cases.known.keys)
    view = await cases.case(await _case_id(cases, text))
    if view.victim_id not in seen:
        err.print(
            Text(
                _(
                    "This computer sees this victim's key for the first time and keeps it: "
                    "fingerprint {fingerprint}. Compare it with the victim in "
                    "person (they see theirs with `daybook keys show`); a different key later "
                    "is refused."
                ).format(fingerprint=view.victim_key.fingerprint),
                style="yellow",
            ),
            soft_wrap=True,
        )
    return view

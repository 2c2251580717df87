"""Times as people type them: `yesterday 9pm`, `14/03 21:05`, `last Tuesday
at 8`, or ISO 8601. ISO 8601 is read exactly; anything else goes to
dateparser (English and the language chosen for Daybook's words, day before
month, the past preferred), and is wall-clock
time in the incident's zone. A reader can misread, so callers show the result
and ask before using it; a time in the future is refused here."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from app.client import i18n
from app.client.i18n import _


class UnreadableTime(ValueError):
    """The text is not a time this module can read; the message says how to write one."""


EXAMPLES = "`yesterday 9pm`, `14/03 21:05`, `2026-03-14T21:05` or `now`"
# A clock a little ahead of the server's must not refuse "now".
_FUTURE_SLACK = dt.timedelta(minutes=5)


def parse(text: str, zone: str, now: dt.datetime) -> dt.datetime:
    """The moment `text` means, in `zone`, relative to `now` (aware)."""
    wanted = text.strip()
    if not wanted:
        raise UnreadableTime(_("type a time, such as {examples}").format(examples=EXAMPLES))
    local_now = now.astimezone(zoneinfo.ZoneInfo(zone))
    moment = _iso(wanted, zone) or _natural(wanted, zone, local_now)
    if moment is None:
        unread = _("could not read {text} as a time; try {examples}")
        raise UnreadableTime(unread.format(text=repr(wanted), examples=EXAMPLES))
    if moment > now + _FUTURE_SLACK:
        future = _("{time} is in the future; try {examples}")
        raise UnreadableTime(future.format(time=describe(moment, zone), examples=EXAMPLES))
    return moment


def _iso(text: str, zone: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.upper())
    except ValueError:
        return None
    if moment.utcoffset() is None:
        moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(zone))
    return moment


def _natural(text: str, zone: str, local_now: dt.datetime) -> dt.datetime | None:
    import dateparser  # a large library: loaded only when a time is typed

    settings = {
        "TIMEZONE": zone,
        "TO_TIMEZONE": zone,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",
        "RELATIVE_BASE": local_now.replace(tzinfo=None),
    }
    languages = list(dict.fromkeys(["en", i18n.language()]))
    found: dt.datetime | None = dateparser.parse(text, languages=languages, settings=settings)
    if found is None:
        return None
    # dateparser gives a fixed offset; the zone's own rules give the right one
    # on either side of a clock change.
    wall = found.replace(tzinfo=None)
    return wall.replace(tzinfo=zoneinfo.ZoneInfo(zone))


def describe(moment: dt.datetime, zone: str) -> str:
    """`Saturday 14 March 2026, 21:05 GMT (Europe/London)`, the names of the
    day and month in the chosen language: what to confirm."""
    # Babel only when a time is confirmed: `daybook entry --help` needs none of it.
    from babel.dates import format_datetime

    local = moment.astimezone(zoneinfo.ZoneInfo(zone))
    day = format_datetime(local, "EEEE d MMMM y, HH:mm", locale=i18n.locale())
    return f"{day} {local.strftime('%Z')} ({zone})"

"""Strict readers of what users type or what buttons carry: numbers, time zones, callback fields,
and text made safe to store.

Python's own parsers are generous where we must be strict: ``"²".isdigit()`` is true but
``int("²")`` fails, ``int("٣")`` is 3, ``int`` refuses more than 4,300 digits, and ``ZoneInfo``
opens any file under the zone directory ("America" is a directory, 300 characters is an OS
error). Everything here answers ``None`` for what it does not accept, and never raises.
"""

from __future__ import annotations

import re
import zoneinfo
from functools import cache

MAX_ZONE_CHARS = 64  # the longest IANA name is 32 characters
# Names the zone database lists that are not zones anyone lives in.
_NOT_ZONES = frozenset({"localtime", "Factory", "posixrules"})
_SURROGATES_OR_NUL = re.compile("[\ud800-\udfff\x00]")


def ascii_int(text: str | None, *, max_digits: int = 6) -> int | None:
    """A non-negative integer written in ASCII digits only (at most ``max_digits``), else None."""
    if not text or len(text) > max_digits or not text.isascii() or not text.isdecimal():
        return None
    return int(text)


@cache
def _zones_by_folded_name() -> dict[str, str]:
    # available_timezones() reads the whole zone directory (about 25 ms): once per process.
    return {zone.casefold(): zone for zone in zoneinfo.available_timezones() if zone not in _NOT_ZONES}


def find_zone(name: str) -> str | None:
    """The IANA zone ``name`` names, in its own spelling (any case accepted), or None."""
    name = name.strip()
    if not name or len(name) > MAX_ZONE_CHARS:
        return None
    return _zones_by_folded_name().get(name.casefold())


def sanitise(text: str) -> str:
    """Text every database stores: a surrogate pair that arrived split is joined, a lone
    surrogate or a NUL (PostgreSQL refuses it in text) becomes U+FFFD."""
    if not _SURROGATES_OR_NUL.search(text):
        return text
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return _SURROGATES_OR_NUL.sub("\ufffd", joined)


def shorten(text: str, limit: int = 40) -> str:
    """A user's text quoted back to them: sanitised and cut to ``limit`` characters."""
    text = sanitise(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"

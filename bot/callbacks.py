"""Callback data for inline buttons: short, versioned strings within Telegram's 64 bytes.

``c:<id>``            open an entity card
``l:<kind>:<page>``   a page of a browse list (kind: b = bodies, m = meetings, d = programmes...)
``r:<id>:<rel>:<page>`` a page of an entity's related entries (rel: m = meetings, d = documents...)
``g:<lang>``          switch the interface language
``v:<token>:<view>``  switch an answer between its views (a = answer, m = more, s = sources)

Anything else, or an id that a reload removed, decodes to ``None`` or to an id the caller
cannot find: handlers answer both with a friendly "this button is out of date".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_BYTES = 64

KIND_CODES = {"b": "body", "m": "meeting", "d": "document", "s": "state", "o": "organisation", "p": "person"}
CODE_OF_KIND = {v: k for k, v in KIND_CODES.items()}
RELATIONS = {"m": "meetings", "d": "documents", "p": "people", "c": "children"}

_ID = r"[a-z0-9][a-z0-9_]{0,47}"
_PATTERNS = {
    "card": re.compile(rf"^c:({_ID})$"),
    "list": re.compile(r"^l:([a-z]):([0-9]{1,4})$"),
    "related": re.compile(rf"^r:({_ID}):([a-z]):([0-9]{{1,4}})$"),
    "lang": re.compile(r"^g:(en|ru)$"),
    "view": re.compile(r"^v:([0-9a-f]{8}):([ams])$"),
}


@dataclass(frozen=True)
class Callback:
    action: str  # card, list, related, lang
    entity: str = ""
    kind: str = ""
    relation: str = ""
    page: int = 0
    lang: str = ""
    token: str = ""
    view: str = ""


def _checked(data: str) -> str:
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def card(entity_id: str) -> str:
    return _checked(f"c:{entity_id}")


def browse(kind: str, page: int = 0) -> str:
    return _checked(f"l:{CODE_OF_KIND[kind]}:{page}")


def related(entity_id: str, relation: str, page: int = 0) -> str:
    code = next(k for k, v in RELATIONS.items() if v == relation)
    return _checked(f"r:{entity_id}:{code}:{page}")


def language(lang: str) -> str:
    return _checked(f"g:{lang}")


def view(token: str, which: str) -> str:
    return _checked(f"v:{token}:{which}")


def decode(data: str | None) -> Callback | None:
    """Parse callback data; None for anything malformed or forged."""
    # ASCII only ([0-9], not any Unicode digit) and nothing after the data: not even the
    # newline that "$" would let through.
    if not data or len(data) > MAX_BYTES or not data.isascii() or "\n" in data:
        return None
    if m := _PATTERNS["card"].match(data):
        return Callback("card", entity=m.group(1))
    if (m := _PATTERNS["list"].match(data)) and m.group(1) in KIND_CODES:
        return Callback("list", kind=KIND_CODES[m.group(1)], page=int(m.group(2)))
    if (m := _PATTERNS["related"].match(data)) and m.group(2) in RELATIONS:
        return Callback("related", entity=m.group(1), relation=RELATIONS[m.group(2)], page=int(m.group(3)))
    if m := _PATTERNS["view"].match(data):
        return Callback("view", token=m.group(1), view=m.group(2))
    if m := _PATTERNS["lang"].match(data):
        return Callback("lang", lang=m.group(1))
    return None

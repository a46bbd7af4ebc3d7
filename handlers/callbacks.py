"""Callback data for inline buttons: short, versioned strings within Telegram's 64 bytes.

``c:<id>``            open an entity card
``c:<id>><list>``     open it from a list page (``l:…``, ``r:…`` or ``h:…``): the card offers "back to list"
``h:<key>:<rel>:<page>`` a related page as ``r:`` with the entity as a short hash of its id (``entity_key``),
                      for a "back to list" that would not fit in 64 bytes with the whole id
``l:<kind>:<page>``   a page of a browse list (kind: b = bodies, m = meetings, d = programmes...)
``r:<id>:<rel>:<page>`` a page of an entity's related entries (rel: m = meetings, d = documents...)
``g:<lang>``          switch the interface language
``v:<token>:<view>``  switch an answer between its views (a = answer, m = more, s = sources)
``f:<key>:<u|d>``     👍 / 👎 under an answer (key: 16 hex digits, the answer's question-log key)
``t:<report>:<group>`` admin: teach the bot what a group of /unanswered questions meant
``p:<report>:<group>:<id>`` admin: ... by making it an alias of entry ``id``
``w:<step>[:<id>]``   admin: a button of the /addmeeting wizard

Anything else, or an id that a reload removed, decodes to ``None`` or to an id the caller
cannot find: handlers answer both with a friendly "this button is out of date".
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

MAX_BYTES = 64

KIND_CODES = {"b": "body", "m": "meeting", "d": "document", "s": "state", "o": "organisation", "p": "person"}
CODE_OF_KIND = {v: k for k, v in KIND_CODES.items()}
RELATIONS = {"m": "meetings", "d": "documents", "p": "people", "c": "children"}

_ID = r"[a-z0-9][a-z0-9_]{0,47}"
_PATTERNS = {
    "card": re.compile(rf"^c:({_ID})(?:>([a-z0-9_:]+))?$"),
    "list": re.compile(r"^l:([a-z]):([0-9]{1,4})$"),
    "related": re.compile(rf"^r:({_ID}):([a-z]):([0-9]{{1,4}})$"),
    "related_key": re.compile(r"^h:([0-9a-f]{8}):([a-z]):([0-9]{1,4})$"),
    "lang": re.compile(r"^g:(en|ru)$"),
    "view": re.compile(r"^v:([0-9a-f]{8}):([ams])$"),
    "vote": re.compile(r"^f:([0-9a-f]{16}):([ud])$"),
    "teach": re.compile(r"^t:([0-9a-f]{8}):([0-9]{1,2})$"),
    "pick": re.compile(rf"^p:([0-9a-f]{{8}}):([0-9]{{1,2}}):({_ID})$"),
    "wizard": re.compile(rf"^w:([bsdyn])(?::({_ID}))?$"),
}
WIZARD_STEPS = {"b": "body", "s": "state", "d": "done", "y": "confirm", "n": "cancel"}


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
    back: str = ""  # a card's: the list page it was opened from, as callback data
    helpful: bool = False
    group: int = 0
    step: str = ""


def _checked(data: str) -> str:
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def browse(kind: str, page: int = 0) -> str:
    return _checked(f"l:{CODE_OF_KIND[kind]}:{page}")


def related(entity_id: str, relation: str, page: int = 0) -> str:
    code = next(k for k, v in RELATIONS.items() if v == relation)
    return _checked(f"r:{entity_id}:{code}:{page}")


def entity_key(entity_id: str) -> str:
    """A short stand-in for an entity id in callback data (resolved against the loaded entries)."""
    return hashlib.sha1(entity_id.encode(), usedforsecurity=False).hexdigest()[:8]


def card(entity_id: str, back: str = "") -> str:
    """``back``: the list page the card is opened from; shortened (``h:``) or left out when the whole
    would not fit in 64 bytes."""
    origin = decode(back) if back else None
    if origin is not None and origin.action == "related" and origin.entity:
        fits = len(f"c:{entity_id}>{back}".encode()) <= MAX_BYTES
        back = back if fits else f"h:{entity_key(origin.entity)}:{back.split(':')[-2]}:{origin.page}"
    if back and len(f"c:{entity_id}>{back}".encode()) <= MAX_BYTES:
        return f"c:{entity_id}>{back}"
    return _checked(f"c:{entity_id}")


def language(lang: str) -> str:
    return _checked(f"g:{lang}")


def view(token: str, which: str) -> str:
    return _checked(f"v:{token}:{which}")


def vote(answer_key: str, helpful: bool) -> str:
    return _checked(f"f:{answer_key}:{'u' if helpful else 'd'}")


def teach(report: str, group: int) -> str:
    return _checked(f"t:{report}:{group}")


def pick(report: str, group: int, entity_id: str) -> str:
    return _checked(f"p:{report}:{group}:{entity_id}")


def wizard(step: str, entity_id: str = "") -> str:
    code = next(k for k, v in WIZARD_STEPS.items() if v == step)
    return _checked(f"w:{code}:{entity_id}" if entity_id else f"w:{code}")


def decode(data: str | None) -> Callback | None:
    """Parse callback data; None for anything malformed or forged."""
    # ASCII only ([0-9], not any Unicode digit) and nothing after the data: not even the
    # newline that "$" would let through.
    if not data or len(data) > MAX_BYTES or not data.isascii() or "\n" in data:
        return None
    if m := _PATTERNS["card"].match(data):
        back = m.group(2) or ""
        origin = decode(back) if back else None
        if back and (origin is None or origin.action not in ("list", "related")):
            return None
        return Callback("card", entity=m.group(1), back=back)
    if (m := _PATTERNS["list"].match(data)) and m.group(1) in KIND_CODES:
        return Callback("list", kind=KIND_CODES[m.group(1)], page=int(m.group(2)))
    if (m := _PATTERNS["related"].match(data)) and m.group(2) in RELATIONS:
        return Callback("related", entity=m.group(1), relation=RELATIONS[m.group(2)], page=int(m.group(3)))
    if (m := _PATTERNS["related_key"].match(data)) and m.group(2) in RELATIONS:
        return Callback("related", token=m.group(1), relation=RELATIONS[m.group(2)], page=int(m.group(3)))
    if m := _PATTERNS["view"].match(data):
        return Callback("view", token=m.group(1), view=m.group(2))
    if m := _PATTERNS["vote"].match(data):
        return Callback("vote", token=m.group(1), helpful=m.group(2) == "u")
    if m := _PATTERNS["teach"].match(data):
        return Callback("teach", token=m.group(1), group=int(m.group(2)))
    if m := _PATTERNS["pick"].match(data):
        return Callback("pick", token=m.group(1), group=int(m.group(2)), entity=m.group(3))
    if m := _PATTERNS["wizard"].match(data):
        step = WIZARD_STEPS[m.group(1)]
        if (step in ("body", "state")) != bool(m.group(2)):
            return None
        return Callback("wizard", step=step, entity=m.group(2) or "")
    if m := _PATTERNS["lang"].match(data):
        return Callback("lang", lang=m.group(1))
    return None

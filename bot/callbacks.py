"""Callback data for inline buttons: short, versioned strings within Telegram's 64 bytes.

``c:<id>``            open an entity card
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
    helpful: bool = False
    group: int = 0
    step: str = ""


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
        return Callback("card", entity=m.group(1))
    if (m := _PATTERNS["list"].match(data)) and m.group(1) in KIND_CODES:
        return Callback("list", kind=KIND_CODES[m.group(1)], page=int(m.group(2)))
    if (m := _PATTERNS["related"].match(data)) and m.group(2) in RELATIONS:
        return Callback("related", entity=m.group(1), relation=RELATIONS[m.group(2)], page=int(m.group(3)))
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

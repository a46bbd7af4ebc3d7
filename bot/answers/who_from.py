"""Who of a body did something, asked after a meeting: "who from the executive committee spoke to the
media about it?" after the interior ministers' meeting.

The body named ("the executive committee") was read as the question's subject, so the answer was a
statement about the Executive Committee. The question is "who spoke to the media about it?" asked of
the conversation's meeting, with the body as a check: the answer is kept when the person it names
holds a post in that body or in a unit of it (Klemez, of the Committee's Security Cooperation
Department). The Russian "кто из исполкома …" is read so already.

Cheap: an anchored regex on the turn, then one parse of the body's words and one engine question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.kb.schema import Body, Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_WHO_FROM = re.compile(
    r"^\W*(?:and\s+|so\s+)?who\s+(?:from|of|at)\s+(?:the\s+)?(?P<body>[^?,]+?)\s+"
    r"(?P<did>(?:spoke|talked|told|said|commented|briefed|addressed|gave|reported|was\s+quoted)\b[^?]*?)\s*\??\s*$",
    re.I,
)


def _of_body(engine: Engine, person: Person, body: str) -> bool:
    for role in person.roles:
        own = role.body or role.organisation
        unit = engine.kb.get(role.body) if role.body else None
        if own == body or (isinstance(unit, Body) and unit.parent == body):
            return True
    return False


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """Who of the body named did what the turn asks, of the meeting in context; or None."""
    found = _WHO_FROM.match(parsed.text)
    if found is None:
        return None
    named = engine.parse(found.group("body"), parsed.lang)
    hit = next((h for h in named.hits[:2] if h.name_cover >= 0.8 and engine.kb.kind(h.entity) in ("body", "organisation")), None)
    if hit is None:
        return None
    verdict = engine.answer(f"who {found.group('did')}?", parsed.lang, today, context)
    person = engine.kb.get(verdict.focus[0]) if verdict.answered and verdict.focus else None
    if not isinstance(person, Person) or not _of_body(engine, person, hit.entity):
        return None
    verdict.question = parsed.text
    return verdict

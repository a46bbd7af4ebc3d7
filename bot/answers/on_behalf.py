"""Who did something "on behalf of" a body: "Who addressed the XVIII meeting on behalf of the Council
of Heads of State?", "Кто обратился к XVIII совещанию от имени Совета глав государств?".

The body after "on behalf of" sends the address; the meeting is another. Read whole, the ordinal went
to the body ("the sources record no 18th meeting of the Council of Heads of CIS States"). The
question is asked again without the phrase, and that answer is taken when its meeting records a
person who holds a post in that body (Rahmon chairs the Council of Heads of State); otherwise the
first answer stands: a sender the record does not link to anyone there is not guessed.

Cheap: only after a "no such numbered meeting" answer, and a cued "on behalf of" pattern.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting, Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine

BEHALF = cued(re.compile(r"\s*,?\s*\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of|от\s+имени|по\s+поручению|ot\s+imeni)\s+(?P<sender>[^?,.;!]+)", re.I))


def without_sender(question: str) -> tuple[str, str] | None:
    """The question without its "on behalf of X" phrase, and X; None when it has none."""
    found = BEHALF.search(question)
    if found is None:
        return None
    return question[: found.start()] + question[found.end() :], found.group("sender")


def sender_there(engine: Engine, sender: str, verdict: Verdict) -> bool:
    """Whether a meeting the verdict is about records a person with a post in the body ``sender`` names."""
    hits = engine.parse(sender).hits
    if not hits:
        return False
    body = hits[0].entity
    kb = engine.kb
    for entity_id in verdict.focus[:2]:
        meeting = kb.entities.get(entity_id)
        if not isinstance(meeting, Meeting):
            continue
        for part in meeting.participants.people:
            person = kb.entities.get(part.person)
            if isinstance(person, Person) and any(role.body == body for role in person.roles):
                return True
    return False

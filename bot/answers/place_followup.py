"""A place's meeting: after an answer about a city ("а в Питере?" answered with St Petersburg's card), a short
follow-up that points back at it ("кто там был?", "who was there?", "when was it there?") is about the one
meeting the sources record in that city, not about the city.

As in `body_followup`, the conversation's context is swapped for that meeting and the usual follow-up
mechanisms answer. Only when the place holds exactly one recorded meeting; with several (Moscow) the
context stays the place's and nothing changes.

Cheap: a turn of a few words with "there" / "там" / "tam" or a word for meeting (checked before any lookup).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.body_followup import MEETING
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict

MAX_WORDS = 7
_THERE = re.compile(r"\b(?:there|там|tam)\b")


def meeting_context(engine: Engine, text: str, context: Verdict) -> Verdict | None:
    """The previous verdict turned to the one meeting held in the place it was about, when the turn points back."""
    if len(text.split()) > MAX_WORDS or not (_THERE.search(text) or MEETING.search(text)) or not context.focus:
        return None
    kb = engine.kb
    place = context.focus[0]
    if place not in kb.entities or kb.kind(place) != "place":
        return None
    held = [m for m in (kb.get(i) for i in kb.meetings_held_in.get(place, [])) if isinstance(m, Meeting)]
    if len(held) != 1:
        return None
    return replace(context, focus=[held[0].id], items=[], attribute=None, kind="card")

"""The sessions of the meeting in context, asked by the word alone: "and the sessions?", "а сессии?",
"a sessii?", "what about its sessions?", "какие были секции?" after the XVIII meeting's basic
organisations or card.

A terse "and X?" is read by the other follow-up rules as "X of the previous subject" or as a new
subject; "sessions" names no entity, so it found the meeting's card (the 4 basic organisations
listed, then "and the sessions?" gave the card again) or a yes/no of a council ("Не сама
организация"). The sessions are a part of the meeting's own record: the question is asked again
with the meeting's short name ("what were the sessions of <meeting>?"), which the sessions list
answers. None when the context holds no one meeting, or that meeting records no sessions (the
usual answer then says what it can)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.previous import _meeting
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# The sessions word with at most a lead-in and a pronoun: "and the sessions", "what about its
# sessions", "а сессии", "а какие были сессии", "a sessii", "и секции?" (the filler is stripped before)
CUE = cued(
    re.compile(
        r"^(?:(?:and|so|what about|how about|а|и|a|i|а как же|а что с|a chto s)\s+)?"
        r"(?:(?:what|which)\s+(?:were|are)\s+)?(?:какие\s+(?:были\s+)?|kakie\s+(?:byli\s+)?)?"
        r"(?:the\s+|its\s+|their\s+|его\s+|её\s+|ее\s+|ego\s+)?"
        r"(?:sessions|sesions|sessons|сессии|сесии|секции|sessii|sesii|sekcii|sektsii)"
        r"(?:\s+(?:были|byli|there))?$"
    )
)
_ASK = {"en": "what were the sessions of {}?", "ru": "какие сессии были на {}?"}


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, today: date) -> Verdict | None:
    """The sessions of the one meeting in context, or None."""
    if CUE.match(text) is None:
        return None
    kb = engine.kb
    meeting_id = _meeting(engine, context, named=True)
    listed = context.filters.get("meetings")
    if meeting_id is None and isinstance(listed, list) and len(listed) == 1 and isinstance(listed[0], str):
        meeting_id = listed[0]  # a list of one meeting's participants keeps the meeting in its filters
    meeting = kb.get(meeting_id) if meeting_id else None
    if not isinstance(meeting, Meeting) or not meeting.sessions:
        return None
    short = meeting.short.ru if parsed.lang == "ru" else meeting.short.en
    name = short[0] if short else kb.name(meeting.id, parsed.lang)
    verdict = engine.answer(_ASK[parsed.lang].format(name), parsed.lang, today)
    if not verdict.answered or meeting.id not in [*verdict.focus, *verdict.items]:
        return None
    # "а сессии?" asserts nothing: no "Да." before the list
    verdict.filters = {**verdict.filters, "follow_up": context.question, "meeting": meeting.id, "asserts_nothing": True}
    return verdict

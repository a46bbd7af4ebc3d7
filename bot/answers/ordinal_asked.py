"""A meeting's number in its series: "какой номер был у июньского антитеррористического совещания",
"каким по счёту было заседание секретарей", "what number was the June counter-terrorism meeting",
"kakoy nomer u soveshchaniya". The answer is the meeting's recorded number (XVIII, 13th), not its
card nor what was said at it; a meeting recorded without a number is "not given".

"What number of states attended" counts, and is no number of a meeting: "number of" is never a cue.
Cheap: only a question with one of the cue words is looked at.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.meeting_names import named_meetings
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_NUMBER_ASKED = re.compile(
    r"\b(?:what|which)\s+number\b(?!\s+of\b)|\bnumbered\b"
    r"|\bкак(?:ой|ое|ая|им|ом|ого)\s+(?:был\w*\s+|у\s+)?номер\w*|\bпо\s+сч[её]ту\b|\bпорядков\w*\s+номер\w*"
    r"|\bkak(?:oy|oi|oj|oe|aya|im|om|ogo)\s+(?:byl\w*\s+|u\s+)?nomer\w*|\bpo\s+schetu\b",
    re.I,
)
CUE = literal_cue([_NUMBER_ASKED])
# "На какой по счёту сессии обсуждали …": a session's number within a meeting, not the meeting's.
_PART = re.compile(r"\b(?:session|sitting|section|item|day|сесси\w*|секци\w*|пункт\w*|день|дн[яе]|sessi\w*|sekci\w*|punkt\w*)\b", re.I)
MEETING_AT = 0.4  # a meeting hit this good is the one asked when no meeting is named outright


def roman(value: int) -> str:
    """A meeting's number as the sources write it for series ("XVIII")."""
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for size, letters in numerals:
        count, value = divmod(value, size)
        out.append(letters * count)
    return "".join(out)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The number of the meeting asked, or None when the question asks no meeting's number."""
    text = parsed.text.lower()
    if not CUE(text) or not _NUMBER_ASKED.search(text) or _PART.search(text):
        return None
    kb = engine.kb
    named = [m for m, _ in named_meetings(engine, parsed)]
    if not named:
        top = parsed.hits[0] if parsed.hits else None
        if top is None or kb.kind(top.entity) != "meeting" or top.score < MEETING_AT:
            return None
        named = [top.entity]
    meeting = kb.get(named[0])
    if not isinstance(meeting, Meeting):
        return None
    base.kind = "fact"
    base.answered = True
    base.attribute = "number"
    base.focus = [meeting.id]
    base.intent = "number"
    base.sources = list(meeting.sources)
    if meeting.number is None:
        base.reason = "not_stated"
        return base
    base.value = {"number": meeting.number}
    return base

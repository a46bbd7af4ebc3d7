"""Which of the two meetings just compared is the one a record describes: "а какая из них проходила в
городе, сильно пострадавшем в войну?" after "which was first, the St Petersburg meeting or the June
one?" (or after the days between them) — the St Petersburg one, whose record says it was held "in a
city that endured immense suffering during the war".

The two meetings are the candidates (the pair a comparison kept, see :mod:`bot.answers.pair_followup`).
Each one's own statements (agenda, sessions, what was said there, its notes) and its city's
description are matched against the rest of the question word by word, roots allowed to differ in
their prefix or ending ("пострадавшем" ~ "страдания", "войну" ~ "войны"). The meeting with the one
best statement, sharing more of the question's words than any statement of the other, is the answer,
quoted with that statement. None when both match alike or too little (the other mechanisms go on):
no guess between two meetings.

Cheap: a "which of them" regex on a short turn, and only when the previous answer compared two meetings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import pair_followup
from bot.answers.cues import cued
from bot.answers.documents import statements_of
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Bilingual, Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

CUE = cued(
    re.compile(
        r"^(?:(?:and|so|а|и|a|i|ну)\s+)?(?:(?:which|what)\s+(?:one\s+)?(?:of\s+(?:them|the\s+two|these|those)|one)"
        r"|(?:какая|какой|какое|которая|который|которое)\s+из\s+(?:них|двух|этих|тех)"
        r"|(?:kakaya|kakoy|kakoj|kakoe|kotoraya|kotoryj|kotoryy)\s+iz\s+(?:nih|dvuh|etih|teh))\b(?P<rest>.*)$"
    )
)
# The frame of the question and words of any meeting: none tells the two apart.
_FRAME = frozenset(
    [
        "the", "a", "an", "was", "were", "is", "held", "take", "took", "place", "hold", "happen", "happened", "in", "at",
        "of", "on", "that", "which", "what", "one", "them", "with", "в", "на", "во", "из", "них", "что", "где",
        "который", "которая", "которое", "проходила", "проходило", "проходил", "прошла", "прошло", "прошёл", "прошел",
        "была", "было", "был", "состоялась", "состоялось", "заседание", "встреча", "совещание", "meeting", "session",
        "там", "это", "v", "na", "iz", "nih", "proshla", "prohodila", "byla",
    ]
)
_MIN_SHARED = 2  # words a statement must share with the question to describe it
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower().replace("ё", "е")) if len(w) >= 4 and w not in _FRAME]


def _alike(asked: str, said: str) -> bool:
    """Whether two words share a root: a long common start, or one's root inside the other."""
    common = 0
    for a, b in zip(asked, said, strict=False):
        if a != b:
            break
        common += 1
    if common >= 4 and common >= min(len(asked), len(said)) - 2:
        return True
    return (len(said) >= 6 and said[:5] in asked) or (len(asked) >= 6 and asked[:5] in said)


def _shared(asked: list[str], text: str) -> int:
    said = _words(text)
    return sum(1 for word in asked if any(_alike(word, other) for other in said))


def _texts(engine: Engine, meeting: Meeting) -> list[Bilingual]:
    found = list(statements_of(meeting))
    place = engine.kb.get(meeting.place) if meeting.place else None
    if place is not None:
        found.append(place.description)
    return found


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict) -> Verdict | None:
    """The one of the two compared meetings a record describes as asked, or None."""
    match = CUE.match(text)
    if match is None:
        return None
    pair = context.filters.get("pair") or pair_followup.compared(engine, context)
    if not isinstance(pair, list) or len(pair) != 2:
        return None
    rest = match.group("rest")
    if pair_followup.asks_of_both(rest):
        return None  # "which of them was first / where": the comparison's own follow-ups
    asked = _words(rest)
    if len(asked) < _MIN_SHARED:
        return None
    best: dict[str, tuple[int, Bilingual | None]] = {}
    for meeting_id in pair:
        meeting = engine.kb.get(meeting_id)
        if not isinstance(meeting, Meeting):
            return None
        scored = [(max(_shared(asked, said.en), _shared(asked, said.ru)), said) for said in _texts(engine, meeting)]
        best[meeting_id] = max(scored, key=lambda one: one[0], default=(0, None))
    (first, (top, said)), (_, (other, _)) = sorted(best.items(), key=lambda one: -one[1][0])
    if top < _MIN_SHARED or top <= other or said is None:
        return None
    meeting = engine.kb.entities[first]
    source = meeting.sources[0] if meeting.sources else None
    verdict = Verdict(parsed.text, parsed.lang, "quote", True, intent="quote")
    verdict.focus = [first]
    verdict.statements = [Statement(said.en, said.ru, first, source, None)]
    verdict.sources = [source] if source else []
    verdict.filters = {"follow_up": context.question, "pair": pair}
    return verdict

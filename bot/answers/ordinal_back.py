"""A bare ordinal after a turn about something else ("о чём была третья?" → "где планировались эти
учения?" → "а четвёртая?"): the session of that number of the meeting whose session was asked by number.

The turn that asks a meeting's session by its number marks its verdict with the meeting
(`mark`); the mark is carried through one further turn (`carry`), so an ordinal ellipsis after a
turn about the exercise, a person or a place that session named is still of that meeting's sessions,
not of the entry in between ("the fourth of the exercise", "which came first").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.listed_followup import ordinal_word
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

KEY = "ordinal_of"
_ENGLISH = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
# "а четвёртая?", "and the fourth?", "a pervaya?", "а вторая сессия?", "what about the second one?"
_BARE = re.compile(
    r"^(?:(?:and|what about|how about|а|и|a|i|ну)\s+)?(?:the\s+)?(?P<ordinal>[^\W\d_]{4,})"
    r"(?:\s+(?:one|session|сессия|секция|sessiya|sekciya|заседание))?$"
)
_ENGLISH_WORDS = re.compile(r"\b(?:and|the|what|about|one|session|first|second|third|fourth|fifth)\b")
_SESSION_WORD = re.compile(r"\b(?:session|сесси\w*|секци\w*|sessi\w*|sekci\w*)\b")


def _ordinal(text: str) -> int | None:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return next((n for w in words if len(w) > 3 and (n := ordinal_word(w))), None)


def mark(engine: Engine, text: str, context: Verdict, verdict: Verdict) -> None:
    """Marks a verdict that answered a meeting's session by its number ("о чём была третья?")."""
    meeting = next((i for i in verdict.focus if i in engine.kb.entities and engine.kb.kind(i) == "meeting"), None)
    if meeting is None or _ordinal(text) is None or KEY in verdict.filters:
        return
    if _SESSION_WORD.search(text) or _SESSION_WORD.search(context.question.lower()) or (isinstance(mark_before := context.filters.get(KEY), dict) and mark_before.get("meeting") == meeting):
        verdict.filters[KEY] = {"meeting": meeting, "turns": 0}


def carry(context: Verdict, verdict: Verdict) -> None:
    """Keeps the mark one turn on, when that turn is about something else."""
    marked = context.filters.get(KEY)
    if isinstance(marked, dict) and marked.get("turns") == 0 and KEY not in verdict.filters:
        verdict.filters[KEY] = {**marked, "turns": 1}


def answer(engine: Engine, parsed: Parsed, short: str, context: Verdict, today: date) -> Verdict | None:
    """The session of the ordinal asked, of the meeting the mark names; None when the turn is no bare
    ordinal or the previous turn is itself about that meeting (the ordinal follow-ups handle it)."""
    marked = context.filters.get(KEY)
    if not isinstance(marked, dict) or marked.get("turns") != 1:
        return None
    bare = _BARE.match(short)
    number = ordinal_word(bare.group("ordinal")) if bare is not None else None
    meeting = marked.get("meeting")
    if number is None or number not in _ENGLISH or not isinstance(meeting, str) or meeting not in engine.kb.entities:
        return None
    if meeting in context.focus:
        return None
    name = next(iter(engine.kb.entities[meeting].short.en), None) or engine.kb.name(meeting, "en")
    verdict = engine.answer(f"what was the {_ENGLISH[number]} session of {name} about?", "en", today)
    if not verdict.answered or meeting not in verdict.focus:
        return None
    verdict = replace(verdict)
    # an ellipsis typed in Latin letters ("a pervaya?") is in the conversation's language unless its words are English
    verdict.lang = parsed.lang if _ENGLISH_WORDS.search(short) or not short.isascii() else context.lang
    verdict.filters = {**verdict.filters, "follow_up": context.question, KEY: {"meeting": meeting, "turns": 0}}
    return verdict

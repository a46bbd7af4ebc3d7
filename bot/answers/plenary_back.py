""""Who addressed the plenary?" / "кто выступил на пленарном заседании?" after a turn about an exercise or
session a meeting discussed: the plenary is that meeting's (an exercise has none; its card said "the
sources do not say who spoke").

The meeting is the one the conversation kept: the turn's "meeting", the meeting of its pair (the turn
went from the meeting to the exercise), or the meeting whose session was asked by number.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import ordinal_back
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_WORDS = ("plenar", "пленарн")
_WHO = re.compile(r"\b(?:who|кто|kto)\b")


def _has_sessions(entity: object) -> bool:
    """A meeting whose record has sessions (a plenary among them); an exercise has none."""
    return isinstance(entity, Meeting) and bool(entity.sessions)


def cued(short: str) -> bool:
    return any(word in short for word in _WORDS)


def answer(engine: Engine, parsed: Parsed, short: str, context: Verdict, today: date) -> Verdict | None:
    """The question asked of the plenary of the meeting in context, when the previous turn is about
    something else than a meeting; else None."""
    kb = engine.kb
    if not cued(short) or len(short.split()) > 10:
        return None
    if any(_has_sessions(kb.get(i)) for i in context.focus[:1]):
        return None  # a meeting with sessions is in context: the question is answered as it stands
    marked = context.filters.get(ordinal_back.KEY)
    pair = context.filters.get("pair")
    candidates = [
        context.filters.get("meeting"),
        *(pair if isinstance(pair, list) else []),
        marked.get("meeting") if isinstance(marked, dict) else None,
    ]
    meeting = next((i for i in candidates if isinstance(i, str) and _has_sessions(kb.get(i))), None)
    if meeting is None:
        return None
    name = next(iter(kb.entities[meeting].short.en), None) or kb.name(meeting, "en")
    if short.startswith(("who ", "what ", "which ")):
        question = f"{parsed.text.strip().rstrip('?. ')} of {name}?"
    elif _WHO.search(short):
        question = f"who addressed the plenary session of {name}?"
    else:
        return None
    verdict = engine.answer(question, "en", today)
    if not verdict.answered or verdict.kind in ("clarify", "decline"):
        return None
    verdict = replace(verdict)
    verdict.lang = parsed.lang
    verdict.filters = {**verdict.filters, "follow_up": context.question, "meeting": meeting}
    return verdict

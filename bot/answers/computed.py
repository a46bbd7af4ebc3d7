"""Small helpers of the answerers that compute from the data (the timeline and its parts): the sources
of the entries shown, a verdict marked answered, a date known to the day."""

from __future__ import annotations

from datetime import date

from bot.answers.verdict import Verdict
from bot.kb.base import KnowledgeBase
from bot.kb.schema import PartialDate


def entry_sources(kb: KnowledgeBase, ids: list[str]) -> list[str]:
    return list(dict.fromkeys(s for i in ids for s in kb.entities[i].sources))


def marked_answered(base: Verdict, kind: str, intent: str) -> Verdict:
    base.kind = kind
    base.answered = True
    base.intent = intent
    return base


def known_day(value: str | None) -> date | None:
    """A date known to the day, else None."""
    if not value:
        return None
    known = PartialDate.parse(value)
    if known.month is None or known.day is None:
        return None
    return date(known.year, known.month, known.day)

"""The day of the week asked ("Which day of the week was the BelTA story published?", "в какой
день недели прошло XVIII совещание?"): the question asked as "when", and the date found marked for
the answer to name its weekday (filters["weekday"], an ISO date); a date known only to the month
gives no weekday, and the "when" answer stands as it is.

Cheap: one precompiled pattern, whose literal first words gate it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.verdict import Verdict
from bot.kb.schema import PartialDate

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_WEEKDAY_ASKED = re.compile(
    r"\b(?:on\s+)?(?:which|what)\s+(?:day\s+of\s+the\s+week|weekday)\b"
    r"|(?:\b(?:в|во)\s+)?(?:какой|какой же)\s+день\s+недели\b|(?:\bv\s+)?kakoy\s+den'?\s+nedeli\b"
)
WEEKDAY_CUE = literal_cue([_WEEKDAY_ASKED])


def _day_of(engine: Engine, verdict: Verdict) -> date | None:
    """The one day a "when" verdict gives, when known to the day."""
    value = verdict.value if isinstance(verdict.value, dict) else {}
    text = value.get("date")
    if verdict.attribute == "source" and value.get("source"):
        source = engine.kb.source(str(value["source"]))
        text = source.date if source is not None else None
    if not text:
        return None
    try:
        partial = PartialDate.parse(str(text)[:10])
    except ValueError:
        return None
    if partial.month is None or partial.day is None:
        return None
    return date(partial.year, partial.month, partial.day)


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date) -> Verdict | None:
    """The "when" verdict marked with the weekday of its date; None when no weekday is asked or
    no single day is found."""
    asked = _WEEKDAY_ASKED.search(parsed.text.lower())
    if asked is None:
        return None
    when = "когда" if parsed.lang == "ru" else "when"
    question = f"{parsed.text[: asked.start()]} {when} {parsed.text[asked.end() :]}".strip()
    verdict = engine.answer(question, parsed.lang, today)
    day = _day_of(engine, verdict) if verdict.answered else None
    if day is None:
        return None
    verdict.question = base.question
    verdict.filters = {**verdict.filters, "weekday": day.isoformat()}
    return verdict

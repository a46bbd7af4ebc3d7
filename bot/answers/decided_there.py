""""Что там решили насчёт ШОС?" / "chto tam reshili naschet ShOS?" / "what did they decide there about the
SCO?" after a meeting: what that meeting decided about it.

"Там" after "что" reads as chat filler ("что там с ...") and is dropped before the follow-ups see the
question; the entry named after "насчёт" then made it a new question about the SCO, which asked back.
The user's own words still say "there": the question is asked of the meeting in context by name
("what was decided at the Dushanbe summit about ShOS?").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import _meeting
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_WORDS = ("там", "tam", "there")
_DECIDED = re.compile(
    r"\b(?:(?:что|chto|what)\s+(?:там|tam)\s+(?:решили|постановили|приняли|reshili|postanovili|prinyali)"
    r"|(?:что|chto)\s+(?:решили|приняли|reshili|prinyali)\s+(?:там|tam)"
    r"|what\s+(?:did\s+they|was)\s+(?:decided?|agreed?)\s+there)\s+"
    r"(?:насч[её]т|по поводу|про|о|об|naschet|naschyot|po povodu|pro|about|on|regarding)\s+(?P<topic>.+)$",
    re.IGNORECASE,
)
MAX_WORDS = 12


def answer(engine: Engine, parsed: Parsed, asked: str, context: Verdict, today: date) -> Verdict | None:
    """What the meeting in context decided about the topic the user's words name, or None."""
    text = asked.lower().strip(" ?!.")
    if len(text.split()) > MAX_WORDS or not any(word in text for word in _WORDS):
        return None
    found = _DECIDED.search(text)
    if found is None:
        return None
    meeting = _meeting(engine, context, named=True)
    if meeting is None:
        return None
    name = next(iter(engine.kb.entities[meeting].short.en), None) or engine.kb.name(meeting, "en")
    verdict = engine.answer(f"what was decided at {name} about {found.group('topic')}?", "en", today)
    if not verdict.answered or meeting not in verdict.focus:
        return None
    verdict = replace(verdict)
    verdict.lang = parsed.lang
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict

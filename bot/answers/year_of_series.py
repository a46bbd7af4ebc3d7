"""Another year asked of a numbered meeting's council: "а в 2024 году было?" / "and in 2024?" / "a v 2024
bylo?" after the 13th Security Secretaries meeting (5 November 2025) asks whether the council met in 2024,
not whether the 13th meeting was in 2024.

Asked again with the meeting's name, the year check answered "Нет. The 13th took place on 5 November
2025" — which reads as "the council did not meet in 2024", a claim the sources do not make (a 13th
meeting had twelve before it). The council's meetings in that year are asked instead: the sources record
none, and the nearest recorded is named.

Cheap: a regex on a turn of a few words, and only after an answer about a meeting held by a body.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.kb.base import meeting_date
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

CUE = re.compile(
    r"^(?:(?:and|so|а|и|a|i|ну|nu)[ ,]+)?(?:(?:what about|how about)\s+)?(?:(?:in|в|во|v)\s+)?(?P<year>20\d\d)"
    r"(?:\s+(?:году|годом|г|godu|year))?(?:\s+(?:было|был|была|были|проходило|проводилось|тоже|bylo|byl|byla|byli|prohodilo|tozhe"
    r"|too|as well|was there one|were there any|did they meet))?$"
)


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, today: date) -> Verdict | None:
    """The council's meetings in the year asked, after an answer about one of its numbered meetings."""
    found = CUE.match(text)
    if found is None:
        return None
    kb = engine.kb
    meeting = next((kb.get(i) for i in context.focus[:1]), None)
    if not isinstance(meeting, Meeting) or not meeting.body or not meeting.number or meeting.body not in kb.entities:
        return None
    year = int(found.group("year"))
    held = meeting_date(meeting)
    if held is None or held.year == year:
        return None  # the meeting's own year: the usual answers say it
    body = kb.name(meeting.body, "en")
    verdict = engine.answer(f"did the {body} meet in {year}?", parsed.lang, today)
    if not verdict.answered or verdict.kind == "clarify":
        return None
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict

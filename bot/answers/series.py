"""How many times a numbered series of meetings has been held, asked with the number of one of
them ("how many times had they met, if the June one was the XVIII?"): the number says it, the
sources listing no earlier meetings of the series notwithstanding.

Cheap: a precompiled "how many times" pattern and the count intent gate it; only the meetings the
question names are looked at.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.meeting_names import named_meetings
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_HOW_MANY_TIMES = re.compile(r"\bhow many times\b|\bсколько раз\b|\bskol'?ko raz\b")


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """A count from the number of the one numbered meeting the question names with that number,
    else None."""
    if parsed.intent.question != "count" or not _HOW_MANY_TIMES.search(parsed.text.lower()):
        return None
    asked = {token for token in parsed.query.tokens if token[:1] == "#"}
    meetings = [
        meeting
        for meeting_id, _ in named_meetings(engine, parsed)[:2]
        if isinstance(meeting := engine.kb.entities[meeting_id], Meeting)
        and meeting.number is not None
        and f"#{meeting.number}" in asked
    ]
    if len(meetings) != 1:
        return None
    meeting = meetings[0]
    base.kind, base.answered = "count", True
    base.intent = "count:series"
    base.attribute = "series_count"
    base.value = meeting.number
    base.focus = [meeting.id]
    base.sources = list(meeting.sources)
    return base

"""A meeting the sources do not date, asked in a year or month: "Where was the meeting of the heads of
CIS security and intelligence services held in 2024?", "что решили на встрече глав спецслужб в июне".

The one meeting of those heads is undated in its source; answered as if the year or month asked were
its own, the reply confirmed what the sources never say. Its record still answers (the meeting may
be the one asked), headed "The sources do not say so directly. What they record:" (grounds
"unconfirmed"), as a yes/no answered from a card is. Checked after a stated answer; cheap: the
focus's date is looked at before any pattern.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.question_form import months_named
from bot.answers.yesno import EVENT_YEAR
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_STATED = frozenset({"fact", "card", "quote"})


def undated_asked(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict:
    """The verdict, marked "unconfirmed" when it states the record of an undated meeting of a year
    or month the question places it in."""
    if verdict.kind not in _STATED or not verdict.answered or verdict.yes is not None or verdict.grounds or not verdict.focus:
        return verdict
    meeting = engine.kb.get(verdict.focus[0])
    if not isinstance(meeting, Meeting) or meeting.date:
        return verdict
    if EVENT_YEAR.search(parsed.text) is None and not months_named(parsed.text):
        return verdict
    verdict.grounds = "unconfirmed"
    return verdict

"""Back from a planned event to the meeting that discussed it: "Who sent a congratulatory address to
it?" after "where were they going to hold it?" (the exercise the XVIII meeting's third session
prepared, "Commonwealth-Antiterror – 2025", planned for Tajikistan).

The previous answer is about the planned exercise, so "it" read as the exercise, whose record has no
addresses (it is known only as planned): "the sources do not say who spoke at the exercise". A
greeting, an address or a speech is made to a meeting that took place; when the event in context is
only planned and the conversation came to it from a held meeting (the pair it keeps), the question is
asked of that meeting.

Cheap: one regex on the turn, and only when the previous answer is about a planned event.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import POINTING, ask_about_meeting
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

# Made to a meeting that took place: greetings, addresses, speeches.
_ADDRESSED = re.compile(
    r"\b(?:congratulat\w*|greet\w*|address\w*|welcom\w*|speech\w*|spoke|speak\w*)\b"
    r"|(?<!\w)(?:приветств\w*|поздрав\w*|обращени\w*|обратил\w*|выступ\w*|privetstv\w*|pozdrav\w*|vystup\w*)",
    re.I,
)


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The question asked of the held meeting the conversation came from, or None."""
    kb = engine.kb
    planned = kb.get(context.focus[0]) if context.focus else None
    if not isinstance(planned, Meeting) or planned.status == "held" or not _ADDRESSED.search(parsed.text):
        return None
    if not POINTING.search(parsed.text.lower()):
        return None  # "who greeted the XVIII meeting?" names its own subject
    pair = context.filters.get("pair")
    held = [
        i for i in (pair if isinstance(pair, list) else []) if i != planned.id and isinstance(m := kb.get(i), Meeting) and m.status == "held"
    ]
    if len(held) != 1:
        return None
    verdict = ask_about_meeting(engine, parsed, held[0], today)
    if verdict is None or not verdict.answered:
        return None
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict

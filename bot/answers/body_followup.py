"""A body's meeting: after an answer about a body ("what is the interior ministers council?"), a short
follow-up about meeting ("когда они заседали?", "when did they meet?", "where was their meeting?") is about
the one meeting of that body the sources record, not about the word "meeting" searched alone (which finds
"20 meetings were held in 2025").

The follow-up is answered as if the previous answer had been about that meeting: the conversation's
context is swapped for it, and the usual follow-up mechanisms ("when?", "where?", "who was there?") do the
rest. Only when the body has exactly one recorded meeting of its own (held by it, not merely attended);
with several or none the context stays the body's and nothing changes.

Cheap: a turn of a few words with a word for meeting (checked before any lookup).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict

MAX_WORDS = 7
# A verb or noun of meeting: "meet", "met", "meeting", "заседали", "собирались", "встреча", "zasedali".
MEETING = re.compile(
    r"\b(?:meet|meets|met|meeting|meetings|convened?|session|заседа\w*|собира\w*|собрал\w*|встреча\w*|встречал\w*"
    r"|совещани\w*|zaseda\w*|sobira\w*|sobral\w*|vstrech\w*|vstrecha\w*)\b"
)


def meeting_context(engine: Engine, text: str, context: Verdict) -> Verdict | None:
    """The previous verdict turned to the one meeting of the body it was about, when the turn asks about meeting."""
    if len(text.split()) > MAX_WORDS or not MEETING.search(text) or not context.focus:
        return None
    kb = engine.kb
    subject = context.focus[0]
    if subject not in kb.entities or kb.kind(subject) != "body":
        return None
    own = [meeting.id for meeting in kb.meetings_of(subject) if meeting.body == subject]
    if len(own) != 1:
        return None
    return replace(context, focus=[own[0]], items=[], attribute=None, kind="card")

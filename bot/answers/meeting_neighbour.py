"""The meeting before or after the one in context, in date order ("and the meeting before it, which one
was that?", "а какое совещание было перед ним?", "a predydushchee soveshchanie kakoe bylo?", "and the
meeting after it?").

A bare "а предыдущее заседание?" stays the same council's earlier meeting (`followup._meeting_before`);
a turn that asks *which* meeting came before or after "it" asks of every dated meeting the sources record,
as the full question ("which meeting was before the CIS Interior Ministers Council meeting?") is answered
by `timeline`. The two meetings are kept as the verdict's pair, so "сколько дней между ними?" next is
asked of both (`pair_followup`).
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

MAX_WORDS = 12
# cheap word test first: each cue holds one of these
_CUE_WORDS = ("befor", "after", "previous", "preced", "prior", "перед", "до ", "после", "предыдущ", "pered", "posle", "predydush", "do ")
_BEFORE = re.compile(
    r"\b(?:before (?:it|that|this)|preceding|previous|prior to (?:it|that)|перед (?:ним|этим|тем|ней)|до (?:него|этого|того|неё|нее)"
    r"|предыдущ\w*|pered (?:nim|etim|tem|nei)|do (?:nego|etogo|togo)|predydush\w*)(?!\w)"
)
_AFTER = re.compile(r"\b(?:after (?:it|that|this)|после (?:него|этого|того|неё|нее)|posle (?:nego|etogo|togo))(?!\w)")
# the turn asks which meeting, or names a meeting beside "before it" / "перед ним"
_WHICH = re.compile(
    # "the one before it": "one" stands for the meeting
    r"\b(?:which|what|one|какое|какая|какой|kakoe|kakaya|kakoy|что за|chto za|meeting|совещани\w*|заседани\w*|встреч\w*"
    r"|soveshchani\w*|zasedani\w*|vstrech\w*|event|мероприяти\w*)\b"
)
# "when was the one before?": a date asked, not which meeting (the same council's, by followup)
_ASKS_OTHER = re.compile(r"\b(?:when|where|who|how|когда|где|кто|сколько|kogda|gde|kto|skolko)\b")
_POINTER = re.compile(r"\b(?:it|that|this|ним|этим|тем|ней|него|этого|того|неё|нее|nim|etim|nego|etogo|togo)\b")


def cued(short: str) -> bool:
    return any(word in short for word in _CUE_WORDS) and (_BEFORE.search(short) is not None or _AFTER.search(short) is not None)


def answer(engine: Engine, parsed: Parsed, short: str, context: Verdict, today: date) -> Verdict | None:
    """The meeting before or after the previous answer's meeting, or None when the turn asks no such thing."""
    if len(short.split()) > MAX_WORDS or not cued(short) or _ASKS_OTHER.search(short):
        return None
    if not _WHICH.search(short):
        return None
    after = _AFTER.search(short) is not None
    if not after and not _POINTER.search(short) and not re.search(r"\b(?:which|what|какое|какая|kakoe|kakaya)\b", short):
        return None  # "а предыдущее заседание?": the same council's, asked again (followup._meeting_before)
    meeting_id = _meeting(engine, context, named=True)
    if meeting_id is None:
        return None
    kb = engine.kb
    # the short name: a long official one ("October meetings of the CIS supreme bodies …") reads as several
    name = next(iter(kb.entities[meeting_id].short.en), None) or kb.name(meeting_id, "en")
    question = f"which meeting came after {name}?" if after else f"which was the previous meeting before {name}?"
    verdict = engine.answer(question, "en", today)
    if not verdict.answered or verdict.kind != "list" or meeting_id not in verdict.focus:
        return None
    verdict = replace(verdict)
    keys = [kb.date_key.get(i) for i in verdict.items]
    if len(verdict.items) > 1 and all(keys):
        # "the meeting before it" is the nearest one (meetings of one month stay together)
        nearest = min(keys) if after else max(keys)  # type: ignore[type-var]
        verdict.items = [i for i, key in zip(verdict.items, keys, strict=True) if key == nearest]
    verdict.lang = parsed.lang
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    if len(verdict.items) == 1:
        verdict.filters["pair"] = [meeting_id, verdict.items[0]]
    return verdict

"""Whether one participant was at both of the two meetings in context: "а Туркменистан был на обоих?", "was
Armenia at both?", "a Azerbaydzhan byl na oboikh?" after "which came first, A or B?" (or two meetings asked in turn).

The turn names its participant, so it has a subject of its own and `pair_sets` (the participants of a kind at
both) is never asked; read alone it was a yes/no of one of the two meetings ("Да" for Azerbaijan, listed at the
XVIII meeting but not at St Petersburg). It is asked as the one question "was <X> at both the <A> and the <B>?",
which the membership check answers meeting by meeting ("No" unless both lists name it); the verdict keeps the pair,
so "а Азербайджан?" next is asked the same way.

Cheap: a regex on a short turn, and only when the previous verdict holds two meetings.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import pair_sets

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 8
_BOTH = re.compile(r"\bboth\b|\bоб[ао]их\b|\bобеих\b|\boboi[kh]h?\b|\bobei[kh]h?\b|\bи там,? и там\b", re.I)
_PARTICIPANT_KINDS = ("state", "body", "organisation")
_NAMED_COVER = 0.8


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """Whether the participant the turn names was at both meetings in context, or None."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS or not _BOTH.search(text):
        return None
    pair = pair_sets.pair_of(engine, context)
    if pair is None:
        return None
    return _asked(engine, parsed, pair, today)


def again(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """ "а Азербайджан?" right after a participant was asked at both: the same question of this one."""
    if len(parsed.text.split()) > 4 or context.kind != "yes_no" or context.filters.get("both") is not True:
        return None
    pair = pair_sets.pair_of(engine, context)
    if pair is None:
        return None
    return _asked(engine, parsed, pair, today)


def _asked(engine: Engine, parsed: Parsed, pair: list[str], today: date) -> Verdict | None:
    kb = engine.kb
    named = [
        hit.entity
        for hit in parsed.hits[:3]
        if kb.kind(hit.entity) in _PARTICIPANT_KINDS and hit.name_cover >= _NAMED_COVER
    ]
    if len(named) != 1:
        return None
    participant = kb.entities[named[0]]
    meetings = [kb.entities[m] for m in pair]
    names = [meeting.short.en[0] if meeting.short.en else meeting.name.en for meeting in meetings]
    question = f"was {participant.name.en} at both the {names[0]} and the {names[1]}?"
    verdict = engine.answer(question, parsed.lang, today)
    if verdict.kind != "yes_no" or not verdict.answered or not set(pair) <= set(verdict.focus):
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "pair": pair, "both": True}
    return verdict

"""A meeting number no recorded meeting has, asked with no body or series named: "where was the XIX
meeting?", "what happened at the 15th meeting?", "когда было 12-е заседание?".

Nothing in the question names an entry, so it was declined as out of scope, or the number was read
as a day of a date ("12-е" found the meeting of 12 August). The numbered meetings the sources record
answer it: none has that number; the nearest by number are given.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

from bot.answers.lookalike import MEETING_WORDS
from bot.answers.mentions import MENTION_SCORE
from bot.answers.question_form import meeting_ordinals
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

NAMED_COVER = 0.8
# An ordinal written as one: a Roman numeral, or digits with an ordinal ending ("14th", "12-е", "12-go")
_ORDINAL_FORM = re.compile(
    r"\b[IVXLC]{2,}\b|\b[IVXLC]+(?=\s+(?:meeting|session|совещани|заседани|встреч|soveshchani|zasedani))"
    r"|\b\d{1,3}(?:st|nd|rd|th)\b|\b\d{1,3}-?(?:е|й|го|ое|ого|ий|ье|ый|м|ом|oe|ye|yy|yi|go|ogo|m|om)\b"
)
NEAREST = 2

# The numbered meetings and their numbers, per engine (its knowledge base never changes): a question
# with an ordinal would otherwise walk every meeting (thousands in a large knowledge base).
_NUMBERED: weakref.WeakKeyDictionary[Engine, tuple[list[Meeting], frozenset[int]]] = weakref.WeakKeyDictionary()


def _numbered(engine: Engine) -> tuple[list[Meeting], frozenset[int]]:
    cached = _NUMBERED.get(engine)
    if cached is None:
        meetings = [m for m in engine.kb.of_kind("meeting") if isinstance(m, Meeting) and m.number]
        cached = _NUMBERED[engine] = (meetings, frozenset(m.number for m in meetings if m.number))
    return cached


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """"Not recorded" with the nearest numbered meetings, or None (no meeting number asked, one
    recorded with it, or a body or series named: the number look-alike of that series answers)."""
    ordinals = meeting_ordinals(parsed.text)
    if not ordinals or not MEETING_WORDS.search(parsed.text) or not _ORDINAL_FORM.search(parsed.text):
        return None  # ("proshlo 25 zasedanii?": a count of meetings, not the 25th)
    kb = engine.kb
    numbered, numbers = _numbered(engine)
    if not numbered or not numbers.isdisjoint(ordinals):
        return None
    if any(
        h.score >= MENTION_SCORE
        and (h.name_cover >= NAMED_COVER or getattr(kb.entities[h.entity], "number", None))
        and kb.kind(h.entity) in ("body", "meeting", "organisation", "state", "place")
        for h in parsed.hits[:5]
    ):
        return None  # a body or a numbered series named (even in part): its own number look-alike answers
    asked = min(ordinals)
    nearest = sorted(numbered, key=lambda m: (abs((m.number or 0) - asked), m.number or 0))[:NEAREST]
    return unrecorded_number(base, asked, nearest)


def unrecorded_number(base: Verdict, asked: int, nearest: list[Meeting]) -> Verdict:
    """``base`` made "not recorded": no meeting numbered ``asked``, the ``nearest`` numbered ones instead
    (the first is named as the number recorded)."""
    base.kind, base.answered, base.reason, base.intent = "not_recorded", True, "constraint", "not_recorded"
    base.value = {"what": "number", "asked": asked, "recorded": nearest[0].number}
    base.alternatives = [m.id for m in nearest]
    base.focus = [nearest[0].id]
    base.sources = list(dict.fromkeys(s for m in nearest for s in m.sources))
    return base

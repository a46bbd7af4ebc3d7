"""A "did you mean" that the conversation settles: "which unit of the executive committee works with
them?" after the number of meetings the security bodies held (a figure of the annual report).

Alone, the question's words reach the Executive Committee, its security department and the report's fact
on how the bodies work with the Committee, none clearly, so the answer was a "did you mean". The turn
points back ("them", "они", "oni") at the subject of the previous answer, whose record is the report: the
one fact of that same record which the candidates are (or which links two of them) is what is asked, and
its card answers ("… in close interaction with the CIS Executive Committee (Department for Cooperation in
the Security Sphere)").

No confident wrong answer: only a turn that points back, only facts sharing a source with the previous
answer, and only when exactly one such fact is found; else the "did you mean" stands.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict
from bot.kb.schema import Fact

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# Words pointing back at a group or a thing of the previous answer (not "he": a person has no facts here)
_POINTING = re.compile(
    r"\b(?:they|them|their|it|its|these|those|они|их|им|ими|ними|них|оно|его|эти|этих|oni|ikh|ih|im|nimi|nih)\b"
)
_LINKED = 2  # candidates a fact must link to be the one they have in common


def choose(engine: Engine, parsed: Parsed, verdict: Verdict, context: Verdict | None, today: date) -> Verdict | None:
    """The card of the one fact of the previous answer's record that a "did you mean" hesitated over."""
    if verdict.kind != "clarify" or context is None or not context.answered or not context.sources:
        return None
    if _POINTING.search(parsed.text.lower()) is None:
        return None
    kb = engine.kb
    offered = set(verdict.alternatives)
    shown = set(context.focus) | set(context.items)
    found = []
    for entity in kb.entities.values():
        if not isinstance(entity, Fact) or entity.id in shown or not set(entity.sources) & set(context.sources):
            continue
        if entity.id in offered or len(offered & set(entity.related)) >= _LINKED:
            found.append(entity.id)
    if len(found) != 1:
        return None
    card = engine.answer(kb.name(found[0], parsed.lang), parsed.lang, today)
    if not card.answered or found[0] not in card.focus:
        return None
    card.question = verdict.question
    card.filters = {**card.filters, "follow_up": context.question}
    return card

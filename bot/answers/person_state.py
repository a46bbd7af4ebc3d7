"""Which state a person in context leads (the state of his posts held for one): "и какой он страны президент?" after who chaired the Council
of Heads of State (Rahmon), "president of which country?" after "who is Putin?".

Read alone, "он" found the Council of Heads of State the previous answer was about (a masculine noun),
and its card came back; the person is the one the previous answer named (its subject, the holder of the
post it gave). The answer is his posts held for a state, each with the state (the role answer adds it
when the title does not say it: Putin's "President", of Russia).

Cheap: one regex on the turn, then the previous answer's person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.facts import fact_verdict, person_roles
from bot.answers.previous import _meeting, _person
from bot.kb.schema import Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

# "какой он страны президент", "president of which country", "a on prezident kakoy strany", "which country does he lead"
_COUNTRY = re.compile(
    r"\b(?:country|state|стран\w*|государств\w*|strany|stran\w*|gosudarstv\w*)\b"
)
_WHICH = re.compile(r"\b(?:which|what|как\w+|kak\w+|чей|чьей|чьего)\b")
_LEADS = re.compile(
    r"\b(?:president|leader|lead|leads|head|heads|президент\w*|глав\w*|руковод\w*|возглавля\w*|prezident\w*|glav\w*|rukovod\w*)\b"
)
# a turn naming someone of its own is not about the person in context
_POINTING = re.compile(r"\b(?:he|his|him|он|его|on|ego|of which|какой страны|kakoy strany|какого государства)\b")


def answer(engine: Engine, parsed: Parsed, text: str, base: Verdict, context: Verdict) -> Verdict | None:
    """The posts the person in context holds for a state, or None."""
    if not (_COUNTRY.search(text) and _WHICH.search(text) and _LEADS.search(text) and _POINTING.search(text)):
        return None
    if any(h.score >= 0.5 and h.name_cover >= 0.8 and engine.kb.kind(h.entity) == "person" for h in parsed.hits[:2]):
        return None  # "which country is Putin president of?" stands alone
    person_id = _person(engine, context)
    person = engine.kb.get(person_id) if person_id is not None else None
    if not isinstance(person, Person):
        return None
    roles = [r for r in person_roles(person) if r["of"] is not None and engine.kb.kind(r["of"]) == "state"]
    if not roles:
        return None
    base.intent = "role"
    verdict = fact_verdict(base, person, "role", roles)
    verdict.filters = {**verdict.filters, "follow_up": context.question, "person": person.id}
    # the meeting of the conversation stays "there" ("and what exercise happened there?" next)
    meeting = context.filters.get("meeting") or _meeting(engine, context, named=True)
    if isinstance(meeting, str):
        verdict.filters["meeting"] = meeting
    return verdict

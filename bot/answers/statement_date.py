"""When a statement was made that the sources date by its month alone: "when did Peskov make his
statement?", "когда Песков это сказал?", "когда?" after his words.

The article that reports Peskov's "October statement" is undated, so the year is nowhere; the
answer had been his card (or the statement's), which never says when. A statement recorded as a
fact with no year, whose own name or words give a month, answers with that month and says the year
is not given. A statement with a year, or one made at a recorded meeting, is left to the usual
answers (the meeting's date).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.facts import fact_verdict
from bot.answers.mentions import MENTION_COVER, MENTION_SCORE
from bot.answers.question_form import is_yes_no, months_named, tone_question
from bot.kb.schema import Fact, Person

_WHAT_TOO = re.compile(r"\b(?:what|что|chto)\b", re.I)

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The month of the one undated statement the question names (or whose speaker it names), or
    None when the question does not ask when, or names no such statement."""
    # "Peskov made his statement in October, right?", "peskov zayavlenie sdelal v oktyabre, da?": a
    # month claimed of the statement is checked against the month recorded (was a "did you mean"
    # between Peskov and his statement).
    claimed = _claimed_month(parsed)
    if (parsed.intent.question != "when" and not claimed) or _WHAT_TOO.search(parsed.text):
        return None  # "что и когда сказал Песков?": the words too, whose quote says "in October"

    kb = engine.kb
    named = [h for h in parsed.hits[:4] if h.score >= MENTION_SCORE and h.name_cover >= MENTION_COVER]
    if not named:
        return None
    entity = kb.get(named[0].entity)
    speaker: list[str] = []
    if isinstance(entity, Person):
        speaker = [entity.id]  # kept in the focus: a follow-up about him is answered by it
        if kb.meetings_of(entity.id):
            return None  # he spoke at a recorded meeting: its date is the usual answer
        facts = kb.facts_of(entity.id)
        entity = facts[0] if len(facts) == 1 else None
    if not isinstance(entity, Fact) or entity.year is not None:
        return None
    months = months_named(entity.name.en) or months_named(entity.value.en)
    if len(months) != 1:
        return None
    verdict = fact_verdict(base, entity, "month_only", {"month": next(iter(months))}, also=speaker)
    if claimed:
        # a year claimed with the right month is what the sources do not give
        right = claimed == months
        verdict.kind, verdict.grounds = "yes_no", "month_only"
        verdict.yes = (None if parsed.intent.years else True) if right else False
    return verdict


_MADE = re.compile(
    r"\b(?:statement|stated|said|made|spoke|speak|говорил\w*|говорит|govoril\w*|заявлени\w*|заявил\w*|сказал\w*|сделал\w*|zayavleni\w*|zayavil\w*|skazal\w*|sdelal\w*)\b",
    re.I,
)


def _claimed_month(parsed: Parsed) -> set[int]:
    """The months a yes/no question claims of a statement ("… in October, right?"), or none."""
    if not _MADE.search(parsed.text) or not (is_yes_no(parsed.text) or tone_question(parsed.text) or _TAG.search(parsed.text)):
        return set()
    return set(months_named(parsed.text))


_TAG = re.compile(r"[,\s]\s*(?:right|correct|true|да|верно|так|da|verno|pravda)\W*$", re.I)

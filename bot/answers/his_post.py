"""The post of the person the previous answer's words name, when its subject is no person: "what's his
role?" after "who praised it at the june meeting?" answered with the ATC's record ("… Emomali Rahmon
noted the validity of that decision").

The subject in context was the ATC, so "his role" was read of it (its card). "He", "his", "его" stand
for a person: when the previous answer has no person as its subject, speaker or item, the one person
its statements name by name is meant, and his post is asked by name (see
:mod:`bot.answers.person_org`).

Cheap: two regexes on the turn, then the context's statements scanned for the people's names.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import _person
from bot.kb.schema import Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_POST = re.compile(
    r"\b(?:role|post|position|title|job)\b|\bwhat\s+(?:is|does)\s+he\s+do\b"
    r"|должност\w*|\bпост\b|\bкем\s+(?:он|она)\s+(?:был\w*|явля\w*|работа\w*)|\bdolzhnost\w*",
    re.I,
)
_HIM = re.compile(r"\b(?:he|his|him|she|her)\b|(?<!\w)(?:он|она|его|её|ее|у\s+него|у\s+неё)(?!\w)|\b(?:on|ona|ego|nego)\b", re.I)
MAX_WORDS = 8


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The post of the one person the previous answer's statements name; or None."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS or not _POST.search(text) or not _HIM.search(text):
        return None
    if _person(engine, context) is not None or not context.statements:
        return None  # a person in context already: the usual reading finds him
    words = " ".join(f"{s.en} {s.ru}" for s in context.statements)
    named = []
    for person in engine.kb.of_kind("person"):
        assert isinstance(person, Person)
        names = [person.name.en, person.name.ru, *person.short.en, *person.short.ru]
        if any(len(name) > 3 and name in words for name in names):
            named.append(person.id)
    if len(named) != 1:
        return None
    name = engine.kb.name(named[0], parsed.lang)
    asked = f"какая должность у {name}?" if parsed.lang == "ru" else f"what is the post of {name}?"
    verdict = engine.answer(asked, parsed.lang, today)
    if not verdict.answered or named[0] not in verdict.focus:
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question, "person": named[0]}
    return verdict

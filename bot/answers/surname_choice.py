"""A person named with one recorded person's surname and another's first name: "kto takoy Dmitriy
Trefilov", "who is Vladimir Klemez?", "кто такой Дмитрий Клемез".

"Dmitriy" is Peskov's first name, "Trefilov" Denis Trefilov's surname: the search weighed the two
alike and asked back between them, or (for "Дмитрий Клемез") quoted Peskov. The sources name no such
person; the surname is the one that names someone, so the answer says the sources do not mention the
name as asked and shows the one person they name with that surname.

Only a first name the knowledge base knows as another person's counts (any other word next to a
surname may be a title or a case form); cheap: a set look-up per word of the question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.mentions import _not_recorded
from bot.kb.schema import Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict
    from bot.kb.base import KnowledgeBase

_WORD = re.compile(r"[^\W\d_]+")


_BUILT: dict[int, tuple[KnowledgeBase, dict[str, str], dict[str, frozenset[str]]]] = {}


def _names(kb: KnowledgeBase) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Surname -> person, and first name -> the people who bear it (lower case, both scripts); built
    once per knowledge base (kept with it, so that an id is never reused for another)."""
    built = _BUILT.get(id(kb))
    if built is not None and built[0] is kb:
        return built[1], built[2]
    surnames: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for person in kb.of_kind("person"):
        assert isinstance(person, Person)
        full = [person.name.en, person.name.ru, *person.aliases.en, *person.aliases.ru]
        for short in [*person.short.en, *person.short.ru]:
            if _WORD.fullmatch(short):
                surnames[short.lower()] = person.id
        for name in full:
            words = name.split()
            if len(words) != 2 or not all(_WORD.fullmatch(w) for w in words):
                continue
            for first, last in (words, words[::-1]):
                if last.lower() in surnames and surnames[last.lower()] == person.id and first.lower() not in surnames:
                    firsts.setdefault(first.lower(), set()).add(person.id)
    frozen = {k: frozenset(v) for k, v in firsts.items()}
    _BUILT.clear()
    _BUILT[id(kb)] = (kb, surnames, frozen)
    return surnames, frozen


def _stem_in(word: str, table: dict[str, str] | dict[str, frozenset[str]]) -> str | None:
    """The entry of ``table`` that ``word`` is, or is a Russian case form of ("Трефилова", "Дмитрия")."""
    if word in table:
        return word
    for cut in (1, 2):
        stem = word[:-cut]
        for key in (stem, stem + "й", stem + "ий"):
            if len(stem) >= 4 and key in table:
                return key
    return None


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """"The sources do not mention <first> <surname>", with the one person of that surname, or None."""
    surnames, firsts = _names(engine.kb)
    words = [w.lower() for w in _WORD.findall(parsed.text)]
    for i, word in enumerate(words):
        surname = _stem_in(word, surnames)
        if surname is None:
            continue
        person = surnames[surname]
        for j in (i - 1, i + 1):
            if not 0 <= j < len(words):
                continue
            first = _stem_in(words[j], firsts)
            if first is None or person in firsts[first]:
                continue
            typed = _WORD.findall(parsed.text)
            asked = f"{typed[min(i, j)]} {typed[max(i, j)]}"
            value = {"person_text": asked, "holders": [person], "surname": True}
            return _not_recorded(base, "person", value, [person], list(engine.kb.entities[person].sources))
    return None

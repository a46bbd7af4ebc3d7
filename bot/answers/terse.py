"""A terse pair of a person and another entry: "Трефилов ШОС", "Trefilov SCO", "Клемез БКБОП".

With two names and no question word the search cannot choose and the bot asked back; the pair
asks what the person said of the other ("что Трефилов говорил про ШОС?"), as a person and a plain
topic already did ("Клемез миграция"). Asked so only when that question has an answer of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.kb.schema import Person
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

MAX_WORDS = 4
NAMED = 0.85
MENTION_AT = 0.3
# Any word that asks something makes it no bare pair.
_ASKING = re.compile(
    r"[?]|\b(?:who|what|when|where|which|how|why|did|does|is|was|кто|что|когда|где|как\w*|почему|ли|сколько"
    r"|kto|chto|kogda|gde|skolko)\b",
    re.IGNORECASE,
)


def pair_question(engine: Engine, parsed: Parsed) -> str | None:
    """"What did <person> say about <the rest>" for a bare person-and-entry pair, else None."""
    words = parsed.text.split()
    if not 2 <= len(words) <= MAX_WORDS or _ASKING.search(parsed.text):
        return None
    if parsed.intent.question != "card" or parsed.intent.list_kind is not None:
        return None
    kb = engine.kb
    named = [h for h in parsed.hits[:5] if h.score >= MENTION_AT and h.name_cover >= NAMED]
    people = [h for h in named if kb.kind(h.entity) == "person"]
    others = [h for h in named if kb.kind(h.entity) != "person" and not h.name_tokens & people[0].name_tokens] if people else []
    if len(people) != 1 or not others:
        return None
    person = kb.entities[people[0].entity]
    if not isinstance(person, Person):
        return None
    own = set(text_tokens(" ".join([person.name.en, person.name.ru, *person.short.en, *person.short.ru])))
    rest = [word for word in words if not set(text_tokens(word)) <= own]
    if not rest or len(rest) == len(words):
        return None
    if parsed.lang == "ru":
        return f"что {person.short.ru[0] if person.short.ru else person.name.ru} говорил про {' '.join(rest)}?"
    return f"what did {person.short.en[0] if person.short.en else person.name.en} say about {' '.join(rest)}?"

"""A post asked of a state nobody in the sources holds it for: "who is the president of
Kazakhstan?", "кто президент Казахстана?", "who is Belarus's prime minister?".

The title matched the people who hold it for other states (Putin, Rahmon) as well as the state's
card, and the bot asked back between them. The posts recorded answer it: someone holding that title
for that state is the usual answer's to give; nobody holding it is "the sources do not name anyone
holding that post", with the people holding the same title elsewhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.answers.lookalike import ROLE_WORD, asked_title, shares_title
from bot.answers.mentions import MENTION_SCORE, _not_recorded
from bot.kb.schema import Bilingual, Person
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_WHO = re.compile(r"\b(?:who|whom|кто|kto|как зовут|name of)\b", re.I)
# "What did the President of Kazakhstan say at the June meeting?": what the holder said is asked of
# the post as "who" is; the meeting named places it (was "no such statement by Vladimir Putin").
_SAID = re.compile(
    r"\bwhat\s+did\b[^?]*\b(?:say|tell|speak|stress|note)\b|\bчто\s+(?:\w+\s+){0,8}?(?:сказал|говорил|заявил|отметил)\w*"
    r"|\bchto\s+(?:\w+\s+){0,8}?(?:skazal|govoril|zayavil|otmetil)\w*",
    re.I,
)
NAMED_COVER = 0.8


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """"Not recorded" for a post no one holds for the one state named, or None (held, or not asked)."""
    text = parsed.text
    said = _SAID.search(text) is not None
    if not (_WHO.search(text) or said) or not ROLE_WORD.search(text):
        return None
    kb = engine.kb
    named = [h for h in parsed.hits[:5] if h.score >= MENTION_SCORE and h.name_cover >= NAMED_COVER]
    states = [h.entity for h in named if kb.kind(h.entity) == "state"]
    # Asked what the holder said, a meeting or body named says where, not whose post it is.
    placing = ("state", "place", "meeting", "body") if said else ("state", "place")
    if len(states) != 1 or any(kb.kind(h.entity) not in placing for h in named):
        return None  # a person, body or meeting named: its own post or record answers
    state = states[0]
    if said and any(role.state == state for person in kb.of_kind("person") if isinstance(person, Person) for role in person.roles):
        # "Что заявил пресс-секретарь президента России …": someone holds a post for that state, and
        # which post is asked is the usual answer's to read (Peskov's words)
        return None
    asked = asked_title(engine, text)
    if not asked:
        return None
    elsewhere: list[str] = []
    for person in kb.of_kind("person"):
        if not isinstance(person, Person):
            continue
        for role in person.roles:
            if shares_title(engine, asked, role.title, whole=True) is not False or not _heads(asked, role.title):
                continue  # not that title, or a deputy's ("Press Secretary of the President" is no president)
            if role.state == state or (role.state is None and not (role.body or role.organisation)):
                return None  # held for that state (or for one not said): the usual answer
            # (a post of a body, "Chair of the Council of Heads of CIS States", is held for no state)
            elsewhere.append(person.id)
    if not elsewhere and said:
        # "What did the Prime Minister of Belarus say …": nobody holds the title at all, and the
        # title look-alike answers only "who"
        nobody: dict[str, Any] = {"person_text": None, "target": None, "holders": []}
        return _not_recorded(base, "title", nobody, [state], list(kb.entities[state].sources))
    if not elsewhere:
        return None  # no one holds that title at all: the title look-alike's answer
    holders = list(dict.fromkeys(elsewhere))
    value = {"person_text": None, "target": None, "holders": holders}
    return _not_recorded(base, "title", value, holders, [s for i in holders[:2] for s in kb.entities[i].sources])


def _heads(asked: set[str], title: Bilingual) -> bool:
    """Whether the title's first word is one asked: its head, not a word of whose post it is."""
    return any((words := text_tokens(name)) and words[0] in asked for name in (title.en, title.ru) if name)

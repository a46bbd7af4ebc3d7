"""The name of someone described by a post and a deed: "Как зовут директора департамента, который
рассказал СМИ о заседании СМВД?", "what's the name of the official who opened the 13th meeting?".

The deed alone is a question the bot answers ("кто рассказал СМИ о заседании СМВД?"); the answer is
taken when it names one person whose recorded post has the words of the post asked ("директора
департамента": Director of the Department), or when the post asked is only "that person" ("как
зовут того, кто …"). Otherwise the usual answers stand (a post the sources record without a name
says so: `posts.unnamed_holder`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.kb.schema import Person
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict

PREFIX = 6
CUE = re.compile(r"зовут|zovut|name of", re.IGNORECASE)
_NAME_OF_DOER = re.compile(
    r"^\W*(?:а\s+|and\s+)?(?:как\s+(?:его\s+|её\s+|ее\s+)?зовут|kak\s+zovut|what(?:'s|\s+is|\s+was)\s+the\s+name\s+of)\s+"
    r"(?P<who>[^,?]+?),?\s+(?P<rel>котор(?:ый|ая|ое)|кто|kotor(?:yj|yy|yi|aya)|kto|who|that)\s+(?P<deed>[^?]+)\??\s*$",
    re.IGNORECASE,
)
# Words for "that person" that describe no post.
_ANYONE = frozenset(
    text_tokens(
        "того тот того человека человек этого person the official that man woman him her guy one togo cheloveka"
        " СНГ CIS Содружества"
    )
)


def answer(engine: Engine, text: str, lang: str, today: date | None) -> Verdict | None:
    """The verdict on the deed asked as "who …" when it names one person of the post asked."""
    found = _NAME_OF_DOER.match(text)
    if found is None:
        return None
    russian = found.group("rel").lower() in ("который", "которая", "которое", "кто")
    who_word = "кто" if russian else ("kto" if found.group("rel").lower().startswith("k") else "who")
    verdict = engine.answer(f"{who_word} {found.group('deed')}?", lang, today)
    if not verdict.answered or verdict.kind not in ("fact", "card", "quote"):
        return None
    kb = engine.kb
    people = {i for i in verdict.focus if kb.kind(i) == "person"}
    if isinstance(verdict.value, list):
        people |= {v["person"] for v in verdict.value if isinstance(v, dict) and isinstance(v.get("person"), str)}
    if verdict.attribute == "speakers":
        # who told the media: the speaker of the words the answer gives
        people |= {s.speaker for s in verdict.statements if s.speaker is not None and kb.kind(s.speaker) == "person"}
    if len(people) != 1:
        return None
    person = kb.entities[people.pop()]
    if not isinstance(person, Person) or not _holds_post(engine, person, found.group("who")):
        return None
    verdict.question = text
    return verdict


def _holds_post(engine: Engine, person: Person, words: str) -> bool:
    """Whether the person's recorded posts have the words of the post asked (none asked: yes)."""
    asked = set(engine.index.fold_synonyms(text_tokens(words))) - _ANYONE
    if not asked:
        return True
    titles = " ".join(f"{role.title.en} {role.title.ru}" for role in person.roles)
    held = set(engine.index.fold_synonyms(text_tokens(titles))) | set(text_tokens(titles))
    # Latin-typed Russian is stemmed as English ("direktora"): a shared start of a long word counts.
    return bool(asked & held) or any(
        len(a) >= PREFIX and len(h) >= PREFIX and a[:PREFIX] == h[:PREFIX] for a in asked for h in held
    )

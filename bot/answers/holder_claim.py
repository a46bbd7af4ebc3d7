"""A claim that a recorded post was held by someone else: "So the Chair of the Council of Heads of
CIS States who greeted the June meeting was Putin?", "председателем Совета глав государств в июне
был Лукашенко?".

The question names the post by its recorded title (nearly all its words) and another person, known
to the sources or not. Read as a question about the body, its month was checked against the body's
own meetings ("the sources record nothing for June: they give October"), or the unknown name was
all that was looked at ("the sources do not mention Lukashenko"); neither says who held the post.
The answer is "No" with the holder the sources record and the date they record it for.

Cheap: a title word and a claim's verb are looked for before any title is compared.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.numbers import month_of
from bot.answers.verdict import Verdict
from bot.kb.schema import Person
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# The title words of the posts the sources record (a chair, a director, a deputy).
_TITLE = cued(
    re.compile(
        r"chair|председател|predsedatel|director|директор|direktor|deputy|заместител|zamestitel",
        re.IGNORECASE,
    )
)
# A claim of identity: "was Putin", "это Путин", "был Лукашенко", "— Putin?".
_CLAIM = re.compile(r"\b(?:was|is|were|был|была|является|это|byl|eto)\b|—|\?\s*$", re.IGNORECASE)
# A capitalised word the question names the holder by, when the sources do not know it.
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b([A-ZА-ЯЁ][a-zа-яё]{3,})\b")
MIN_TITLE_TOKENS = 3  # "President" alone names no one post
MAX_TITLE_MISSING = 1  # "Council of Heads of State" for "… of CIS States": one word may be left out
PERSON_COVER = 0.8
PERSON_SCORE = 0.3


def _title_tokens(engine: Engine, title: str) -> set[str]:
    return set(engine.index.fold_synonyms(text_tokens(title)))


# A question word first: "What did the chair … Putin say": what was said is asked, not who held it.
_WH_FIRST = re.compile(
    r"^\W*(?:what|which|who|whom|whose|when|where|how|why|что|чем|кто|кого|какой|какая|какие|каким|когда|где|как|почему"
    r"|chto|kto|kakoy|kakaya|kakie|kogda|gde|kak)\b",
    re.IGNORECASE,
)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "yes_no" (no, grounds "holder") when the question gives a recorded post to another person."""
    text = parsed.text
    if not _TITLE.search(text) or not _CLAIM.search(text) or _WH_FIRST.search(text):
        return None
    kb = engine.kb
    # the text's own words: the parse leaves out a title word it reads as the thing asked ("Chair")
    asked = _title_tokens(engine, text)
    posts = []
    for person in kb.of_kind("person"):
        if not isinstance(person, Person):
            continue
        for role in person.roles:
            for title in (role.title.en, role.title.ru):
                words = _title_tokens(engine, title)
                if len(words) >= MIN_TITLE_TOKENS and len(words - asked) <= MAX_TITLE_MISSING:
                    posts.append((person, role))
                    break
    if len({person.id for person, _ in posts}) != 1:
        return None
    holder, role = posts[0]
    title_words = _title_tokens(engine, role.title.en) | _title_tokens(engine, role.title.ru)
    people = [
        h.entity
        for h in parsed.hits[:6]
        if kb.kind(h.entity) == "person" and h.name_cover >= PERSON_COVER and h.score >= PERSON_SCORE
    ]
    if holder.id in people:
        return None  # the holder named: whether he held it is the usual answer's
    claimed: str | None = people[0] if len(people) == 1 else None
    unknown = None
    if claimed is None and not people:
        # A name the sources do not know ("Lukashenko"): a capitalised word that is no title word
        # nor a word of anything the sources name.
        named = {parsed.query.tokens[i] for h in parsed.hits for i in h.name_tokens if h.score >= PERSON_SCORE}
        candidates = [
            word
            for word in _NAME.findall(text)
            if not set(engine.index.fold_synonyms(text_tokens(word))) & (title_words | named)
            and not any(month_of(token) for token in text_tokens(word))
        ]
        if len(candidates) != 1:
            return None
        unknown = candidates[0]
    if claimed is None and unknown is None:
        return None
    base.kind, base.answered, base.yes, base.grounds, base.intent = "yes_no", True, False, "holder", "yes_no"
    base.value = {"holder": holder.id, "title": role.title.model_dump(), "as_of": role.as_of, "asked": claimed, "asked_name": unknown}
    base.focus = [holder.id, *([claimed] if claimed else [])]
    base.sources = [role.source] if role.source else list(holder.sources)
    other = kb.entities.get(claimed or "")
    if isinstance(other, Person):  # where the asked person's own post is written
        base.sources += [r.source for r in other.roles if r.source and r.source not in base.sources]
    return base
